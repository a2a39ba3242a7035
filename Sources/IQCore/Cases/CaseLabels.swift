// The words the interface uses for the case enumerations.

extension Sex {
    public var label: Message {
        switch self {
        case .female: CaseText.sexFemale
        case .male: CaseText.sexMale
        case .diverse: CaseText.sexDiverse
        }
    }
}

extension Benefits {
    public var label: Message {
        switch self {
        case .sgbII: CaseText.benefitsSGBII
        case .sgbIII: CaseText.benefitsSGBIII
        case .asylbLG: CaseText.benefitsAsylbLG
        case .none: CaseText.benefitsNone
        }
    }
}

extension ReferralSource {
    public var label: Message {
        switch self {
        case .selfReferred: CaseText.cameSelf
        case .socialEnvironment: CaseText.cameSocial
        case .jobcenter: CaseText.cameJobcenter
        case .employmentAgency: CaseText.cameAgency
        case .internet: CaseText.cameInternet
        case .migrantOrganisation: CaseText.cameMSO
        case .other: CaseText.cameOther
        }
    }
}

extension Decision {
    public var label: Message {
        switch self {
        case .full: CaseText.decisionFull
        case .partial: CaseText.decisionPartial
        case .none: CaseText.decisionNone
        case .zabStatement: CaseText.decisionZAB
        }
    }
}

extension Channel {
    public var label: Message {
        switch self {
        case .inPerson: CaseText.channelInPerson
        case .phone: CaseText.channelPhone
        case .email: CaseText.channelEmail
        case .video: CaseText.channelVideo
        }
    }
}

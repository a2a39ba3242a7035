// The words the interface uses for the case enumerations.

extension Sex {
    public var label: TextKey {
        switch self {
        case .female: .sexFemale
        case .male: .sexMale
        case .diverse: .sexDiverse
        }
    }
}

extension Benefits {
    public var label: TextKey {
        switch self {
        case .sgbII: .benefitsSGBII
        case .sgbIII: .benefitsSGBIII
        case .asylbLG: .benefitsAsylbLG
        case .none: .benefitsNone
        }
    }
}

extension ReferralSource {
    public var label: TextKey {
        switch self {
        case .selfReferred: .cameSelf
        case .socialEnvironment: .cameSocial
        case .jobcenter: .cameJobcenter
        case .employmentAgency: .cameAgency
        case .internet: .cameInternet
        case .migrantOrganisation: .cameMSO
        case .other: .cameOther
        }
    }
}

extension Decision {
    public var label: TextKey {
        switch self {
        case .full: .decisionFull
        case .partial: .decisionPartial
        case .none: .decisionNone
        }
    }
}

extension Channel {
    public var label: TextKey {
        switch self {
        case .inPerson: .channelInPerson
        case .phone: .channelPhone
        case .email: .channelEmail
        case .video: .channelVideo
        }
    }
}

// The words the interface uses for the domain's enumerations.

extension PartnerCategory {
    public var label: TextKey {
        switch self {
        case .network: .categoryNetwork
        case .funder: .categoryFunder
        case .employmentAgency: .categoryEmploymentAgency
        case .federalInstitute: .categoryFederalInstitute
        case .competentAuthority: .categoryCompetentAuthority
        case .chamber: .categoryChamber
        case .welfare: .categoryWelfare
        case .municipal: .categoryMunicipal
        case .socialPartner: .categorySocialPartner
        case .health: .categoryHealth
        case .migrantOrganisation: .categoryMigrantOrganisation
        case .project: .categoryProject
        case .provider: .categoryProvider
        case .specialistUnit: .categorySpecialistUnit
        }
    }
}

extension Level {
    public var label: TextKey {
        switch self {
        case .federal: .levelFederal
        case .state: .levelState
        case .region: .levelRegion
        case .municipal: .levelMunicipal
        }
    }
}

extension FieldOfAction {
    public var label: TextKey {
        switch self {
        case .counselling: .fieldCounselling
        case .qualification: .fieldQualification
        case .intercultural: .fieldIntercultural
        case .regionalNetworks: .fieldRegionalNetworks
        case .fairIntegration: .fieldFairIntegration
        }
    }
}

extension SiteService {
    public var label: TextKey {
        switch self {
        case .recognitionCounselling: .serviceRecognitionCounselling
        case .fairIntegration: .serviceFairIntegration
        case .healthQualification: .serviceHealthQualification
        case .adaptationQualification: .serviceAdaptationQualification
        case .interculturalTraining: .serviceInterculturalTraining
        }
    }
}

extension RelationKind {
    public var label: TextKey {
        switch self {
        case .funds: .relationFunds
        case .cooperatesWith: .relationCooperatesWith
        case .refersTo: .relationRefersTo
        case .partOf: .relationPartOf
        }
    }
}

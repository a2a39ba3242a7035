// The words the interface uses for the domain's enumerations.

extension PartnerCategory {
    public var label: Message {
        switch self {
        case .network: DomainText.categoryNetwork
        case .funder: DomainText.categoryFunder
        case .employmentAgency: DomainText.categoryEmploymentAgency
        case .federalInstitute: DomainText.categoryFederalInstitute
        case .competentAuthority: DomainText.categoryCompetentAuthority
        case .chamber: DomainText.categoryChamber
        case .welfare: DomainText.categoryWelfare
        case .municipal: DomainText.categoryMunicipal
        case .socialPartner: DomainText.categorySocialPartner
        case .health: DomainText.categoryHealth
        case .migrantOrganisation: DomainText.categoryMigrantOrganisation
        case .project: DomainText.categoryProject
        case .provider: DomainText.categoryProvider
        case .specialistUnit: DomainText.categorySpecialistUnit
        }
    }
}

extension Level {
    public var label: Message {
        switch self {
        case .federal: DomainText.levelFederal
        case .state: DomainText.levelState
        case .region: DomainText.levelRegion
        case .municipal: DomainText.levelMunicipal
        }
    }
}

extension FieldOfAction {
    public var label: Message {
        switch self {
        case .counselling: DomainText.fieldCounselling
        case .qualification: DomainText.fieldQualification
        case .intercultural: DomainText.fieldIntercultural
        case .regionalNetworks: DomainText.fieldRegionalNetworks
        case .fairIntegration: DomainText.fieldFairIntegration
        }
    }
}

extension SiteService {
    public var label: Message {
        switch self {
        case .recognitionCounselling: DomainText.serviceRecognitionCounselling
        case .fairIntegration: DomainText.serviceFairIntegration
        case .healthQualification: DomainText.serviceHealthQualification
        case .adaptationQualification: DomainText.serviceAdaptationQualification
        case .interculturalTraining: DomainText.serviceInterculturalTraining
        }
    }
}

extension RelationKind {
    public var label: Message {
        switch self {
        case .funds: DomainText.relationFunds
        case .cooperatesWith: DomainText.relationCooperatesWith
        case .refersTo: DomainText.relationRefersTo
        case .partOf: DomainText.relationPartOf
        case .coordinates: DomainText.relationCoordinates
        case .runs: DomainText.relationRuns
        }
    }
}

/// The vocabulary of the partner network: categories, levels, fields of action, services, relations.
public enum DomainText {
    public static var categoryNetwork: Message { Message(de: "IQ-Netzwerk", en: "IQ network") }
    public static var categoryFunder: Message {
        Message(de: "Fördergeber und Ministerien",
                en: "Funders and ministries")
    }
    public static var categoryEmploymentAgency: Message {
        Message(de: "Arbeitsverwaltung",
                en: "Employment administration")
    }
    public static var categoryFederalInstitute: Message {
        Message(de: "Bundesbehörden und Institute",
                en: "Federal agencies and institutes")
    }
    public static var categoryCompetentAuthority: Message {
        Message(de: "Zuständige Stellen",
                en: "Competent authorities")
    }
    public static var categoryChamber: Message { Message(de: "Kammern", en: "Chambers") }
    public static var categoryWelfare: Message { Message(de: "Freie Wohlfahrtspflege", en: "Welfare organisations") }
    public static var categoryMunicipal: Message { Message(de: "Kommunale Stellen", en: "Municipal bodies") }
    public static var categorySocialPartner: Message { Message(de: "Sozialpartner", en: "Unions and employers") }
    public static var categoryHealth: Message { Message(de: "Gesundheitswesen", en: "Health sector") }
    public static var categoryMigrantOrganisation: Message {
        Message(de: "Migrantenorganisationen",
                en: "Migrant organisations")
    }
    public static var categoryProject: Message {
        Message(de: "Projekte und Initiativen",
                en: "Projects and initiatives")
    }
    public static var categoryProvider: Message { Message(de: "Träger", en: "Providers (Träger)") }
    public static var categorySpecialistUnit: Message { Message(de: "IQ Fachstellen", en: "IQ specialist units") }
    public static var levelFederal: Message { Message(de: "Bund", en: "Federal") }
    public static var levelState: Message { Message(de: "Land", en: "State") }
    public static var levelRegion: Message { Message(de: "Region", en: "Region") }
    public static var levelMunicipal: Message { Message(de: "Kommune", en: "Municipal") }
    public static var fieldCounselling: Message {
        Message(de: "Anerkennungs- und Qualifizierungsberatung",
                en: "Recognition and qualification counselling")
    }
    public static var fieldQualification: Message {
        Message(de: "Anpassungs- und Nachqualifizierung",
                en: "Adaptation and bridging qualification")
    }
    public static var fieldIntercultural: Message {
        Message(de: "Interkulturelle Kompetenzentwicklung",
                en: "Intercultural competence")
    }
    public static var fieldRegionalNetworks: Message {
        Message(de: "Regionale Fachkräftenetzwerke",
                en: "Regional skilled-labour networks")
    }
    public static var fieldFairIntegration: Message { Message(de: "Faire Integration", en: "Faire Integration") }
    public static var serviceRecognitionCounselling: Message {
        Message(de: "Anerkennungsberatung",
                en: "Recognition counselling")
    }
    public static var serviceFairIntegration: Message { Message(de: "Faire Integration", en: "Faire Integration") }
    public static var serviceHealthQualification: Message {
        Message(de: "Qualifizierung Gesundheitsberufe",
                en: "Health-sector qualification")
    }
    public static var serviceAdaptationQualification: Message {
        Message(de: "Anpassungsqualifizierung",
                en: "Adaptation qualification")
    }
    public static var serviceInterculturalTraining: Message {
        Message(de: "Interkulturelle Kompetenz",
                en: "Intercultural competence")
    }
    public static var relationFunds: Message { Message(de: "fördert", en: "funds") }
    public static var relationCooperatesWith: Message { Message(de: "kooperiert mit", en: "cooperates with") }
    public static var relationRefersTo: Message { Message(de: "verweist an", en: "refers to") }
    public static var relationPartOf: Message { Message(de: "gehört zu", en: "part of") }
    public static var relationFundedBy: Message { Message(de: "wird gefördert von", en: "funded by") }
    public static var relationReferredFrom: Message { Message(de: "bekommt Verweise von", en: "gets referrals from") }
    public static var relationHasPart: Message { Message(de: "umfasst", en: "includes") }
}

/// An organisation of the IQ NRW network or one it works with.
public struct Partner: Record, Codable {
    public var id: RecordID
    public var meta: RecordMeta
    public var name: String
    public var shortName: String
    public var category: PartnerCategory
    /// nil when the sources do not say.
    public var level: Level?
    public var fieldsOfAction: [FieldOfAction]
    public var cities: [String]
    /// What the organisation does in the network, in the words of the sources (German).
    public var role: String
    public var website: String
    public var email: String
    public var phone: String
    public var address: String
    public var relations: [Relation]

    public init(id: RecordID, meta: RecordMeta = .seed, name: String, shortName: String = "",
                category: PartnerCategory, level: Level? = nil, fieldsOfAction: [FieldOfAction] = [],
                cities: [String] = [], role: String = "", website: String = "", email: String = "",
                phone: String = "", address: String = "", relations: [Relation] = []) {
        self.id = id
        self.meta = meta
        self.name = name
        self.shortName = shortName
        self.category = category
        self.level = level
        self.fieldsOfAction = fieldsOfAction
        self.cities = cities
        self.role = role
        self.website = website
        self.email = email
        self.phone = phone
        self.address = address
        self.relations = relations
    }
}

public enum PartnerCategory: String, CaseIterable, Codable, Sendable {
    case network            // the IQ programme and network itself, its coordination
    case funder             // federal and state ministries, ESF, the grant authority
    case employmentAgency   // Bundesagentur für Arbeit and its units
    case federalInstitute   // BAMF, BiBB, IW Köln
    case competentAuthority // zuständige Stellen: Bezirksregierungen, ZAB, chambers' recognition units
    case chamber            // Kammern and their umbrella bodies
    case welfare            // Träger der freien Wohlfahrtspflege
    case municipal          // Kommunale Integrationszentren and -agenturen
    case socialPartner      // unions and employers' bodies
    case health             // hospital society and the like
    case migrantOrganisation
    case project            // projects and initiatives
    case provider           // Träger of a field of action
    case specialistUnit     // IQ Fachstellen
}

public enum Level: String, CaseIterable, Codable, Sendable {
    case federal, state, region, municipal
}

/// The fields of action (Handlungsschwerpunkte) of the IQ programme, plus Faire Integration.
public enum FieldOfAction: String, CaseIterable, Codable, Sendable {
    case counselling        // 1 Anerkennungs- und Qualifizierungsberatung
    case qualification      // 2 Anpassungs- und Nachqualifizierung
    case intercultural      // 3 Interkulturelle Kompetenzentwicklung
    case regionalNetworks   // 4 Regionale Fachkräftenetzwerke
    case fairIntegration    // Faire Integration
}

public struct Relation: Equatable, Hashable, Codable, Sendable {
    public var kind: RelationKind
    public var target: RecordID
    public init(_ kind: RelationKind, _ target: RecordID) {
        self.kind = kind
        self.target = target
    }
}

public enum RelationKind: String, CaseIterable, Codable, Sendable {
    case funds, cooperatesWith, refersTo, partOf
    /// Coordinates a network (the WHKT coordinates IQ NRW).
    case coordinates
    /// Is the Träger (operating body) of a unit or project (VIA runs the IQ Fachstelle IKA).
    case runs
}

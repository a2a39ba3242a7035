/// A counselling or qualification site of the network.
public struct Site: Record, Codable {
    public var id: RecordID
    public var meta: RecordMeta
    public var name: String
    /// The Träger running the site, an entry of the partner directory.
    public var operatorID: RecordID?
    public var city: String
    public var services: [SiteService]
    /// nil for a site without a fixed place (the mobile counselling team).
    public var coordinate: GeoPoint?
    public var note: String

    public init(id: RecordID, meta: RecordMeta = .seed, name: String, operatorID: RecordID?, city: String,
                services: [SiteService], coordinate: GeoPoint?, note: String = "") {
        self.id = id
        self.meta = meta
        self.name = name
        self.operatorID = operatorID
        self.city = city
        self.services = services
        self.coordinate = coordinate
        self.note = note
    }

    public var isMobile: Bool { coordinate == nil }
}

public enum SiteService: String, CaseIterable, Codable, Sendable {
    case recognitionCounselling   // Anerkennungs- und Qualifizierungsberatung
    case fairIntegration          // Faire Integration
    case healthQualification      // Qualifizierung Gesundheitsberufe
    case adaptationQualification  // Anpassungs- und Nachqualifizierung, Brückenmaßnahmen
    case interculturalTraining    // Interkulturelle Kompetenzentwicklung
}

public struct GeoPoint: Equatable, Hashable, Codable, Sendable {
    public var latitude: Double
    public var longitude: Double
    public init(_ latitude: Double, _ longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}

/// Geodata: nearest sites, place types and the location export.
public enum GeoText {
    public static var csvColLatitude: Message { Message(de: "Breite", en: "Latitude") }
    public static var csvColLongitude: Message { Message(de: "Länge", en: "Longitude") }
    public static func nearestHeader(_ name: String, _ kreis: String, _ regierungsbezirk: String) -> Message {
        Message(de: "Nächste Standorte zu \(name) (\(kreis), Regierungsbezirk \(regierungsbezirk)):",
                en: "Sites nearest to \(name) (\(kreis), Regierungsbezirk \(regierungsbezirk)):")
    }
    public static func nearestServiceOnly(_ service: String) -> Message {
        Message(de: "Nur Standorte mit dem Angebot „\(service)“.",
                en: "Only sites offering '\(service)'.")
    }
    public static var placeKreisfreieStadt: Message { Message(de: "kreisfreie Stadt", en: "independent city") }
    public static func placeInKreis(_ kreis: String) -> Message {
        Message(de: "Kreis \(kreis)",
                en: "\(kreis) district")
    }
    public static func nearestMobile(_ name: String, _ who: String) -> Message {
        Message(de: "Außerdem: \(name) (\(who)) berät mobil, ohne festen Standort.",
                en: "Also: \(name) (\(who)) counsels on the move, with no fixed site.")
    }
    public static var nearestNone: Message {
        Message(de: "Kein Standort mit festem Ort bietet dieses Angebot.",
                en: "No site with a fixed place offers this.")
    }
    public static func geoAttribution(_ attribution: String) -> Message {
        Message(de: "Geodaten: \(attribution)",
                en: "Geodata: \(attribution)")
    }
    public static func cliBadService(_ value1: String, _ serviceChoices: String) -> Message {
        Message(de: "iq-tui: Angebot „\(value1)“ gibt es nicht; möglich sind: \(serviceChoices).",
                en: "iq-tui: there is no service '\(value1)'; use one of: \(serviceChoices).")
    }
    public static func cliBadLocationFormat(_ locationFormat: String) -> Message {
        Message(de: "iq-tui: Exportformat „\(locationFormat)“ gibt es für Standorte nicht; möglich sind csv und geojson.",
                en: "iq-tui: there is no export format '\(locationFormat)' for locations; use csv or geojson.")
    }
    public static var colRegion: Message { Message(de: "Kreis, Regierungsbezirk", en: "district, region") }
    public static var placeTypeHint: Message {
        Message(de: "Ort eingeben – z. B. Höxter, Koeln, muenster – dann Enter.",
                en: "Type a place – e.g. Höxter, Koeln, muenster – then Enter.")
    }
}

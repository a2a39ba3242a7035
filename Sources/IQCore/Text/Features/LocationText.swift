/// The locations pane: place entry, distances and the map.
public enum LocationText {
    public static func placeUnknown(_ typed: String, _ hints: String) -> Message {
        Message(de: "Ort „\(typed)“ nicht gefunden. Meinten Sie: \(hints)?",
                en: "Place “\(typed)” not found. Did you mean: \(hints)?")
    }
    public static var colDistance: Message { Message(de: "km", en: "km") }
    public static var placePrompt: Message { Message(de: "Wohnort: ", en: "Place: ") }
    public static func distanceFrom(_ name: String) -> Message {
        Message(de: "ab \(name)",
                en: "from \(name)")
    }
    public static var mapTooSmall: Message { Message(de: "Karte: z vergrößert", en: "Map: z enlarges") }
    public static var compassEast: Message { Message(de: "O", en: "E") }
}

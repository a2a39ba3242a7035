/// Workshop mode.
public enum WorkshopText {
    public static var workshopOnlyNetwork: Message {
        Message(de: "Workshop-Modus: nur Partner (1) und Standorte (2).",
                en: "Workshop mode: only Partners (1) and Locations (2).")
    }
    public static var workshopNoEdits: Message {
        Message(de: "Workshop-Modus: hier wird nichts geändert.",
                en: "Workshop mode: nothing is changed here.")
    }
    public static var workshopNothingSaved: Message {
        Message(de: "Workshop-Modus: es wird nichts gelesen oder gespeichert.",
                en: "Workshop mode: nothing is read or saved.")
    }
    public static var workshopNotice: Message {
        Message(de: "Workshop-Modus – nur Netzwerk und Karte, nichts wird gespeichert",
                en: "Workshop mode – network and map only, nothing is saved")
    }
    public static var workshopMarker: Message { Message(de: "Workshop-Modus", en: "workshop mode") }
    public static func cliNotWithWorkshop(_ value1: String) -> Message {
        Message(de: "iq-tui: „\(value1)“ geht nicht mit --workshop: der Workshop-Modus zeigt nur das eingebaute Netzwerk und liest und schreibt keine Datei.",
                en: "iq-tui: '\(value1)' cannot be used with --workshop: workshop mode shows only the built-in network and reads and writes no file.")
    }
}

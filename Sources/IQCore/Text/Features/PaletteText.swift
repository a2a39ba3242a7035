/// The command palette.
public enum PaletteText {
    public static var paletteTitle: Message { Message(de: "Befehle", en: "Commands") }
    public static var palettePlaceholder: Message {
        Message(de: "Befehl, Bereich oder Taste tippen",
                en: "type a command, pane or key")
    }
    public static var paletteFooter: Message {
        Message(de: "↑↓ wählen  Enter ausführen  Esc schließen",
                en: "↑↓ choose  Enter run  Esc close")
    }
    public static func paletteNoMatch(_ text: String) -> Message {
        Message(de: "Kein Befehl passt zu „\(text)“",
                en: "No command matches “\(text)”")
    }
    public static func paletteGoToPane(_ pane: String) -> Message {
        Message(de: "zum Bereich \(pane)",
                en: "go to pane \(pane)")
    }
}

/// What a counsellor can do about a data file that could not be read, and what the panes
/// behind its dialog say meanwhile.
extension StoreText {
    public static var damagedAdvice: Message {
        Message(de: "Was tun: Beenden; „iq-tui check DATEI“ nennt den Fehler genau. Eine ältere Kopie (aus der Datensicherung) an ihre Stelle legen oder die Datei umbenennen – dann legt iq-tui beim nächsten Start eine neue mit den Netzwerkdaten an. „--data DATEI“ öffnet eine andere Datei.",
                en: "What to do: quit; “iq-tui check FILE” names the fault exactly. Put an older copy (from your backups) in its place, or rename the file – iq-tui then starts a new one with the network data. “--data FILE” opens another file.")
    }
    /// In every pane while the data file could not be read: its lists are not empty, unknown.
    public static var paneNotRead: Message {
        Message(de: "Die Datendatei wurde nicht gelesen.", en: "The data file was not read.")
    }
}

extension CommonText {
    /// The key line of a dialog with one button: nothing to choose.
    public static func dialogKeysSingle(_ safe: String) -> Message {
        Message(de: "Enter / Esc: \(safe)", en: "Enter / Esc: \(safe)")
    }
}

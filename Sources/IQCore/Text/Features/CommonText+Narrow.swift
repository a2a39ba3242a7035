/// Shorter labels where the 80×24 grid leaves a few cells (the long ones stay for CSV headers).
extension CommonText {
    /// The partner list's short-name column, four cells wide beside "AKNW" in the grid.
    public static var colShortNameList: Message { Message(de: "Abk.", en: "Abbr") }
}

extension CaseText {
    /// The case detail's label column is a third of the pane: "Year of birth" was cut there.
    public static var caseBirthYearLabel: Message { Message(de: "Geburtsjahr", en: "Birth year") }
}

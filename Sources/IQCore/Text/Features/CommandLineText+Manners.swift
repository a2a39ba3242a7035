extension CommandLineText {
    /// The one line after a usage error (the full help is one `--help` away).
    public static var cliSeeHelp: Message {
        Message(de: "Aufruf und Optionen: iq-tui --help",
                en: "Usage and options: iq-tui --help")
    }
}

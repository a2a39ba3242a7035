extension CaseText {
    /// The agenda's frame when no login name and no `counsellor` are known: every case's
    /// appointments, and how to make them one's own.
    public static func agendaCaptionNobody(_ range: String) -> Message {
        Message(de: "Termine \(range) · alle Fälle: kein Berater bekannt – counsellor = Name in der Konfiguration · ←/→ Zeitraum",
                en: "Appointments \(range) · all cases: no counsellor known – counsellor = name in the configuration · ←/→ range")
    }
}

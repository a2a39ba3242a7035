/// A save that waited too long for rows another session holds (its save running or hanging).
extension DatabaseText {
    public static let recordsBusy = Message(
        de: "Eine andere Sitzung hält diese Datensätze gerade fest (ihr Speichern läuft noch oder hängt); nichts gespeichert",
        en: "Another session is holding these records (its save is still running, or hangs); nothing saved")
}

/// The relation kinds the seed needed beyond funding, cooperation, referral and membership.
extension DomainText {
    public static var relationCoordinates: Message { Message(de: "koordiniert", en: "coordinates") }
    public static var relationCoordinatedBy: Message { Message(de: "wird koordiniert von", en: "coordinated by") }
    public static var relationRuns: Message { Message(de: "ist Träger von", en: "runs") }
    public static var relationRunBy: Message { Message(de: "in Trägerschaft von", en: "run by") }
}

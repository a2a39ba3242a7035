/// A user-facing text in both languages, resolved to one only when shown. Each feature's text
/// type (CommonText, PartnerText, …) makes them, so a missing language, a missing text or a wrong
/// argument is a compile error.
public struct Message: Hashable, Sendable {
    public let de: String
    public let en: String
    /// The member that made this text (`colName`, `noMatches(_:)`; the compiler fills it in): it
    /// names the kind of text whatever its arguments (an import counts its problems per kind),
    /// and it is the stable key the statistics JSON prints for a reference figure.
    public let name: String

    public init(de: String, en: String, name: String = #function) {
        self.de = de
        self.en = en
        self.name = name
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .de: de
        case .en: en
        }
    }
}

// Whether a profession is regulated (reglementiert): recognition counselling knows three states.
// Besides "reglementiert" (practice needs the recognition) and "nicht reglementiert" (recognition is
// optional), some professions only protect their title ("Berufsbezeichnung geschützt"): anyone may
// do the work, but only a recognised person may call themselves Ingenieur/in or Architekt/in.
// Source for architects: Architektenkammer NRW, aknw.de/ueber-uns/junior-mitglied-werden/feg
// ("keinem gesetzlichen Aufgabenvorbehalt … lediglich die Verwendung der geschützten
// Berufsbezeichnung untersagt"); for engineers the title is protected by the Ingenieurgesetz NRW.

public enum Regulation: String, CaseIterable, Sendable, Codable {
    case regulated
    case titleProtected
    case notRegulated

    public var label: Message {
        switch self {
        case .regulated: CaseText.regulationRegulated
        case .titleProtected: CaseText.regulationTitleProtected
        case .notRegulated: CaseText.regulationNotRegulated
        }
    }

    /// A cell of an exported or imported file: the label in either language, the raw value, and
    /// the yes/no of files written before the third state (yes = regulated, no = not regulated).
    public init?(cell text: String) {
        let key = PartnerExchange.fold(text)
        let yes = ["ja", "yes", "j", "y", "true", "1"] + Language.allCases.map { PartnerExchange.fold(CaseText.valueYes.text($0)) }
        let no = ["nein", "no", "n", "false", "0"] + Language.allCases.map { PartnerExchange.fold(CaseText.valueNo.text($0)) }
        if yes.contains(key) { self = .regulated; return }
        if no.contains(key) { self = .notRegulated; return }
        guard let match = Regulation.allCases.first(where: { r in
            PartnerExchange.fold(r.rawValue) == key || Language.allCases.contains { PartnerExchange.fold(r.label.text($0)) == key }
        }) else { return nil }
        self = match
    }
}

/// Code and data of the two-state time wrote a Bool: `true` is reglementiert, `false` is not.
/// Keeps `c.regulated = true` and `c.regulated == false` meaning what they meant.
extension Regulation: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) {
        self = value ? .regulated : .notRegulated
    }
}

/// A draft stores a choice by token; drafts of the two-state time stored "yes" and "no".
extension Regulation: FormChoiceValue {
    public var formToken: String {
        switch self {
        case .regulated: "yes"
        case .notRegulated: "no"
        case .titleProtected: rawValue
        }
    }
}

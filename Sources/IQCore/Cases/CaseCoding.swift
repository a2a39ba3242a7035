import Foundation

// The coded documentation fields of a case (README "Case pane (3)", "Statistics"):
// - country of training and nationality are stored as ISO 3166-1 alpha-2 codes (Countries); a
//   value from before the codes that names no country stays as it was typed, is shown marked
//   "not coded" and counts as "other (free text)";
// - the counselling result of the Erstberatung (`CounsellingResult`);
// - the number of counselling contacts, derived from the timeline, never stored.

/// What the Erstberatung came to. "Zeugnisbewertung" is the ZAB's statement on a foreign
/// university degree that leads to no regulated profession; "nicht erforderlich" covers
/// non-regulated occupations where a recognition adds nothing the person needs.
public enum CounsellingResult: String, CaseIterable, Codable, Sendable {
    case applicationRecommended, credentialEvaluationRecommended, qualificationRecommended
    case recognitionNotNeeded, referredElsewhere, notPossibleNow, other

    public var label: Message {
        switch self {
        case .applicationRecommended: CaseText.resultApplication
        case .credentialEvaluationRecommended: CaseText.resultZAB
        case .qualificationRecommended: CaseText.resultQualification
        case .recognitionNotNeeded: CaseText.resultNotNeeded
        case .referredElsewhere: CaseText.resultReferred
        case .notPossibleNow: CaseText.resultNotPossible
        case .other: CaseText.resultOther
        }
    }
}

extension Channel {
    /// A channel from a raw value or a label in either language ("telefonisch", "Video").
    static func parse(_ text: String) -> Channel? {
        let folded = LookupFold.fold(text)
        return allCases.first { c in
            c.rawValue.lowercased() == folded || Language.allCases.contains { LookupFold.fold(c.label.text($0)) == folded }
        } ?? [("personlich", Channel.inPerson), ("vor ort", .inPerson), ("telefon", .phone), ("mail", .email), ("online", .video)]
            .first { folded.contains($0.0) }?.1
    }
}

extension Countries {
    /// The country with exactly this ISO code (stored values), or nil.
    public static func byCode(_ code: String) -> Country? {
        code.count == 2 ? codeIndex[code] : nil
    }

    private static let codeIndex: [String: Country] = Dictionary(all.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })

    /// The code free text stands for: a code, a name in German or English, an alias, or a
    /// nationality adjective ("syrisch", "Syrian"); nil when none fits.
    public static func code(for text: String) -> String? {
        if let country = find(text) { return country.code }
        return demonym(LookupFold.fold(text))
    }

    /// A stored value as the interface shows it: the country's name in the language, or the
    /// text as it was typed, marked as not coded.
    public static func display(_ stored: String, _ language: Language) -> String {
        if stored.isEmpty { return "" }
        if let country = byCode(stored) { return country.name(language) }
        return CaseText.countryNotCoded(stored).text(language)
    }
}

extension Case {
    /// Counselling contacts: the Erstberatung (when its day is recorded) and the appointments of
    /// the timeline (each one a talk with its channel), on or before `today`; later ones are
    /// planned, not held. An appointment on the Erstberatung's day is that talk, not a second one.
    /// Status steps and referrals are no contacts, nor is a cancelled appointment. Without a day
    /// every appointment counts.
    public func counsellingContacts(asOf today: Day?) -> Int {
        let held = { (d: Day) in today.map { d <= $0 } ?? true }
        let first = firstCounsellingDate.flatMap { held($0) ? $0 : nil }
        let appointments = timeline.reduce(0) { n, entry in
            guard entry.isLiveAppointment, held(entry.day), entry.day != first else { return n }
            return n + 1
        }
        return appointments + (first == nil ? 0 : 1)
    }
}

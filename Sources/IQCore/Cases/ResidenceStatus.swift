// The Aufenthaltsstatus as the IQ documentation counts it: the common titles, not every
// paragraph. Paragraphs checked against the Aufenthaltsgesetz as in force (FEG 2023):
// - § 16d Maßnahmen zur Anerkennung ausländischer Berufsqualifikationen
//   (https://www.buzer.de/gesetz/4752/a234469.htm);
// - § 18a Fachkräfte mit Berufsausbildung, § 18b Fachkräfte mit akademischer Ausbildung
//   (https://www.buzer.de/gesetz/4752/a176957.htm, https://www.mth-partner.de/aufenthaltserlaubnis-
//   fuer-fachkraefte-nach-18a-aufenthg-fachkraefte-mit-berufsausbildung-und-18b-aufenthg-
//   fachkraefte-mit-akademischer-ausbildung/);
// - § 18g Blaue Karte EU since the FEG 2023 (before: § 18b Abs. 2, until 2020 § 19a;
//   https://visaguard.berlin/work-visa/academic-skilled-employees-18b);
// - § 24 Aufenthaltsgewährung zum vorübergehenden Schutz (https://www.buzer.de/gesetz/4752/a65958.htm);
// - § 25 humanitäre Gründe; §§ 27–36 Familiennachzug; § 9 Niederlassungserlaubnis, § 9a
//   Daueraufenthalt-EU; § 60a Duldung; § 55 AsylG Aufenthaltsgestattung.
// EU/EEA/Swiss citizens need no title (Freizügigkeit); "eingebürgert" is a German citizen with a
// foreign qualification, still counselled.

public enum ResidenceStatus: String, CaseIterable, Codable, Sendable {
    case euFreeMovement, recognition16d, skilledWorker18ab, blueCard18g, temporaryProtection24, humanitarian25
    case familyReunification, settled, asylumProcedure, toleration, naturalised, other

    public var label: Message {
        switch self {
        case .euFreeMovement: CaseText.residenceEU
        case .recognition16d: CaseText.residence16d
        case .skilledWorker18ab: CaseText.residence18ab
        case .blueCard18g: CaseText.residence18g
        case .temporaryProtection24: CaseText.residence24
        case .humanitarian25: CaseText.residence25
        case .familyReunification: CaseText.residenceFamily
        case .settled: CaseText.residenceSettled
        case .asylumProcedure: CaseText.residenceGestattung
        case .toleration: CaseText.residenceDuldung
        case .naturalised: CaseText.residenceNaturalised
        case .other: CaseText.residenceOther
        }
    }

    /// The title free text names ("§ 16d", "Blaue Karte EU", "Duldung", a label or raw value),
    /// or nil. Used by the snapshot migration and the import; never guesses between two titles
    /// beyond the order below (the more specific title first: "Blaue Karte EU" is not "EU").
    public static func parse(_ text: String) -> ResidenceStatus? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        let folded = LookupFold.fold(trimmed)
        if let exact = allCases.first(where: { s in
            s.rawValue.lowercased() == trimmed.lowercased() || Language.allCases.contains { LookupFold.fold(s.label.text($0)) == folded }
        }) { return exact }
        let words = Set(folded.split(separator: " ").map(String.init))
        // "§ 25 Abs. 2": the first token that looks like a paragraph decides.
        let paragraph = folded.split(separator: " ").first { $0.first?.isNumber == true }.map(String.init)
        func has(_ parts: String...) -> Bool { parts.contains { folded.contains($0) } }
        if has("eingeburgert", "naturali", "deutsche staatsangehorig", "german citizen") { return .naturalised }
        if has("duldung", "geduldet", "tolerat") || paragraph == "60a" { return .toleration }
        if has("gestattung", "asylbewerber", "asylverfahren", "asylum seeker", "asylum procedure") { return .asylumProcedure }
        if has("niederlassung", "daueraufenthalt", "settlement", "permanent resid", "unbefristet") || paragraph == "9" || paragraph == "9a" {
            return .settled
        }
        if has("blaue karte", "blue card") || paragraph == "18g" || paragraph == "19a" { return .blueCard18g }
        if paragraph == "16d" || has("anerkennung") { return .recognition16d }
        if paragraph == "18a" || paragraph == "18b" || has("fachkraft", "fachkrafte", "skilled worker") { return .skilledWorker18ab }
        if paragraph == "24" || has("vorubergehend", "temporary protection") { return .temporaryProtection24 }
        if paragraph == "25" || has("humanitar", "fluchtling", "refugee", "asylberechtigt", "subsidiar") { return .humanitarian25 }
        if (27...36).contains(Int(paragraph ?? "") ?? 0) || has("familie", "family", "nachzug", "ehegatt", "spouse") {
            return .familyReunification
        }
        if !words.isDisjoint(with: ["eu", "ewr", "eea", "efta", "unionsburger", "unionsburgerin"]) || has("freizugig", "free movement") {
            return .euFreeMovement
        }
        if has("sonstig", "andere", "other") { return .other }
        return nil
    }
}

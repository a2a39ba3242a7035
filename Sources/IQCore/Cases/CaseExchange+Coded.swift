// The coded documentation fields in the case exports (CaseExchange.swift): countries by name in
// the interface language in CSV and the text report, by ISO code in JSON (legacy text that names
// no country as it is, in both); further Referenzberufe joined by "; " (JSON: an array); the
// Erstberatung's form and result as labels (JSON: raw values); the counselling contacts as a
// derived number (appointments up to the day of the export, `Case.counsellingContacts`).

extension CaseExchange.Column {
    var codedHeader: Message {
        switch self {
        case .furtherReferenzberufe: CaseText.caseFurtherReferenzberufeShort
        case .counsellingChannel: CaseText.caseCounsellingChannel
        case .counsellingResult: CaseText.caseCounsellingResult
        default: CaseText.caseCounsellingContacts
        }
    }

    var codedKey: String {
        switch self {
        case .furtherReferenzberufe: "furtherReferenzberufe"
        case .counsellingChannel: "counsellingChannel"
        case .counsellingResult: "counsellingResult"
        default: "counsellingContacts"
        }
    }
}

extension CaseExchange {
    /// A stored country as CSV writes it: the name, or legacy text as it was typed.
    static func countryName(_ stored: String, _ language: Language) -> String {
        Countries.byCode(stored)?.name(language) ?? stored
    }

    static func codedValue(_ column: Column, of c: Case, _ language: Language, today: Day?) -> String {
        switch column {
        case .furtherReferenzberufe: c.furtherReferenzberufe.joined(separator: "; ")
        case .counsellingChannel: c.counsellingChannel?.label.text(language) ?? ""
        case .counsellingResult: c.counsellingResult?.label.text(language) ?? ""
        default: String(c.counsellingContacts(asOf: today))
        }
    }

    static func codedJSON(_ column: Column, of c: Case, today: Day?) -> String {
        switch column {
        case .furtherReferenzberufe: "[" + c.furtherReferenzberufe.map(json).joined(separator: ", ") + "]"
        case .counsellingChannel: json(c.counsellingChannel)
        case .counsellingResult: json(c.counsellingResult)
        default: String(c.counsellingContacts(asOf: today))
        }
    }
}

/// Texts of the coded documentation fields (issue 15 §3): residence titles, counselling result,
/// countries not coded, their columns, statistics and import warnings.
extension CaseText {
    public static var residenceEU: Message { Message(de: "EU/EWR/Schweiz (Freizügigkeit)", en: "EU/EEA/Switzerland (free movement)") }
    public static var residence16d: Message { Message(de: "§ 16d AufenthG (Anerkennung)", en: "§ 16d AufenthG (recognition)") }
    public static var residence18ab: Message { Message(de: "§ 18a/§ 18b AufenthG (Fachkraft)", en: "§ 18a/§ 18b AufenthG (skilled worker)") }
    public static var residence18g: Message { Message(de: "§ 18g AufenthG (Blaue Karte EU)", en: "§ 18g AufenthG (EU Blue Card)") }
    public static var residence24: Message { Message(de: "§ 24 AufenthG (vorübergehender Schutz)", en: "§ 24 AufenthG (temporary protection)") }
    public static var residence25: Message { Message(de: "§ 25 AufenthG (humanitäre Gründe)", en: "§ 25 AufenthG (humanitarian)") }
    public static var residenceFamily: Message { Message(de: "Familiennachzug (§§ 27–36 AufenthG)", en: "Family reunification (§§ 27–36 AufenthG)") }
    public static var residenceSettled: Message {
        Message(de: "Niederlassungserlaubnis/Daueraufenthalt-EU", en: "Settlement permit/EU long-term residence")
    }
    public static var residenceGestattung: Message { Message(de: "Aufenthaltsgestattung (Asylverfahren)", en: "Aufenthaltsgestattung (asylum procedure)") }
    public static var residenceDuldung: Message { Message(de: "Duldung (§ 60a AufenthG)", en: "Duldung (§ 60a AufenthG)") }
    public static var residenceNaturalised: Message { Message(de: "eingebürgert", en: "naturalised") }
    public static var residenceOther: Message { Message(de: "sonstige", en: "other") }

    public static var resultApplication: Message { Message(de: "Antragstellung empfohlen", en: "Application recommended") }
    public static var resultZAB: Message { Message(de: "Zeugnisbewertung (ZAB) empfohlen", en: "ZAB statement of comparability recommended") }
    public static var resultQualification: Message { Message(de: "Qualifizierung empfohlen", en: "Qualification recommended") }
    public static var resultNotNeeded: Message { Message(de: "Anerkennung nicht erforderlich", en: "Recognition not needed") }
    public static var resultReferred: Message { Message(de: "an andere Stelle verwiesen", en: "Referred elsewhere") }
    public static var resultNotPossible: Message { Message(de: "derzeit nicht möglich", en: "Not possible at present") }
    public static var resultOther: Message { Message(de: "Sonstiges", en: "Other") }

    public static func countryNotCoded(_ text: String) -> Message {
        Message(de: "\(text) (nicht codiert)", en: "\(text) (not coded)")
    }
    public static var caseFurtherReferenzberufe: Message {
        Message(de: "Weitere Referenzberufe", en: "Other ref. occupations")
    }
    public static var caseFurtherReferenzberufeShort: Message { Message(de: "Weitere Referenzberufe", en: "Further Referenzberufe") }
    public static var caseCounsellingChannel: Message { Message(de: "Beratungsform", en: "Form of counselling") }
    public static var caseCounsellingResult: Message { Message(de: "Beratungsergebnis", en: "Counselling result") }
    public static var caseCounsellingContacts: Message { Message(de: "Beratungskontakte", en: "Counselling contacts") }

    public static var statsByNationality: Message { Message(de: "Nach Staatsangehörigkeit", en: "By nationality") }
    public static var statsByResidenceStatus: Message { Message(de: "Nach Aufenthaltsstatus", en: "By residence status") }
    public static var statsByGermanLevel: Message { Message(de: "Nach Deutschkenntnissen", en: "By German level") }
    public static var statsByCameVia: Message { Message(de: "Nach Zugang", en: "By access route") }
    public static var statsByChannel: Message { Message(de: "Nach Beratungsform", en: "By form of counselling") }
    public static var statsByResult: Message { Message(de: "Nach Beratungsergebnis", en: "By counselling result") }
    public static var statsByBenefits: Message { Message(de: "Nach Leistungsbezug", en: "By benefits") }
    public static var statsBySex: Message { Message(de: "Nach Geschlecht", en: "By sex") }

    /// An import cell that names no country: kept as typed (not coded).
    public static func importNotCoded(_ column: String, _ value: String) -> Message {
        Message(de: "\(column): „\(value)“ ist keinem Staat zuzuordnen; als Freitext übernommen (nicht codiert).",
                en: "\(column): “\(value)” matches no country; kept as free text (not coded).")
    }
    /// An import cell that fits no entry of a code list: left empty.
    public static func importNotMapped(_ column: String, _ value: String, _ options: Message) -> Message {
        Message(de: "\(column): „\(value)“ passt zu keinem Eintrag der Liste; leer gelassen. Möglich: \(options.de).",
                en: "\(column): “\(value)” fits no entry of the list; left empty. Possible: \(options.en).")
    }
    /// Under the further Referenzberufe: what the table does not know stays free text.
    public static func furtherNotInTable(_ items: String) -> Message {
        Message(de: "Nicht in der Tabelle, bleibt Freitext: \(items) (mehrere mit ; trennen)",
                en: "Not in the table, kept as free text: \(items) (separate several with ;)")
    }
}

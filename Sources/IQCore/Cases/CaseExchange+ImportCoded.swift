// The coded fields in the case import: free text maps to codes, and what cannot be mapped
// never stops the row — a warning names the row (its line) and the column, never a name.
// - Country of training, nationality: a code, a German or English name, an alias or a
//   nationality adjective becomes the ISO code; anything else is kept as typed (not coded).
// - Residence status: a title's label, raw value or free text naming it (§ 16d, Blaue Karte,
//   Duldung …, `ResidenceStatus.parse`); German level: A1…C2 anywhere in the cell ("B1.2",
//   "Niveau B2"); counselling form: a channel's raw value or label ("telefonisch"); result: raw
//   value or label. What fits none of these is left empty.
// - Further Referenzberufe: separated by ";", as the form takes them. The counselling contacts
//   are derived from the timeline; their column is read past.

extension CaseRowImporter {
    func takeCoded(_ row: CSV.Row, into c: inout Case, warnings: inout [Message]) {
        func country(_ column: CaseExchange.Column, _ set: (inout Case, String) -> Void) {
            guard let v = cell(column, row) else { return }
            if v.isEmpty { return set(&c, "") }
            if let code = Countries.code(for: v) { return set(&c, code) }
            set(&c, v)
            warnings.append(CaseText.importNotCoded(label(column), v))
        }
        country(.countryOfTraining) { $0.countryOfTraining = $1 }
        country(.nationality) { $0.nationality = $1 }

        func coded<E>(_ column: CaseExchange.Column, _ parse: (String) -> E?, options: Message, _ set: (inout Case, E?) -> Void) {
            guard let v = cell(column, row) else { return }
            let value = v.isEmpty ? nil : parse(v)
            set(&c, value)
            if value == nil, !v.isEmpty { warnings.append(CaseText.importNotMapped(label(column), v, options)) }
        }
        coded(.residenceStatus, ResidenceStatus.parse, options: CaseExchange.labels(ResidenceStatus.self) { $0.label }) { $0.residenceStatus = $1 }
        coded(.germanLevel, Self.germanLevel, options: CommonText.literal("A1, A2, B1, B2, C1, C2")) { $0.germanLevel = $1 }
        coded(.counsellingChannel, Channel.parse, options: CaseExchange.labels(Channel.self) { $0.label }) { $0.counsellingChannel = $1 }
        coded(.counsellingResult, { PartnerExchange.match($0, label: { (r: CounsellingResult) in r.label }) },
              options: CaseExchange.labels(CounsellingResult.self) { $0.label }) { $0.counsellingResult = $1 }
        if let v = cell(.furtherReferenzberufe, row) {
            c.furtherReferenzberufe = CaseForm.occupations(v, primary: c.referenzberuf)
        }
    }

    /// The first A1…C2 in the text ("B1", "b2.1", "Niveau C1").
    static func germanLevel(_ text: String) -> GermanLevel? {
        let words = LookupFold.fold(text).split(separator: " ")
        return words.lazy.compactMap { GermanLevel(rawValue: String($0)) }.first
    }
}

extension CaseExchange {
    /// The labels of every value, German and English, for a message naming what is possible.
    static func labels<E: CaseIterable>(_ type: E.Type, _ label: (E) -> Message) -> Message {
        Message(de: E.allCases.map { label($0).de }.joined(separator: ", "), en: E.allCases.map { label($0).en }.joined(separator: ", "))
    }
}

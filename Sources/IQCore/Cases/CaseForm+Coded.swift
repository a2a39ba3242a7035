/// The case form's coded inputs: countries chosen from the ISO list, further Referenzberufe.
extension CaseForm {
    /// A country choice: every country by its name in the language, found by typing a German or
    /// English name, an alias or the code. A stored value that is no code (typed before the
    /// codes) stays a choice, marked "not coded", so saving the form never drops it.
    static func country(_ label: String, none: String, stored: String, _ language: Language) -> ChoiceInput<String> {
        var options = Countries.all.map { ($0.code, $0.name(language)) }
            .sorted { SearchKey.sortKey($0.1).lexicographicallyPrecedes(SearchKey.sortKey($1.1)) }
        if !stored.isEmpty, Countries.byCode(stored) == nil { options.append((stored, CaseText.countryNotCoded(stored).text(language))) }
        var input = ChoiceInput(label, none: none, options: options, selected: stored.isEmpty ? nil : stored)
        input.searchAlso { code in
            guard let c = Countries.byCode(code) else { return "" }
            return ([c.code, c.name(language == .de ? .en : .de)] + c.aliases).joined(separator: " ")
        }
        return input
    }

    /// Further Referenzberufe typed with ";" between them: each trimmed, written as the table
    /// names it when it is in the table, without blanks, repeats and the primary one.
    static func occupations(_ text: String, primary: String) -> [String] {
        let primaryName = ReferenceOccupations.find(primary)?.name ?? primary
        var result: [String] = []
        for part in text.split(separator: ";") {
            let typed = part.trimmingCharacters(in: .whitespacesAndNewlines)
            let name = ReferenceOccupations.find(typed)?.name ?? typed
            if !name.isEmpty, name != primaryName, !result.contains(name) { result.append(name) }
        }
        return result
    }

    /// The typed further Referenzberufe the table does not know ("Tierarzt, Zahnarzt" typed with a
    /// comma is one such item): said under the field, as the authority suggestion is.
    static func unknownOccupations(_ text: String) -> [String] {
        text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty && ReferenceOccupations.find($0) == nil }
    }
}

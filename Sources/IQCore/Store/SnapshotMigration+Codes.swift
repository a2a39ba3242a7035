/// 2 → 3: the documentation fields of a case became codes (CaseCoding.swift).
/// - Nationality and country of training: a name in German or English, an alias or a
///   nationality adjective becomes its ISO code; text that names no country stays as it was.
/// - Residence status: free text becomes a `ResidenceStatus`; text that fits none becomes
///   "other". Unless the text was exactly a title's label, it is kept at the end of the notes
///   (`residenceNoteLabel`), so nothing typed is lost ("§ 25 Abs. 2" says more than "§ 25").
extension SnapshotMigrations {
    /// Written before the kept text; German like the rest of the stored data.
    static let residenceNoteLabel = "Aufenthaltsstatus (Freitext vor Version 3)"

    @Sendable static func codeCaseFields(_ root: PlistValue) throws(PlistReader.SchemaError) -> PlistValue {
        guard case .dict(var pairs) = root else { throw PlistReader.SchemaError(path: "", detail: "expected a dictionary") }
        guard let i = pairs.firstIndex(where: { $0.0 == "cases" }), case .array(let cases) = pairs[i].1 else { return root }
        pairs[i].1 = .array(cases.map(codeCase))
        return .dict(pairs)
    }

    static func codeCase(_ value: PlistValue) -> PlistValue {
        guard case .dict(var fields) = value else { return value }
        func string(_ key: String) -> String? {
            guard let v = fields.first(where: { $0.0 == key })?.1, case .string(let s) = v else { return nil }
            return s
        }
        func set(_ key: String, _ new: String?) {
            fields.removeAll { $0.0 == key }
            if let new, !new.isEmpty { fields.append((key, .string(new))) }
        }
        for key in ["nationality", "countryOfTraining"] {
            if let text = string(key), let code = Countries.code(for: text) { set(key, code) }
        }
        if let text = string("residenceStatus") {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            let status = trimmed.isEmpty ? nil : ResidenceStatus.parse(trimmed) ?? .other
            set("residenceStatus", status?.rawValue)
            let exact = status.map { s in Language.allCases.contains { s.label.text($0) == trimmed } } ?? true
            if !exact {
                let notes = string("notes") ?? ""
                set("notes", (notes.isEmpty ? "" : notes + "\n") + "\(residenceNoteLabel): \(trimmed)")
            }
        }
        return .dict(fields)
    }
}

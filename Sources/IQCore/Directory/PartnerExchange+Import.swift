import Foundation

// The row-by-row part of the CSV import: validation, update or creation, duplicate names. The
// rules are described at the top of PartnerExchange.swift.

struct RowImporter {
    /// The partners as they stand after the rows so far (existing ones, updated or not).
    private var current: RecordTable<Partner>
    private let header: ImportHeader<PartnerExchange.Column>
    private let now: Date
    private let user: String
    /// Rows by the ID they gave: for IDs that appear twice.
    private var idLines: [String: Int] = [:]
    /// Names seen so far: the key, the name and the row that gave it (nil: already in the data).
    private var names: [RecordID: (key: SearchKey, name: String, line: Int?)] = [:]
    /// Hash buckets of both folded forms, to find equal names without comparing every pair.
    private var buckets: [Int: [RecordID]] = [:]

    init(existing: Document, header: ImportHeader<PartnerExchange.Column>, now: Date, user: String) {
        current = existing.partners
        self.header = header
        self.now = now
        self.user = user
        for p in existing.partners.items { remember(p.id, name: p.name, line: nil) }
    }

    private func cell(_ column: PartnerExchange.Column, _ row: CSV.Row) -> String? { header.cell(column, row) }

    private static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { "|;,\n".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }

    /// New or changed records get the next revision, dated now, by the importing user.
    private func meta(_ old: RecordMeta?) -> RecordMeta {
        RecordMeta(revision: (old?.revision ?? 0) + 1, modifiedAt: now, modifiedBy: user)
    }

    mutating func take(_ raw: CSV.Row, into result: inout PartnerImportResult, newID: () -> RecordID) {
        // The role is long text; it and the lists keep their line breaks.
        var (row, warnings, errors) = header.prepare(raw, multiLine: [.role, .fields, .cities], longText: [.role])
        // The rest of the row is not read: its other messages would quote the long text.
        guard errors.isEmpty else {
            result.errors += errors.map { RowProblem(line: row.line, message: $0) }
            result.invalidRows += 1
            return
        }

        // Which partner: an existing one by ID, or a new one.
        var base: Partner?
        let idText = cell(.id, row) ?? ""
        if !idText.isEmpty {
            if let earlier = idLines[idText] {
                errors.append(PartnerExchangeText.importDuplicateID(idText, String(earlier)))
            } else {
                idLines[idText] = row.line
                base = current[RecordID(idText)]
                if base == nil { warnings.append(PartnerExchangeText.importUnknownID(idText)) }
            }
        }

        let name = cell(.name, row) ?? ""
        if name.isEmpty { errors.append(PartnerExchangeText.importNameMissing) }

        var category = base?.category ?? PartnerExchange.defaultCategory
        if let text = cell(.category, row), !text.isEmpty {
            if let value: PartnerCategory = PartnerExchange.match(text, label: { $0.label }) {
                category = value
            } else {
                errors.append(PartnerExchangeText.importUnknownCategory(text, PartnerExchange.rawValues(PartnerCategory.self)))
            }
        } else if base == nil {
            warnings.append(PartnerExchangeText.importDefaultCategory)
        }

        var level = base?.level
        if let text = cell(.level, row) {
            if text.isEmpty {
                level = nil
            } else if let value: Level = PartnerExchange.match(text, label: { $0.label }) {
                level = value
            } else {
                errors.append(PartnerExchangeText.importUnknownLevel(text, PartnerExchange.rawValues(Level.self)))
            }
        }

        var fields = base?.fieldsOfAction ?? []
        if let text = cell(.fields, row) {
            fields = []
            for item in RowImporter.list(text) {
                if let value: FieldOfAction = PartnerExchange.match(item, label: { $0.label }) {
                    if !fields.contains(value) { fields.append(value) }
                } else {
                    errors.append(PartnerExchangeText.importUnknownField(item, PartnerExchange.rawValues(FieldOfAction.self)))
                }
            }
        }

        let website = cell(.website, row)
        if let website, !ContactValidation.isValidWebsite(website) { errors.append(PartnerExchangeText.importBadWebsite(website)) }
        let email = cell(.email, row)
        if let email, !ContactValidation.isValidEmail(email) { errors.append(PartnerExchangeText.importBadEmail(email)) }
        let phone = cell(.phone, row)
        if let phone, !ContactValidation.isValidPhone(phone) { errors.append(PartnerExchangeText.importBadPhone(phone)) }

        // A row with errors is not imported: its warnings (how it would have been) are moot.
        guard errors.isEmpty else {
            result.errors += errors.map { RowProblem(line: row.line, message: $0) }
            result.invalidRows += 1
            return
        }
        result.warnings += warnings.map { RowProblem(line: row.line, message: $0) }

        var partner = base ?? Partner(id: "", name: name, category: category)
        partner.name = name
        partner.category = category
        partner.level = level
        partner.fieldsOfAction = fields
        if let v = cell(.shortName, row) { partner.shortName = v }
        if let v = cell(.cities, row) { partner.cities = RowImporter.list(v) }
        if let v = cell(.role, row) { partner.role = v }
        if let website { partner.website = website }
        if let email { partner.email = email }
        if let phone { partner.phone = phone }
        if let v = cell(.address, row) { partner.address = v }

        if let base {
            if partner == base {
                result.unchanged += 1
            } else {
                partner.meta = meta(base.meta)
                result.updated += 1
                result.records.append(partner)
            }
        } else {
            partner.id = newID()
            partner.meta = meta(nil)
            result.created += 1
            result.records.append(partner)
        }
        if let duplicate = duplicate(of: name, except: partner.id) {
            let message = duplicate.line.map { PartnerExchangeText.importDuplicateName(name, String($0)) }
                ?? PartnerExchangeText.importDuplicateExisting(name, duplicate.name)
            result.warnings.append(RowProblem(line: row.line, message: message))
        }
        current.put(partner)
        remember(partner.id, name: name, line: row.line)
    }

    // MARK: Duplicate names

    private static func bucket<K: Hashable>(_ value: K) -> Int {
        var hasher = Hasher()
        hasher.combine(value)
        return hasher.finalize()
    }

    private mutating func remember(_ id: RecordID, name: String, line: Int?) {
        if let old = names[id], old.name == name { return }
        let key = SearchKey(name)
        names[id] = (key, name, line ?? names[id]?.line)
        for b in Set([RowImporter.bucket(key.stripped), RowImporter.bucket(key.expanded)]) {
            buckets[b, default: []].append(id)
        }
    }

    /// Another partner whose name equals `name` ignoring case and accents: one already in the
    /// data first, else the earliest row's.
    private func duplicate(of name: String, except id: RecordID) -> (name: String, line: Int?)? {
        let key = SearchKey(name)
        let candidates = Set([RowImporter.bucket(key.stripped), RowImporter.bucket(key.expanded)])
            .flatMap { buckets[$0] ?? [] }
        let matches = Set(candidates).filter { other in
            guard other != id, let entry = names[other] else { return false }
            return entry.key.stripped == key.stripped || entry.key.expanded == key.expanded
        }
        let first = matches.min { a, b in
            let la = names[a]?.line ?? 0, lb = names[b]?.line ?? 0
            return la != lb ? la < lb : a < b
        }
        return first.flatMap { names[$0] }.map { ($0.name, $0.line) }
    }
}

import Foundation

// CSV import of cases (`iq-tui import cases FILE`), decisions:
// - Columns are those of the export, found by header in German or English or by JSON key, in any
//   order, ignoring case, spaces, hyphens and underscores. The case number column is required
//   (its cells may be empty), so that a file of something else is not taken for cases. Unknown
//   columns are a warning and ignored.
// - Number: `NRW-YYYY-NNNNNN` (any case). Empty: a new case with the next free number of the
//   current year (after CaseList.nextNumber and every number the file gives). A number that exists
//   updates that case: id, timeline and every field whose column the file lacks stay; an empty cell
//   in a present column clears the field (an empty status keeps the old one). A number that does
//   not exist yet creates a case with it. A number twice in the file is an error.
// - A new case needs first and last name, and an existing one's may not be emptied (the form's
//   rule): a pseudonymised export therefore updates existing cases but cannot create new ones.
// - Status, sex, benefits, came via (also the old label "anders") and decision: raw value or
//   German or English label; regulated: a label in either language ("Berufsbezeichnung
//   geschützt") or the ja/nein/yes/no of older files. The coded fields (countries, residence
//   status, German level, counselling form and result) map free text to codes, else warn
//   (CaseExchange+ImportCoded.swift). Days German ("3.4.2026") or ISO (`Day(parsing:)`).
//   Years from 1900 to the current year, entry not before birth, decision not before application.
//   E-mail and phone as the partner import checks them.
// - Site: its name or id. Measure: "Name Jahr" as exported, "Name (Jahr)", the id, or the name
//   alone when only one measure has it. The authority keeps its partner link when its text is
//   unchanged; otherwise it is linked to the partner of exactly that name, if there is one.
// - Träger: its partner id or name (a name is looked up among the row's measure's providers
//   first, then among the providers of any measure, then among all partners; an ambiguous name
//   lists the candidates with their ids). As in the form, a Träger needs a measure and must be
//   one of its providers — checked only when the row sets or changes measure or Träger, so a
//   mismatch the data already had does not block updating other columns. An empty Träger stays
//   empty: the import does not fill in a measure's only provider (the form does), so a file
//   comes back as it was exported.
// - Control and bidi characters are removed from every field, with a warning (ImportCleaning).
// - Rows that change nothing are counted as unchanged. Every problem carries its row's line.

extension CaseExchange {
    /// Progress is reported after every this many rows (and after the last).
    public static let progressStep = 1_000

    /// "NRW-2026-000123": "NRW-", four digits, "-", six digits.
    public static func isValidNumber(_ text: String) -> Bool {
        let s = Array(text.utf8)
        guard s.count == 15, text.hasPrefix("NRW-"), s[8] == UInt8(ascii: "-") else { return false }
        return (s[4..<8] + s[9..<15]).allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// Reads the file and checks every row against `existing`. `progress(done, total)` is called
    /// every `progressStep` rows.
    public static func importCSV(_ text: String, existing: Document, now: Date, user: String, newID: () -> RecordID,
                                 progress: (Int, Int) -> Void = { _, _ in }) -> CaseImportResult {
        var result = CaseImportResult()
        guard let (header, rows) = ImportHeader<Column>.read(text, key: .number, noHeader: CaseExchangeText.importCaseNoHeader,
                                                             noKeyColumn: CaseExchangeText.importCaseNoNumberColumn, into: &result) else { return result }
        var importer = CaseRowImporter(existing: existing, header: header, now: now, user: user, rows: rows)
        for (i, row) in rows.enumerated() {
            importer.take(row, into: &result, newID: newID)
            if (i + 1) % progressStep == 0 || i + 1 == rows.count { progress(i + 1, rows.count) }
        }
        return result
    }
}

struct CaseRowImporter {
    private typealias Column = CaseExchange.Column
    private let document: Document
    private let header: ImportHeader<Column>
    private let now: Date
    private let user: String
    private let thisYear: Int
    /// The cases by number as they stand after the rows so far.
    private var byNumber: [String: Case] = [:]
    private var numberLines: [String: Int] = [:]
    private var nextSerial: Int
    private var sitesByName: [String: [RecordID]] = [:]
    private var measuresByLabel: [String: [RecordID]] = [:]
    private var measuresByName: [String: [RecordID]] = [:]
    private var partnersByName: [String: [RecordID]] = [:]
    /// Partners that provide some measure, by name: the first place a Träger's name is looked up.
    private var providersByName: [String: [RecordID]] = [:]

    init(existing: Document, header: ImportHeader<CaseExchange.Column>, now: Date, user: String, rows: [CSV.Row]) {
        document = existing
        self.header = header
        self.now = now
        self.user = user
        thisYear = Day(now).year
        for c in existing.cases.items { byNumber[c.number.uppercased()] = c }
        let fold = PartnerExchange.fold
        for s in existing.sites.items { sitesByName[fold(s.name), default: []].append(s.id) }
        for m in existing.measures.items {
            for label in Set([fold("\(m.name) \(m.year)"), fold("\(m.name) (\(m.year))")]) { measuresByLabel[label, default: []].append(m.id) }
            measuresByName[fold(m.name), default: []].append(m.id)
        }
        for p in existing.partners.items { partnersByName[fold(p.name), default: []].append(p.id) }
        let providers = Set(existing.measures.items.flatMap(\.providerIDs))
        for p in existing.partners.items where providers.contains(p.id) { providersByName[fold(p.name), default: []].append(p.id) }
        // New numbers come after the highest of the data and of the file.
        let prefix = "NRW-\(thisYear)-"
        var highest = Int(CaseList.nextNumber(in: existing, year: thisYear).dropFirst(prefix.count)).map { $0 - 1 } ?? 0
        if let index = header.columns[.number] {
            for row in rows where index < row.fields.count {
                let number = row.fields[index].trimmingCharacters(in: .whitespaces).uppercased()
                if CaseExchange.isValidNumber(number), number.hasPrefix(prefix), let serial = Int(number.dropFirst(prefix.count)) {
                    highest = max(highest, serial)
                }
            }
        }
        nextSerial = highest + 1
    }

    func cell(_ column: CaseExchange.Column, _ row: CSV.Row) -> String? { header.cell(column, row) }

    private mutating func newNumber() -> String {
        let n = String(nextSerial)
        nextSerial += 1
        return "NRW-\(thisYear)-" + String(repeating: "0", count: max(0, 6 - n.count)) + n
    }

    func label(_ column: CaseExchange.Column) -> String { header.label(column) }

    mutating func take(_ raw: CSV.Row, into result: inout CaseImportResult, newID: () -> RecordID) {
        // The notes are long text with line breaks, the rest short.
        var (row, warnings, errors) = header.prepare(raw, multiLine: [.notes], longText: [.notes])
        // The rest of the row is not read: its other messages would quote the long text.
        guard errors.isEmpty else {
            result.errors += errors.map { RowProblem(line: row.line, message: $0) }
            result.invalidRows += 1
            return
        }

        // Which case: an existing one by number, or a new one.
        let number = (cell(.number, row) ?? "").uppercased()
        var base: Case?
        if !number.isEmpty {
            if !CaseExchange.isValidNumber(number) {
                errors.append(CaseExchangeText.importCaseBadNumber(number))
            } else if let earlier = numberLines[number] {
                errors.append(CaseExchangeText.importCaseDuplicateNumber(number, String(earlier)))
            } else {
                numberLines[number] = row.line
                base = byNumber[number]
            }
        }
        var c = base ?? Case(id: "", meta: RecordMeta(modifiedAt: now, modifiedBy: user), number: number)

        func text(_ column: Column, _ set: (inout Case, String) -> Void) {
            if let v = cell(column, row) { set(&c, v) }
        }
        text(.firstName) { $0.person.firstName = $1 }
        text(.lastName) { $0.person.lastName = $1 }
        text(.referenzberuf) { $0.referenzberuf = $1 }
        text(.qualification) { $0.qualification = $1 }
        text(.residence) { $0.residence = $1 }
        text(.counsellor) { $0.counsellor = $1 }
        text(.notes) { $0.notes = $1 }
        for column in [Column.firstName, .lastName] {
            let value = column == .firstName ? c.person.firstName : c.person.lastName
            if value.isEmpty, base == nil || cell(column, row) != nil {
                errors.append(CaseExchangeText.importCaseMissing(label(column)))
            }
        }
        if let v = cell(.email, row) {
            if ContactValidation.isValidEmail(v) { c.person.email = v } else { errors.append(PartnerExchangeText.importBadEmail(v)) }
        }
        if let v = cell(.phone, row) {
            if ContactValidation.isValidPhone(v) { c.person.phone = v } else { errors.append(PartnerExchangeText.importBadPhone(v)) }
        }

        // Years.
        func year(_ column: Column, _ set: (inout Case, Int?) -> Void) {
            guard let v = cell(column, row) else { return }
            if v.isEmpty { return set(&c, nil) }
            if let y = Int(v), (1900...thisYear).contains(y) { return set(&c, y) }
            errors.append(CaseExchangeText.importCaseBadYear(label(column), v, String(thisYear)))
        }
        year(.birthYear) { $0.person.birthYear = $1 }
        year(.yearOfEntry) { $0.yearOfEntry = $1 }
        if let birth = c.person.birthYear, let entry = c.yearOfEntry, entry < birth {
            errors.append(CaseExchangeText.importCaseEntryBeforeBirth(String(entry), String(birth)))
        }

        // Enumerations.
        func choice<E: CaseIterable & RawRepresentable>(_ column: Column, _ name: (E) -> Message, _ set: (inout Case, E?) -> Void) where E.RawValue == String {
            guard let v = cell(column, row) else { return }
            if v.isEmpty { return set(&c, nil) }
            if let value: E = PartnerExchange.match(v, label: name) { return set(&c, value) }
            errors.append(CaseExchangeText.importCaseUnknownValue(label(column), v, CaseExchange.labels(E.self, name)))
        }
        choice(.status, { (s: CaseStatus) in s.label }) { x, value in if let value { x.status = value } }
        choice(.sex, { (s: Sex) in s.label }) { $0.person.sex = $1 }
        choice(.benefits, { (b: Benefits) in b.label }) { $0.benefits = $1 }
        // Zugang über is a documentation field like the coded ones: what fits no entry is a warning
        // and left empty, not a reason to refuse the row. "anders" was the label of "other" before
        // it became "Sonstiges".
        if let v = cell(.cameVia, row) {
            let value: ReferralSource? = PartnerExchange.fold(v) == "anders" ? .other : PartnerExchange.match(v, label: { $0.label })
            c.cameVia = value
            if value == nil, !v.isEmpty { warnings.append(CaseText.importNotMapped(label(.cameVia), v, CaseExchange.labels(ReferralSource.self) { $0.label })) }
        }
        choice(.decision, { (d: Decision) in d.label }) { $0.decision = $1 }
        takeCoded(row, into: &c, warnings: &warnings)
        if let v = cell(.regulated, row) {
            if v.isEmpty { c.regulated = nil } else if let r = Regulation(cell: v) { c.regulated = r } else {
                let labels = CaseExchange.labels(Regulation.self) { $0.label }
                errors.append(CaseExchangeText.importCaseUnknownValue(label(.regulated), v, Message(de: labels.de + ", ja, nein", en: labels.en + ", yes, no")))
            }
        }

        // Days.
        func day(_ column: Column, _ set: (inout Case, Day?) -> Void) {
            guard let v = cell(column, row) else { return }
            if v.isEmpty { return set(&c, nil) }
            if let d = Day(parsing: v) { return set(&c, d) }
            errors.append(CaseExchangeText.importCaseBadDay(label(column), v))
        }
        day(.applicationDate) { $0.applicationDate = $1 }
        day(.decisionDate) { $0.decisionDate = $1 }
        day(.consentDate) { $0.consentDate = $1 }
        day(.deletionDate) { $0.deletionDate = $1 }
        if let application = c.applicationDate, let decision = c.decisionDate, decision < application {
            errors.append(CaseText.formDecisionBeforeApplication)
        }

        CaseExchange.importProgress(&c, cell: { cell($0, row) }, label: label, errors: &errors)

        // Linked records.
        if let v = cell(.site, row) {
            switch resolve(v, column: .site, ids: { document.sites[$0] != nil }, [sitesByName], name: { document.sites[$0]?.name }) {
            case .success(let id): c.siteID = id
            case .failure(let problem): errors.append(problem.message)
            }
        }
        if let v = cell(.measure, row) {
            switch resolve(v, column: .measure, ids: { document.measures[$0] != nil }, [measuresByLabel, measuresByName],
                           name: { CaseExchange.measureName($0, document) }) {
            case .success(let id): c.measureID = id
            case .failure(let problem): errors.append(problem.message)
            }
        }
        var providerResolved = true
        if let v = cell(.provider, row) {
            // Two Träger may share a name; the measure's own providers settle it.
            var ofMeasure: [String: [RecordID]] = [:]
            for id in c.measureID.flatMap({ document.measures[$0]?.providerIDs }) ?? [] {
                if let p = document.partners[id] { ofMeasure[PartnerExchange.fold(p.name), default: []].append(id) }
            }
            switch resolve(v, column: .provider, ids: { document.partners[$0] != nil }, [ofMeasure, providersByName, partnersByName],
                           name: { id in document.partners[id].map { "\($0.name) (\(id.rawValue))" } }) {
            case .success(let id): c.providerID = id
            case .failure(let problem):
                errors.append(problem.message)
                providerResolved = false
            }
        }
        if providerResolved, base == nil || c.providerID != base?.providerID || c.measureID != base?.measureID,
           let problem = CaseForm.providerProblem(c.providerID, measure: c.measureID, in: document) {
            errors.append(problem)
        }
        if let v = cell(.authority, row) {
            c.authority = v
            if v != base?.authority {
                let matches = partnersByName[PartnerExchange.fold(v)] ?? []
                c.authorityID = matches.count == 1 ? matches.first : nil
            }
        }

        // A row with errors is not imported: its warnings are moot.
        guard errors.isEmpty else {
            result.errors += errors.map { RowProblem(line: row.line, message: $0) }
            result.invalidRows += 1
            return
        }
        result.warnings += warnings.map { RowProblem(line: row.line, message: $0) }
        if let base {
            if c == base {
                result.unchanged += 1
                return
            }
            c.meta = RecordMeta(revision: base.meta.revision + 1, modifiedAt: now, modifiedBy: user)
            result.updated += 1
        } else {
            c.id = newID()
            if c.number.isEmpty { c.number = newNumber() }
            result.created += 1
        }
        result.records.append(c)
        byNumber[c.number.uppercased()] = c
    }

    private struct Problem: Error {
        var message: Message
    }

    /// A site, measure or Träger by id or by one of the name tables (tried in order); nil for an empty cell.
    private func resolve(_ text: String, column: Column, ids: (RecordID) -> Bool, _ tables: [[String: [RecordID]]],
                         name: (RecordID) -> String?) -> Result<RecordID?, Problem> {
        if text.isEmpty { return .success(nil) }
        if ids(RecordID(text)) { return .success(RecordID(text)) }
        let key = PartnerExchange.fold(text)
        for table in tables {
            guard let found = table[key] else { continue }
            if found.count == 1 { return .success(found.first) }
            let options = found.prefix(5).map { name($0) ?? $0.rawValue }.joined(separator: ", ")
            return .failure(Problem(message: CaseExchangeText.importCaseAmbiguous(label(column), text, options)))
        }
        return .failure(Problem(message: CaseExchangeText.importCaseNotFound(label(column), text)))
    }
}

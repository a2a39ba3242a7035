// The export and import columns of the Erstberatung's date, the procedure's dates and the
// Bescheid's details (issue 15, §1–2). None of them names a person: all are in the
// pseudonymised export. CSV: days and labels in the language, amounts as plain numbers with the
// language's decimal mark ("187,50" / "187.50"); JSON: ISO days, raw values, euros as numbers.
// The import takes raw values or labels (German or English), days either way, amounts as
// people type them, and checks what the forms check.

extension CaseExchange.Column {
    /// The columns of this file, in export order (as declared in the enum).
    static let progressColumns: [Self] = [.firstCounsellingDate, .skillsAnalysisDate, .fileCompleteDate, .compensation, .adaptationMonths,
                                          .fees, .grant, .grantAmount, .qualificationStart, .licenceDate, .onHoldSince, .endDate]

    /// The date a day column holds.
    var progressDay: WritableKeyPath<Case, Day?>? {
        switch self {
        case .firstCounsellingDate: \.firstCounsellingDate
        case .skillsAnalysisDate: \.recognition.skillsAnalysisDate
        case .fileCompleteDate: \.recognition.fileCompleteDate
        case .qualificationStart: \.recognition.qualificationStart
        case .licenceDate: \.recognition.licenceDate
        case .onHoldSince: \.recognition.onHoldSince
        case .endDate: \.recognition.endDate
        default: nil
        }
    }

    /// The amount an amount column holds.
    var progressMoney: WritableKeyPath<Case, Money?>? {
        switch self {
        case .fees: \.recognition.fees
        case .grantAmount: \.recognition.grantAmount
        default: nil
        }
    }

    /// Header and JSON key of a column of this file (the others are CaseExchange.swift's).
    var progressHeader: Message {
        switch self {
        case .firstCounsellingDate: CaseText.caseFirstCounsellingDate
        case .skillsAnalysisDate: CaseText.caseSkillsAnalysisDate
        case .fileCompleteDate: CaseText.caseFileCompleteDate
        case .compensation: CaseText.caseCompensation
        case .adaptationMonths: CaseText.caseAdaptationMonths
        case .fees: CaseText.caseFees
        case .grant: CaseText.caseGrant
        case .grantAmount: CaseText.caseGrantAmount
        case .qualificationStart: CaseText.caseQualificationStart
        case .licenceDate: CaseText.caseLicenceDate
        case .onHoldSince: CaseText.caseOnHoldSince
        default: CaseText.caseEndDate
        }
    }

    var progressKey: String {
        switch self {
        case .firstCounsellingDate: "firstCounsellingDate"
        case .skillsAnalysisDate: "skillsAnalysisDate"
        case .fileCompleteDate: "fileCompleteDate"
        case .compensation: "compensation"
        case .adaptationMonths: "adaptationMonths"
        case .fees: "fees"
        case .grant: "grant"
        case .grantAmount: "grantAmount"
        case .qualificationStart: "qualificationStart"
        case .licenceDate: "licenceDate"
        case .onHoldSince: "onHoldSince"
        default: "endDate"
        }
    }
}

extension CaseExchange {
    /// "187,50", "187.50", "600": no grouping, no sign of the currency (the header has it).
    static func amountCell(_ m: Money?, _ language: Language) -> String {
        guard let m else { return "" }
        let cents = m.cents % 100
        guard cents != 0 else { return String(m.cents / 100) }
        return String(m.cents / 100) + (language == .de ? "," : ".") + (cents < 10 ? "0" : "") + String(cents)
    }

    static func progressValue(_ column: Column, of c: Case, _ language: Language) -> String {
        if let day = column.progressDay { return c[keyPath: day]?.text(language) ?? "" }
        if let money = column.progressMoney { return amountCell(c[keyPath: money], language) }
        switch column {
        case .compensation: return c.recognition.compensation?.label.text(language) ?? ""
        case .grant: return c.recognition.grant?.label.text(language) ?? ""
        default: return c.recognition.adaptationMonths.map(String.init) ?? ""
        }
    }

    static func progressJSON(_ column: Column, of c: Case) -> String {
        if let day = column.progressDay { return json(c[keyPath: day]) }
        if let money = column.progressMoney { return c[keyPath: money].map { amountCell($0, .en) } ?? "null" }
        switch column {
        case .compensation: return json(c.recognition.compensation)
        case .grant: return json(c.recognition.grant)
        default: return json(c.recognition.adaptationMonths)
        }
    }

    /// Reads the row's cells of this file's columns into `c` (a column the file lacks leaves its
    /// field as it is; an empty cell empties it), with the forms' checks.
    static func importProgress(_ c: inout Case, cell: (Column) -> String?, label: (Column) -> String, errors: inout [Message]) {
        func problem(_ column: Column, _ m: Message) { errors.append(CaseText.importProgressProblem(label(column), m.text(.de), m.text(.en))) }
        for column in Column.progressColumns {
            guard let v = cell(column) else { continue }
            if let day = column.progressDay {
                if v.isEmpty { c[keyPath: day] = nil } else if let d = Day(parsing: v) { c[keyPath: day] = d } else {
                    errors.append(CaseExchangeText.importCaseBadDay(label(column), v))
                }
            } else if let money = column.progressMoney {
                let check = column == .fees ? RecognitionChecks.fees(v) : RecognitionChecks.grantAmount(v, status: .granted)
                if let check { problem(column, check) } else { c[keyPath: money] = Money(parsing: v) }
            } else if column == .adaptationMonths {
                if v.isEmpty { c.recognition.adaptationMonths = nil } else if let n = Int(v), RecognitionDetails.adaptationMonthsRange.contains(n) {
                    c.recognition.adaptationMonths = n
                } else { problem(column, CaseText.formBadMonths) }
            } else if column == .compensation {
                choice(v, column, label, \.recognition.compensation, { (m: CompensationMeasure) in m.label }, &c, &errors)
            } else {
                choice(v, column, label, \.recognition.grant, { (g: GrantStatus) in g.label }, &c, &errors)
            }
        }
        // The rules across fields, as in the case editor.
        let r = c.recognition
        if r.grantAmount != nil, r.grant == nil { errors.append(CaseText.formGrantNeedsStatus) }
        if r.adaptationMonths != nil, r.compensation != .adaptationCourse { errors.append(CaseText.formMonthsNeedCourse) }
        if let problem = RecognitionChecks.compensation(r.compensation, decision: c.decision) { errors.append(problem) }
        if let f = r.fileCompleteDate {
            if let a = c.applicationDate, f < a { errors.append(CaseText.formFileCompleteBeforeApplication) }
            if let d = c.decisionDate, f > d { errors.append(CaseText.formFileCompleteAfterDecision) }
        }
        if let d = c.decisionDate, let l = r.licenceDate, l < d { errors.append(CaseText.formLicenceBeforeDecision) }
    }

    private static func choice<E: CaseIterable & RawRepresentable>(_ v: String, _ column: Column, _ label: (Column) -> String,
                                                                   _ field: WritableKeyPath<Case, E?>, _ name: (E) -> Message,
                                                                   _ c: inout Case, _ errors: inout [Message]) where E.RawValue == String {
        if v.isEmpty { return c[keyPath: field] = nil }
        if let value: E = PartnerExchange.match(v, label: name) { return c[keyPath: field] = value }
        errors.append(CaseExchangeText.importCaseUnknownValue(label(column), v, CaseExchange.labels(E.self, name)))
    }
}

import Foundation

// Cases out of and into the program, with data protection (DOMAIN.md, "Data protection").
//
// `export cases` (csv, json): one row per case, sorted by number, pseudonymised by default. Left
// out are everything that names or reaches a person — first and last name, year of birth, sex,
// phone, e-mail — and every free text that may name someone: the notes and the whole timeline
// (its notes are free text). Kept is what statistics need, the place of residence included (a
// municipality is as coarse as the IQ documentation asks for). `includePersonal` adds the
// personal columns; the command then warns on standard error. CSV as for partners: headers in the
// interface language, `;` in German and `,` in English, labels for enumerations, days German or
// ISO, the formula guard of CSV.swift. JSON: one object per case, keys in column order, raw enum
// values, ISO days, numbers as numbers, null for unknown.
//
// `export case NUMBER` (text, json): the Art. 15 report — every field of one case, the identity
// included, the timeline with the partners' names, sites, measures and the Träger by name, and the
// record's revision, last change and author.
//
// The import of the CSV columns is in CaseExchange+Import.swift.

public enum CaseExchange {
    /// The CSV columns in export order. Personal ones appear only with `includePersonal`.
    public enum Column: CaseIterable, Sendable, ImportColumn {
        case number, firstName, lastName, birthYear, sex, phone, email
        case status, referenzberuf, qualification, countryOfTraining, nationality, yearOfEntry, residence
        case residenceStatus, benefits, germanLevel, regulated, authority, cameVia, site, counsellor
        case applicationDate, decision, decisionDate
        case firstCounsellingDate, skillsAnalysisDate, fileCompleteDate, compensation, adaptationMonths, fees, grant, grantAmount
        case qualificationStart, licenceDate, onHoldSince, endDate
        case consentDate, deletionDate, measure, provider, notes
        // Coded documentation fields (CaseExchange+Coded.swift); the contacts are derived, never imported.
        case furtherReferenzberufe, counsellingChannel, counsellingResult, counsellingContacts

        /// Names or reaches the person, or is free text that may: only with `--include-personal`.
        public var isPersonal: Bool {
            switch self {
            case .firstName, .lastName, .birthYear, .sex, .phone, .email, .notes: true
            default: false
            }
        }

        public static func columns(includePersonal: Bool) -> [Column] {
            includePersonal ? allCases : allCases.filter { !$0.isPersonal }
        }

        public var header: Message {
            switch self {
            case .number: CaseText.colCaseNumber
            case .firstName: CaseText.caseFirstName
            case .lastName: CaseText.caseLastName
            case .birthYear: CaseText.caseBirthYear
            case .sex: CaseText.caseSex
            case .phone: CaseText.casePhone
            case .email: CaseText.caseEmail
            case .status: CaseText.colStatus
            case .referenzberuf: CaseText.colReferenzberuf
            case .qualification: CaseText.caseQualification
            case .countryOfTraining: CaseText.caseCountryOfTraining
            case .nationality: CaseText.caseNationality
            case .yearOfEntry: CaseText.caseYearOfEntry
            case .residence: CaseText.caseResidence
            case .residenceStatus: CaseText.caseResidenceStatus
            case .benefits: CaseText.caseBenefits
            case .germanLevel: CaseText.caseGermanLevel
            case .regulated: CaseText.caseRegulated
            case .authority: CaseText.caseAuthority
            case .cameVia: CaseText.caseCameVia
            case .site: CaseText.colSite
            case .counsellor: CaseText.colCounsellor
            case .applicationDate: CaseText.caseApplicationDate
            case .decision: CaseText.caseDecision
            case .decisionDate: CaseText.caseDecisionDate
            case .consentDate: CaseText.caseConsentDate
            case .deletionDate: CaseText.caseDeletionDate
            case .measure: CaseText.caseMeasure
            case .provider: CaseText.caseProvider
            case .notes: CaseText.caseNotes
            case .furtherReferenzberufe, .counsellingChannel, .counsellingResult, .counsellingContacts: codedHeader
            case .firstCounsellingDate, .skillsAnalysisDate, .fileCompleteDate, .compensation, .adaptationMonths, .fees, .grant, .grantAmount,
                 .qualificationStart, .licenceDate, .onHoldSince, .endDate: progressHeader
            }
        }

        /// The JSON key, also accepted as a CSV header.
        public var key: String {
            switch self {
            case .number: "number"
            case .firstName: "firstName"
            case .lastName: "lastName"
            case .birthYear: "birthYear"
            case .sex: "sex"
            case .phone: "phone"
            case .email: "email"
            case .status: "status"
            case .referenzberuf: "referenzberuf"
            case .qualification: "qualification"
            case .countryOfTraining: "countryOfTraining"
            case .nationality: "nationality"
            case .yearOfEntry: "yearOfEntry"
            case .residence: "residence"
            case .residenceStatus: "residenceStatus"
            case .benefits: "benefits"
            case .germanLevel: "germanLevel"
            case .regulated: "regulated"
            case .authority: "authority"
            case .cameVia: "cameVia"
            case .site: "site"
            case .counsellor: "counsellor"
            case .applicationDate: "applicationDate"
            case .decision: "decision"
            case .decisionDate: "decisionDate"
            case .consentDate: "consentDate"
            case .deletionDate: "deletionDate"
            case .measure: "measure"
            case .provider: "provider"
            case .notes: "notes"
            case .furtherReferenzberufe, .counsellingChannel, .counsellingResult, .counsellingContacts: codedKey
            case .firstCounsellingDate, .skillsAnalysisDate, .fileCompleteDate, .compensation, .adaptationMonths, .fees, .grant, .grantAmount,
                 .qualificationStart, .licenceDate, .onHoldSince, .endDate: progressKey
            }
        }

        /// The column a header names: its German or English export header or its JSON key,
        /// ignoring case, spaces, hyphens, underscores and dots; a few other spellings too.
        static func find(_ header: String) -> Column? {
            byHeader[PartnerExchange.normaliseHeader(header)]
        }

        /// Every accepted spelling, normalised, built once (a header may have a million columns).
        private static let byHeader: [String: Column] = {
            var table: [String: Column] = ["fallnr": .number, "nummer": .number, "casenr": .number, "maßnahme": .measure,
                                           "massnahme": .measure, "measure": .measure, "traeger": .provider, "trager": .provider,
                                           "notizen": .notes, "notiz": .notes]
            for column in allCases {
                let spellings = [column.key] + Language.allCases.map { column.header.text($0) }
                for key in spellings.map(PartnerExchange.normaliseHeader) where table[key] == nil { table[key] = column }
            }
            return table
        }()
    }

    /// Cases in number order (then id), as every export lists them.
    public static func sorted(_ cases: [Case]) -> [Case] {
        cases.sorted { $0.number != $1.number ? $0.number < $1.number : $0.id < $1.id }
    }

    /// The case with this number (ignoring case and surrounding spaces).
    public static func find(_ number: String, in document: Document) -> Case? {
        let found = matches(number, in: document)
        return found.count == 1 ? found[0] : nil
    }

    /// The cases a number names: in full ("NRW-2026-000001", any case), or by its serial alone
    /// ("1", "000001"), which may name one case of each year; with the year ("2026-1") one.
    public static func matches(_ number: String, in document: Document) -> [Case] {
        let wanted = number.trimmingCharacters(in: .whitespaces).uppercased()
        if let exact = document.cases.items.first(where: { $0.number.uppercased() == wanted }) { return [exact] }
        let parts = wanted.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let serial = Int(parts[parts.count - 1]), serial > 0 else { return [] }
        let year = parts.count == 2 ? Int(parts[0]) : nil
        return document.cases.items.filter { c in
            let own = c.number.split(separator: "-")
            guard own.count == 3, Int(own[2]) == serial else { return false }
            return year == nil || Int(own[1]) == year
        }.sorted { $0.number < $1.number }
    }

    // MARK: Names of linked records

    /// A site's name; the raw id when the site is gone (the import accepts both).
    static func siteName(_ id: RecordID?, _ document: Document) -> String {
        guard let id else { return "" }
        return document.sites[id]?.name ?? id.rawValue
    }

    /// "Qualifizierung Gesundheitsberufe 2020": measures share names across years. The raw id when gone.
    static func measureName(_ id: RecordID?, _ document: Document) -> String {
        guard let id else { return "" }
        return document.measures[id].map { "\($0.name) \($0.year)" } ?? id.rawValue
    }

    /// The Träger's name; the raw id when the partner is gone.
    static func providerName(_ id: RecordID?, _ document: Document) -> String {
        id.map { CaseForm.providerName($0, document) } ?? ""
    }

    // MARK: CSV

    /// A cell as the CSV (and the text report) shows it: labels and days in the language.
    static func value(_ column: Column, of c: Case, _ document: Document, _ language: Language, today: Day? = nil) -> String {
        let label = { (key: Message?) in key.map { $0.text(language) } ?? "" }
        let day = { (d: Day?) in d?.text(language) ?? "" }
        switch column {
        case .number: return c.number
        case .firstName: return c.person.firstName
        case .lastName: return c.person.lastName
        case .birthYear: return c.person.birthYear.map(String.init) ?? ""
        case .sex: return label(c.person.sex?.label)
        case .phone: return c.person.phone
        case .email: return c.person.email
        case .status: return label(c.status.label)
        case .referenzberuf: return c.referenzberuf
        case .qualification: return c.qualification
        case .countryOfTraining: return countryName(c.countryOfTraining, language)
        case .nationality: return countryName(c.nationality, language)
        case .yearOfEntry: return c.yearOfEntry.map(String.init) ?? ""
        case .residence: return c.residence
        case .residenceStatus: return label(c.residenceStatus?.label)
        case .benefits: return label(c.benefits?.label)
        case .germanLevel: return c.germanLevel?.rawValue.uppercased() ?? ""
        case .regulated: return c.regulated?.label.text(language) ?? ""
        case .authority: return c.authority
        case .cameVia: return label(c.cameVia?.label)
        case .site: return siteName(c.siteID, document)
        case .counsellor: return c.counsellor
        case .applicationDate: return day(c.applicationDate)
        case .decision: return label(c.decision?.label)
        case .decisionDate: return day(c.decisionDate)
        case .consentDate: return day(c.consentDate)
        case .deletionDate: return day(c.deletionDate)
        case .measure: return measureName(c.measureID, document)
        case .provider: return providerName(c.providerID, document)
        case .notes: return c.notes
        case .furtherReferenzberufe, .counsellingChannel, .counsellingResult, .counsellingContacts:
            return codedValue(column, of: c, language, today: today)
        case .firstCounsellingDate, .skillsAnalysisDate, .fileCompleteDate, .compensation, .adaptationMonths, .fees, .grant, .grantAmount,
             .qualificationStart, .licenceDate, .onHoldSince, .endDate: return progressValue(column, of: c, language)
        }
    }

    /// All cases as CSV (CRLF, RFC 4180, formula guard), pseudonymised unless `includePersonal`.
    public static func csv(_ document: Document, language: Language, includePersonal: Bool, byteOrderMark: Bool = false, today: Day? = nil) -> String {
        let columns = Column.columns(includePersonal: includePersonal)
        var rows: [[String]] = [columns.map { $0.header.text(language) }]
        for c in sorted(document.cases.items) {
            rows.append(columns.map { value($0, of: c, document, language, today: today) })
        }
        return (byteOrderMark ? "\u{FEFF}" : "") + CSV.write(rows, separator: PartnerExchange.separator(language))
    }

    // MARK: JSON

    static func json(_ text: String) -> String { PartnerExchange.jsonString(text) }
    static func json(_ n: Int?) -> String { n.map(String.init) ?? "null" }
    static func json(_ day: Day?) -> String { day.map { json($0.text(.en)) } ?? "null" }
    static func json<E: RawRepresentable>(_ value: E?) -> String where E.RawValue == String { value.map { json($0.rawValue) } ?? "null" }
    static func json(_ flag: Bool?) -> String { flag.map { $0 ? "true" : "false" } ?? "null" }
    static func jsonName(_ name: String) -> String { name.isEmpty ? "null" : json(name) }

    /// A JSON value of one column: raw enum values, ISO days, numbers, null for unknown.
    static func jsonValue(_ column: Column, of c: Case, _ document: Document, today: Day? = nil) -> String {
        switch column {
        case .number: json(c.number)
        case .firstName: json(c.person.firstName)
        case .lastName: json(c.person.lastName)
        case .birthYear: json(c.person.birthYear)
        case .sex: json(c.person.sex)
        case .phone: json(c.person.phone)
        case .email: json(c.person.email)
        case .status: json(c.status)
        case .referenzberuf: json(c.referenzberuf)
        case .qualification: json(c.qualification)
        case .countryOfTraining: json(c.countryOfTraining)
        case .nationality: json(c.nationality)
        case .yearOfEntry: json(c.yearOfEntry)
        case .residence: json(c.residence)
        case .residenceStatus: json(c.residenceStatus)
        case .benefits: json(c.benefits)
        case .germanLevel: json(c.germanLevel)
        case .regulated: json(c.regulated)
        case .authority: json(c.authority)
        case .cameVia: json(c.cameVia)
        case .site: jsonName(siteName(c.siteID, document))
        case .counsellor: json(c.counsellor)
        case .applicationDate: json(c.applicationDate)
        case .decision: json(c.decision)
        case .decisionDate: json(c.decisionDate)
        case .consentDate: json(c.consentDate)
        case .deletionDate: json(c.deletionDate)
        case .measure: jsonName(measureName(c.measureID, document))
        case .provider: jsonName(providerName(c.providerID, document))
        case .notes: json(c.notes)
        case .furtherReferenzberufe, .counsellingChannel, .counsellingResult, .counsellingContacts: codedJSON(column, of: c, today: today)
        case .firstCounsellingDate, .skillsAnalysisDate, .fileCompleteDate, .compensation, .adaptationMonths, .fees, .grant, .grantAmount,
             .qualificationStart, .licenceDate, .onHoldSince, .endDate: progressJSON(column, of: c)
        }
    }

    /// All cases as a JSON array, pseudonymised unless `includePersonal`.
    public static func json(_ document: Document, includePersonal: Bool, today: Day? = nil) -> String {
        let cases = sorted(document.cases.items)
        guard !cases.isEmpty else { return "[]\n" }
        let columns = Column.columns(includePersonal: includePersonal)
        let objects = cases.map { c in
            "  {\n" + columns.map { "    \(json($0.key)): \(jsonValue($0, of: c, document, today: today))" }.joined(separator: ",\n") + "\n  }"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }
}

import Foundation

// Partners in and out of the program: CSV export and import here, JSON and vCard export in
// PartnerExchange+Formats.swift.
//
// CSV export: one header row in the interface language, then one row per partner. German uses
// `;` (what German Excel expects), English `,`. Category, level and fields of action appear as
// the labels the interface shows; lists (fields of action, cities) are joined with " | ".
//
// CSV import (`importCSV`), decisions:
// - Columns are found by their header, in any order, case-insensitive, ignoring spaces, hyphens
//   and underscores, in German or English (see `Column.aliases`). Only "Name" is required.
//   Unknown columns are reported as a warning and ignored.
// - Category, level and fields of action are accepted as raw value (`employmentAgency`), German
//   label or English label, ignoring case and accents. Lists may be separated by `|`, `;`, `,` or
//   line breaks.
// - A category that is given but unknown is an error for that row. A new partner without a
//   category (no column, or an empty cell) is filed under "Projekte und Initiativen" (`.project`,
//   the broadest category) with a warning that says so.
// - A row whose `ID` names an existing partner updates it: its relations stay, and so does every
//   field whose column the file does not have (an empty cell in a present column clears the field;
//   an empty category keeps the old one). A row with an unknown ID becomes a new partner with a new
//   ID (a warning says so); so does a row without an ID. An ID that appears twice is an error.
// - Rows that would change nothing are counted as unchanged and not written.
// - A name that equals (ignoring case and accents) an existing partner's or an earlier row's is a
//   warning; the row is still imported.
// - Control and bidi characters are removed from every field, with a warning (ImportCleaning).
// - Every error and warning carries the line its row starts on.

public enum PartnerExchange {
    /// The category a new partner gets when the file gives none (see above).
    public static let defaultCategory = PartnerCategory.project

    /// The CSV columns in export order.
    public enum Column: CaseIterable, Sendable, ImportColumn {
        case id, name, shortName, category, level, fields, cities, role, website, email, phone, address

        public var header: Message {
            switch self {
            case .id: PartnerExchangeText.csvColID
            case .name: PartnerExchangeText.csvColName
            case .shortName: PartnerExchangeText.csvColShortName
            case .category: PartnerExchangeText.csvColCategory
            case .level: PartnerExchangeText.csvColLevel
            case .fields: PartnerExchangeText.csvColFields
            case .cities: PartnerExchangeText.csvColCities
            case .role: PartnerExchangeText.csvColRole
            case .website: PartnerExchangeText.csvColWebsite
            case .email: PartnerExchangeText.csvColEmail
            case .phone: PartnerExchangeText.csvColPhone
            case .address: PartnerExchangeText.csvColAddress
            }
        }

        /// Header spellings the import accepts besides the two export headers (normalised).
        var aliases: [String] {
            switch self {
            case .id: ["id", "kennung"]
            case .name: ["name"]
            case .shortName: ["shortname", "kurzname", "abkürzung", "abbreviation"]
            case .category: ["category", "kategorie"]
            case .level: ["level", "ebene"]
            case .fields: ["fieldsofaction", "fieldofaction", "handlungsfelder", "handlungsfeld"]
            case .cities: ["cities", "city", "orte", "ort", "stadt", "städte"]
            case .role: ["role", "rolle", "rolleimnetzwerk", "roleinthenetwork"]
            case .website: ["website", "url", "webseite", "homepage", "internet"]
            case .email: ["email", "mail"]
            case .phone: ["phone", "telephone", "telefon", "tel"]
            case .address: ["address", "anschrift", "adresse"]
            }
        }

        static func find(_ header: String) -> Column? {
            byHeader[normaliseHeader(header)]
        }

        /// Every accepted spelling, normalised, built once: a header of a million columns is
        /// looked up a million times.
        private static let byHeader: [String: Column] = {
            var table: [String: Column] = [:]
            for column in allCases {
                for key in column.aliases + Language.allCases.map({ normaliseHeader(column.header.text($0)) }) where table[key] == nil {
                    table[key] = column
                }
            }
            return table
        }()
    }

    /// "E-Mail " → "email", "Short name" → "shortname".
    static func normaliseHeader(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "-" && $0 != "_" && $0 != "." }
            .map(Character.init))
    }

    // MARK: CSV export

    /// The separator a language's spreadsheets expect.
    public static func separator(_ language: Language) -> Unicode.Scalar {
        language == .de ? ";" : ","
    }

    /// The partners as CSV (CRLF line ends, RFC 4180), in the given order. `byteOrderMark` puts a
    /// UTF-8 BOM first, which Excel needs to read umlauts correctly.
    public static func csv(_ partners: [Partner], language: Language, byteOrderMark: Bool = false) -> String {
        var rows: [[String]] = [Column.allCases.map { $0.header.text(language) }]
        for p in partners {
            rows.append(Column.allCases.map { csvValue($0, of: p, language) })
        }
        return (byteOrderMark ? "\u{FEFF}" : "") + CSV.write(rows, separator: separator(language))
    }

    static func csvValue(_ column: Column, of p: Partner, _ language: Language) -> String {
        switch column {
        case .id: p.id.rawValue
        case .name: p.name
        case .shortName: p.shortName
        case .category: p.category.label.text(language)
        case .level: p.level.map { $0.label.text(language) } ?? ""
        case .fields: p.fieldsOfAction.map { $0.label.text(language) }.joined(separator: " | ")
        case .cities: p.cities.joined(separator: " | ")
        case .role: p.role
        case .website: p.website
        case .email: p.email
        case .phone: p.phone
        case .address: p.address
        }
    }

    /// Partners sorted by name as a reader expects (case and accents ignored), then by id.
    public static func sortedByName(_ partners: [Partner]) -> [Partner] {
        partners.map { (key: fold($0.name), partner: $0) }
            .sorted { $0.key != $1.key ? $0.key < $1.key : $0.partner.id < $1.partner.id }
            .map(\.partner)
    }

    // MARK: CSV import

    public static func importCSV(_ text: String, existing: Document, now: Date, user: String,
                                 newID: () -> RecordID) -> PartnerImportResult {
        var result = PartnerImportResult()
        guard let (header, rows) = ImportHeader<Column>.read(text, key: .name, noHeader: PartnerExchangeText.importNoHeader,
                                                             noKeyColumn: PartnerExchangeText.importNoNameColumn, into: &result) else { return result }
        var importer = RowImporter(existing: existing, header: header, now: now, user: user)
        for row in rows { importer.take(row, into: &result, newID: newID) }
        return result
    }

    /// Lower case without accents, single spaces: how enum values and names are compared.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The case whose raw value, German or English label is `text` (case and accents ignored).
    static func match<E: CaseIterable & RawRepresentable>(_ text: String, label: (E) -> Message) -> E? where E.RawValue == String {
        let key = fold(text)
        return E.allCases.first { value in
            fold(value.rawValue) == key || Language.allCases.contains { fold((label(value)).text($0)) == key }
        }
    }

    static func rawValues<E: CaseIterable & RawRepresentable>(_ type: E.Type) -> String where E.RawValue == String {
        E.allCases.map(\.rawValue).joined(separator: ", ")
    }
}

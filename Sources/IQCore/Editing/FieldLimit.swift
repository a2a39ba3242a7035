/// How long a field may be, in characters: one definition for forms and imports. A name of
/// 10,000 characters is already no name; a note or role of 100,000 is some 40 pages. Longer text
/// is refused on import and stops growing in a form, so nothing can make the program crawl.
public enum FieldLimit {
    /// Names, short names, cities, contacts, codes: every single-line field.
    public static let short = 10_000
    /// Notes, the role, descriptions: every multi-line field.
    public static let long = 100_000

    /// A list's filter: a search text longer than this finds nothing its start would not, and
    /// each keystroke folds the whole text against every row.
    public static let search = 1_000

    public static func of(multiline: Bool) -> Int { multiline ? long : short }
}

extension FieldLimit {
    /// The message for a cell longer than `limit` (its column named by `column`), or nil when it
    /// fits. Bytes are checked first: a cell of no more bytes than the limit cannot be too long.
    static func tooLong(_ text: String, limit: Int, column: String) -> Message? {
        guard text.utf8.count > limit else { return nil }
        let length = text.count
        guard length > limit else { return nil }
        return PartnerExchangeText.importFieldTooLong(column, length, limit)
    }
}

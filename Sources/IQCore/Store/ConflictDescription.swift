/// What a person needs to decide a conflict: the record's name, who else changed it, and the
/// fields in which the two versions differ.
public struct ConflictDescription: Equatable, Sendable {
    public struct Difference: Equatable, Sendable {
        public var field: String
        public var mine: String
        public var theirs: String
        /// A case's personal data (the person, the notes, the timeline): the dialog says that it
        /// differs, never how — it may come up over a list, in front of others. The values are
        /// then empty; both versions are seen in the open case (`b` keeps both).
        public var isPersonal = false
    }

    /// The snapshot keys of a case that hold personal data (docs/SNAPSHOT-SCHEMA.md).
    public static let personalCaseKeys: Set<String> = ["person", "notes", "timeline"]

    public var name: String
    public var otherPerson: String
    public var differences: [Difference]
    public var message: Message

    public init(_ conflict: MergeConflict) {
        let mine = conflict.mine, theirs = conflict.theirs
        name = (mine ?? theirs).map(ConflictDescription.name) ?? conflict.id.rawValue
        otherPerson = theirs?.meta.modifiedBy ?? conflict.base?.meta.modifiedBy ?? "?"
        switch (conflict.base, mine, theirs) {
        case (nil, _, _): message = StoreText.conflictAddedBoth(name, otherPerson)
        case (_, nil, _): message = StoreText.conflictDeletedByMe(name, otherPerson)
        case (_, _, nil): message = StoreText.conflictDeletedByThem(name, otherPerson)
        default: message = StoreText.conflictChangedBoth(name, otherPerson)
        }
        let a = mine?.plist ?? .dict([]), b = theirs?.plist ?? .dict([])
        var keys: [String] = []
        for case .dict(let pairs) in [a, b] {
            for (k, _) in pairs where !keys.contains(k) && !["revision", "modifiedAt", "modifiedBy"].contains(k) { keys.append(k) }
        }
        differences = keys.compactMap { k in
            let x = a[k], y = b[k]
            guard x != y else { return nil }
            if conflict.kind == .case, ConflictDescription.personalCaseKeys.contains(k) {
                return Difference(field: k, mine: "", theirs: "", isPersonal: true)
            }
            return Difference(field: k, mine: x.map(ConflictDescription.text) ?? "", theirs: y.map(ConflictDescription.text) ?? "")
        }
    }

    public static func name(_ r: AnyRecord) -> String {
        switch r {
        case .partner(let p): p.name
        case .site(let s): s.name
        case .measure(let m): "\(m.name) \(m.year)"
        // A case is named by its number only: no personal data in dialogs of others' changes.
        case .case(let c): c.number
        case .payment(let p): "\(p.day.text(.de)) \(NumberFormat.money(p.amount, .de))"
        }
    }

    static func text(_ v: PlistValue) -> String {
        switch v {
        case .string(let s): s
        case .integer(let n): String(n)
        case .real(let d): String(d)
        case .bool(let b): b ? "✓" : "–"
        case .date(let d): GermanDate.dateTime(d, .de)
        case .data(let bytes): "\(bytes.count) bytes"
        case .array(let items): items.map(text).joined(separator: ", ")
        case .dict(let pairs): pairs.map { "\($0.0)=\(text($0.1))" }.joined(separator: " ")
        }
    }
}

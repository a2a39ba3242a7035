import Foundation

// Three-way merge of documents, record by record.
//
// When a person saves and the file on disk was changed by someone else since it was loaded,
// the program merges the two versions against their common base: the document as this person
// last loaded or saved it. Each record id is decided on its own:
//
//   mine == theirs  → that (both absent, or equal records)
//   mine == base    → theirs (I did not touch it: their addition, change or deletion comes in)
//   theirs == base  → mine (they did not touch it)
//   otherwise       → conflict; the merged document keeps mine until the person resolves it
//
// Records compare with `==`, metadata included: two people who made the same change at
// different times produce two different records, and that is shown as a conflict.

/// A record that both sides changed in different ways.
public struct MergeConflict: Equatable, Sendable {
    public var kind: RecordKind
    public var id: RecordID
    /// nil: both sides added a record with the same id.
    public var base: AnyRecord?
    /// nil: I deleted it (and they changed it).
    public var mine: AnyRecord?
    /// nil: they deleted it (and I changed it).
    public var theirs: AnyRecord?

    public init(kind: RecordKind, id: RecordID, base: AnyRecord?, mine: AnyRecord?, theirs: AnyRecord?) {
        self.kind = kind
        self.id = id
        self.base = base
        self.mine = mine
        self.theirs = theirs
    }
}

/// How the person settles one conflict.
public enum ConflictChoice: Equatable, Sendable {
    case mine, theirs, both
}

public struct MergeResult: Equatable, Sendable {
    /// The merged document. For a conflicting record it holds my version (or none if I deleted it)
    /// until the conflict is resolved.
    public var document: Document
    /// Sorted by kind (in `RecordKind.allCases` order), then id.
    public var conflicts: [MergeConflict]
    /// How many records came in from their side (added, changed or deleted by them).
    public var takenFromTheirs: Int

    public init(document: Document, conflicts: [MergeConflict], takenFromTheirs: Int) {
        self.document = document
        self.conflicts = conflicts
        self.takenFromTheirs = takenFromTheirs
    }
}

public enum DocumentMerge {
    /// Merges `mine` and `theirs` against their common `base`. Linear in the number of records.
    public static func merge(base: Document, mine: Document, theirs: Document) -> MergeResult {
        var result = MergeResult(document: mine, conflicts: [], takenFromTheirs: 0)
        // One line per table of the document.
        mergeTable(\.partners, AnyRecord.partner, base: base, mine: mine, theirs: theirs, into: &result)
        mergeTable(\.sites, AnyRecord.site, base: base, mine: mine, theirs: theirs, into: &result)
        mergeTable(\.measures, AnyRecord.measure, base: base, mine: mine, theirs: theirs, into: &result)
        mergeTable(\.cases, AnyRecord.case, base: base, mine: mine, theirs: theirs, into: &result)
        mergeTable(\.payments, AnyRecord.payment, base: base, mine: mine, theirs: theirs, into: &result)

        let kindOrder = Dictionary(uniqueKeysWithValues: RecordKind.allCases.enumerated().map { ($1, $0) })
        result.conflicts.sort { a, b in
            let ka = kindOrder[a.kind] ?? 0, kb = kindOrder[b.kind] ?? 0
            return ka != kb ? ka < kb : a.id < b.id
        }
        return result
    }

    private enum Decision {
        /// Mine stays: both agree, or only I changed it.
        case mine
        /// Only they changed it: their version (or their deletion) comes in.
        case theirs
        /// Both changed it differently: mine stays provisionally.
        case conflict
    }

    private static func decide<R: Record>(base: R?, mine: R?, theirs: R?) -> Decision {
        if mine == theirs { return .mine }
        if mine == base { return .theirs }
        if theirs == base { return .mine }
        return .conflict
    }

    /// Merges one table of the document into `result.document`, whose tables start as mine.
    /// Merged order: mine's order, then records only in theirs in theirs' order.
    /// Ids present only in the base were deleted on both sides and stay deleted.
    private static func mergeTable<R: Record>(
        _ table: WritableKeyPath<Document, RecordTable<R>>,
        _ wrap: (R) -> AnyRecord,
        base: Document, mine: Document, theirs: Document,
        into result: inout MergeResult
    ) {
        let baseTable = base[keyPath: table]
        let mineTable = mine[keyPath: table]
        let theirTable = theirs[keyPath: table]

        // Nothing changed on their side: mine is the answer, and it already is in the result.
        if theirTable == baseTable { return }

        var merged: [R] = []
        merged.reserveCapacity(max(mineTable.count, theirTable.count))

        func record(_ b: R?, _ m: R?, _ t: R?) {
            switch decide(base: b, mine: m, theirs: t) {
            case .mine:
                if let m { merged.append(m) }
            case .theirs:
                if let t { merged.append(t) }
                result.takenFromTheirs += 1
            case .conflict:
                if let m { merged.append(m) }
                guard let sample = m ?? t else { return }   // never nil: mine != theirs
                let kind = wrap(sample).kind
                result.conflicts.append(MergeConflict(kind: kind, id: sample.id,
                                                      base: b.map(wrap), mine: m.map(wrap), theirs: t.map(wrap)))
            }
        }

        for m in mineTable.items {
            record(baseTable[m.id], m, theirTable[m.id])
        }
        for t in theirTable.items where mineTable[t.id] == nil {
            record(baseTable[t.id], nil, t)
        }
        result.document[keyPath: table] = RecordTable(merged)
    }
}

extension MergeConflict {
    /// The edit that applies the person's choice to the merged document.
    ///
    /// - `.mine` keeps mine: the merged document already holds it, so the edit does nothing.
    /// - `.theirs` puts their version, or removes the record when they deleted it.
    /// - `.both` keeps mine and adds theirs as a separate record with `newID`, its name suffixed
    ///   " (2)". When one side deleted the record, `.both` keeps the version that exists.
    public func resolution(_ choice: ConflictChoice, newID: RecordID) -> DocumentEdit {
        switch choice {
        case .mine:
            return .batch([])
        case .theirs:
            if let theirs { return .put(theirs) }
            return .remove(kind, id)
        case .both:
            guard let theirs else { return .batch([]) }         // only mine exists: keep it
            guard mine != nil else { return .put(theirs) }      // only theirs exists: bring it back
            return .put(theirs.copy(id: newID, nameSuffix: " (2)"))
        }
    }
}

extension AnyRecord {
    /// The same record under another id, its name suffixed.
    fileprivate func copy(id newID: RecordID, nameSuffix: String) -> AnyRecord {
        switch self {
        case .partner(var r):
            r.id = newID
            r.name += nameSuffix
            return .partner(r)
        case .site(var r):
            r.id = newID
            r.name += nameSuffix
            return .site(r)
        case .measure(var r):
            r.id = newID
            r.name += nameSuffix
            return .measure(r)
        case .case(var r):
            r.id = newID
            r.number += nameSuffix
            return .case(r)
        case .payment(var r):
            r.id = newID
            r.reference += nameSuffix
            return .payment(r)
        }
    }
}

/// A record as it was in the document an edit was made against (the store's base): what a
/// restore merges against, so a colleague's newer version is never silently overwritten.
public enum RecordBase: Equatable, Sendable {
    case absent
    case record(AnyRecord)
    /// A journal of the version before bases were written.
    case unknown
}

/// One journaled change: a record as it is now (or its removal) and its base.
public struct JournaledEdit: Equatable, Sendable {
    public var edit: DocumentEdit
    public var base: RecordBase

    public init(_ edit: DocumentEdit, base: RecordBase) {
        self.edit = edit
        self.base = base
    }
}

extension DocumentEdit {
    /// The single edits of a batch, nested batches opened: what a journal records.
    var flattened: [DocumentEdit] {
        if case .batch(let edits) = self { return edits.flatMap(\.flattened) }
        return [self]
    }
}

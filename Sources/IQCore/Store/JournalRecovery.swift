import Foundation

/// Putting the edits of this user's gone sessions back through the same three-way merge as a
/// save (in the reducer); finding them is IQStore's (JournalRecovery+Offer, in the store worker).
public enum JournalRecovery {
    /// Puts the offered edits over the document as it is on disk now, merged against the
    /// versions they were made from: a record a colleague changed meanwhile becomes a conflict
    /// to decide, never silently overwritten.
    static func restore(_ offer: RecoveryOffer, into state: inout AppState, environment env: Environment) -> [Effect] {
        let theirs = state.document
        var mine = theirs, base = theirs
        for edit in offer.edits { mine.apply(edit) }
        for (ref, b) in offer.bases {
            switch b {
            case .absent: base.apply(.remove(ref.kind, ref.id))
            case .record(let r): base.apply(.put(r))
            case .unknown:
                // An old journal without bases: the version on disk counts as the base only if
                // nobody changed it after the journal began.
                if let current = theirs.record(ref.kind, ref.id), current.meta.modifiedAt <= offer.firstAt { continue }
                base.apply(.remove(ref.kind, ref.id))
            }
        }
        let merge = DocumentMerge.merge(base: base, mine: mine, theirs: theirs)
        let changes = StoreReducer.changes(from: theirs, to: merge.document)
        let effects = changes.isEmpty ? [] : DocumentReducer.reduce(into: &state, action: .perform(.batch(changes), label: Message(.labelRecovery)),
                                                                    environment: env, stamp: false)
        state.show(Message(.statusRecovered, NumberFormat.integer(offer.records, state.language)), environment: env)
        StoreReducer.addConflicts(&state, merge.conflicts)
        return effects
    }
}

extension DocumentEdit {
    /// The record a single (flattened) edit touches.
    package var ref: RecordRef? {
        switch self {
        case .put(let r), .insert(let r, _): RecordRef(r.kind, r.id)
        case .remove(let k, let id): RecordRef(k, id)
        case .batch: nil
        }
    }
}

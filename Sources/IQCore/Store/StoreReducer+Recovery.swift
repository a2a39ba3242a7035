/// Putting a gone session's journaled edits back.
extension StoreReducer {
    /// Puts the offered edits over the document as it is on disk now, merged against the
    /// versions they were made from: a record a colleague changed meanwhile becomes a conflict
    /// to decide, never silently overwritten.
    static func restore(_ offer: RecoveryOffer, _ state: inout State) -> [Delegate] {
        let theirs = state.content.document
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
        let changes = changes(from: theirs, to: merge.document)
        let restored: [Delegate] = changes.isEmpty ? [] : [.perform(.batch(changes), label: StoreText.labelRecovery, stamp: false)]
        return restored + [.say(StoreText.statusRecovered(offer.records))]
            + addConflicts(&state, merge.conflicts)
    }
}

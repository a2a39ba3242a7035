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
        // A journal from before the store's rules applied (a database role that may not write
        // partners): what the store would refuse is left out and said, the rest comes back.
        let all = changes(from: theirs, to: merge.document)
        let changes = all.filter { state.store.access.refusal($0, in: theirs) == nil }
        let restored: [Delegate] = changes.isEmpty ? [] : [.perform(.batch(changes), label: StoreText.labelRecovery, stamp: false)]
        let said = changes.count == all.count ? StoreText.statusRecovered(offer.records)
            : StoreText.statusRecoveredLeavingOut(all.count - changes.count)
        return restored + [.say(said)] + addConflicts(&state, merge.conflicts)
    }
}

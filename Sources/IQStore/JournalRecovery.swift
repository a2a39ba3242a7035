import Foundation
import IQCore

/// Finding the journals of this user's sessions that are gone (at start, in the store worker);
/// putting their edits back is the reducer's (StoreReducer+Recovery).
enum JournalRecovery {
    /// The journals of `user`'s sessions whose lock can be taken (the session is gone), except
    /// the session's own; they stay locked by this process until answered. Empty ones are
    /// deleted. Another user's journals are never looked at: they are theirs (and 0600).
    /// `formerly`: names the store's journals were kept beside before (still offered).
    static func offer(_ file: SnapshotFile, user: String, except own: String, formerly: [SnapshotFile] = []) -> RecoveryOffer? {
        var found: [(path: String, entries: [RecoveryJournal.Entry], draft: FormDraft?)] = []
        for path in ([file] + formerly).flatMap({ $0.sessionJournals(user: user) }) where path != own {
            guard JournalLocks.hold(path) else { continue }   // a live session: not ours to touch
            let entries = RecoveryJournal(path: path).read(), draft = DraftFile(journal: path).read()
            if entries.isEmpty, draft == nil {
                DraftFile(journal: path).discard()
                JournalLocks.release(path, delete: true)
            } else {
                found.append((path, entries, draft))
            }
        }
        // One draft is offered at a time, the newest; a session with an older one is left for
        // the next start (its lock let go, nothing deleted).
        let newest = found.filter { $0.draft != nil }.max { ($0.draft?.at ?? .distantPast) < ($1.draft?.at ?? .distantPast) }
        var entries: [RecoveryJournal.Entry] = []
        var journals: [String] = []
        for f in found {
            if f.draft != nil, f.path != newest?.path {
                JournalLocks.release(f.path, delete: false)
                continue
            }
            entries += f.entries
            journals.append(f.path)
        }
        let draft = newest?.draft
        guard !journals.isEmpty else { return nil }
        entries.sort { $0.at < $1.at }
        let edits = entries.flatMap(\.edits)
        var bases: [RecordRef: RecordBase] = [:]
        // The oldest entry's base: later ones may name a version a failed save never wrote.
        for e in edits { if let ref = e.edit.ref, bases[ref] == nil { bases[ref] = e.base } }
        return RecoveryOffer(edits: edits.map(\.edit), bases: bases, entries: entries.count, firstAt: entries.first?.at,
                             lastAt: entries.last?.at ?? draft?.at ?? Date(), records: bases.count,
                             journals: journals, draft: draft)
    }
}

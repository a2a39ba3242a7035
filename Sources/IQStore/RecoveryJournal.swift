import Foundation
#if canImport(Glibc)
import Glibc
#endif
import IQCore

/// The recovery journal of one session: every edit, appended and fsynced as it happens, so a
/// dropped SSH connection or a kill loses at most the edit being typed. Emptied after each
/// successful save. Entries are framed by JournalFraming; a torn last entry (the process died
/// mid-write) is ignored.
public struct RecoveryJournal: Sendable {
    public let path: String

    public init(path: String) { self.path = path }
    public init(file: SnapshotFile, session: JournalSession) { path = session.journalPath(file) }

    public struct Entry: Equatable, Sendable {
        public var at: Date
        public var edits: [JournaledEdit]
    }

    public func append(_ edits: [JournaledEdit], at: Date) throws(SnapshotError) {
        let bytes = JournalFraming.frame(.dict([
            ("at", .date(at)),
            ("edits", .array(edits.map(RecoveryJournal.plist))),
        ]))
        // The session's own journal is written through the descriptor that holds its lock (taken
        // now if the session started without one, e.g. after restoring a backup).
        if !JournalLocks.isHeld(path) { _ = JournalLocks.hold(path) }
        let failure = JournalLocks.withDescriptor(path) { held -> SnapshotError? in
            let fd = held ?? open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd < 0 { return .writeFailed(path: path, errno: errno) }
            defer { if held == nil { close(fd) } }
            do throws(SnapshotError) { try SnapshotFile.writeAll(fd, bytes, path: path) } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }

    /// The entries that were written whole; empty when there is no journal.
    public func read() -> [Entry] {
        guard let (bytes, _) = try? SnapshotFile.readAll(path) else { return [] }
        var entries: [Entry] = []
        for frame in JournalFraming.frames(bytes) {
            guard case .date(let at)? = frame["at"], case .array(let items)? = frame["edits"] else { break }
            var edits: [JournaledEdit] = []
            for item in items {
                // An edit this version cannot read is skipped; the rest of the entry still counts.
                guard let edit = RecoveryJournal.edit(item) else { continue }
                edits.append(edit)
            }
            entries.append(Entry(at: at, edits: edits))
        }
        return entries
    }

    /// Empties the journal after a save. The session's own journal is truncated, not removed:
    /// its lock tells other sessions that it is alive.
    public func discard() {
        let truncated = JournalLocks.withDescriptor(path) { held -> Bool in
            guard let fd = held else { return false }
            ftruncate(fd, 0)
            fsync(fd)
            return true
        }
        if !truncated { unlink(path) }
    }

    static func plist(_ journaled: JournaledEdit) -> PlistValue {
        var pairs: [(String, PlistValue)]
        switch journaled.edit {
        case .put(let record), .insert(let record, _):
            // The journal replays onto a file whose order may differ: a put is what matters.
            pairs = [("op", .string("put")), ("kind", .string(record.kind.rawValue)), ("record", record.plist)]
        case .remove(let kind, let id):
            pairs = [("op", .string("remove")), ("kind", .string(kind.rawValue)), ("id", .string(id.rawValue))]
        case .batch:
            pairs = [("op", .string("none")), ("kind", .string(""))]   // flattened before this is asked
        }
        switch journaled.base {
        case .absent: pairs.append(("base", .string("absent")))
        case .record(let record): pairs.append(("base", record.plist))
        case .unknown: break
        }
        return .dict(pairs)
    }

    static func edit(_ value: PlistValue) -> JournaledEdit? {
        guard case .string(let op)? = value["op"], case .string(let k)? = value["kind"], let kind = RecordKind(rawValue: k) else { return nil }
        let edit: DocumentEdit
        switch op {
        case "put":
            guard let r = value["record"].flatMap({ record($0, kind) }) else { return nil }
            edit = .put(r)
        case "remove":
            guard case .string(let id)? = value["id"] else { return nil }
            edit = .remove(kind, RecordID(id))
        default:
            return nil
        }
        switch value["base"] {
        case nil: return JournaledEdit(edit, base: .unknown)
        case .string("absent")?: return JournaledEdit(edit, base: .absent)
        case let base?:
            guard let r = record(base, kind) else { return nil }
            return JournaledEdit(edit, base: .record(r))
        }
    }

    private static func record(_ value: PlistValue, _ kind: RecordKind) -> AnyRecord? {
        AnyRecord.decoded(kind, from: value)
    }
}

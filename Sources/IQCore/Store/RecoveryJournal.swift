import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The recovery journal: every edit, appended and fsynced as it happens, so a dropped SSH
/// connection or a kill loses at most the edit being typed. Emptied after each successful save.
/// Each entry is a 4-byte big-endian length and a binary property list; a torn last entry (the
/// process died mid-write) is ignored.
public struct RecoveryJournal: Sendable {
    public let path: String

    public init(file: SnapshotFile, user: String) { path = file.journalPath(user: user) }

    public struct Entry: Equatable, Sendable {
        public var at: Date
        public var edits: [DocumentEdit]
    }

    public func append(_ edits: [DocumentEdit], at: Date) throws(SnapshotError) {
        let body = BinaryPlist.encode(.dict([
            ("at", .date(at)),
            ("edits", .array(edits.flatMap(RecoveryJournal.flatten).map(RecoveryJournal.plist))),
        ]))
        let n = UInt32(body.count)
        let bytes = [UInt8(n >> 24), UInt8((n >> 16) & 0xFF), UInt8((n >> 8) & 0xFF), UInt8(n & 0xFF)] + body
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if fd < 0 { throw .writeFailed(path: path, errno: errno) }
        defer { close(fd) }
        try SnapshotFile.writeAll(fd, bytes, path: path)
    }

    /// The entries that were written whole; empty when there is no journal.
    public func read() -> [Entry] {
        guard let (bytes, _) = try? SnapshotFile.readAll(path) else { return [] }
        var entries: [Entry] = []
        var i = 0
        while i + 4 <= bytes.count {
            let n = Int(bytes[i]) << 24 | Int(bytes[i + 1]) << 16 | Int(bytes[i + 2]) << 8 | Int(bytes[i + 3])
            guard n > 0, i + 4 + n <= bytes.count,
                  let value = try? BinaryPlist.decode(Array(bytes[(i + 4)..<(i + 4 + n)])),
                  case .date(let at)? = value["at"], case .array(let items)? = value["edits"] else { break }
            var edits: [DocumentEdit] = []
            for item in items {
                guard let edit = RecoveryJournal.edit(item) else { break }
                edits.append(edit)
            }
            entries.append(Entry(at: at, edits: edits))
            i += 4 + n
        }
        return entries
    }

    public func discard() {
        unlink(path)
    }

    static func flatten(_ edit: DocumentEdit) -> [DocumentEdit] {
        if case .batch(let edits) = edit { return edits.flatMap(flatten) }
        return [edit]
    }

    static func plist(_ edit: DocumentEdit) -> PlistValue {
        switch edit {
        case .put(let record):
            return .dict([("op", .string("put")), ("kind", .string(record.kind.rawValue)), ("record", record.plist)])
        case .remove(let kind, let id):
            return .dict([("op", .string("remove")), ("kind", .string(kind.rawValue)), ("id", .string(id.rawValue))])
        case .insert(let record, _):
            // The journal replays onto a file whose order may differ: a put is what matters.
            return plist(.put(record))
        case .batch(let edits):
            return .array(edits.map(plist))
        }
    }

    static func edit(_ value: PlistValue) -> DocumentEdit? {
        guard case .string(let op)? = value["op"], case .string(let k)? = value["kind"], let kind = RecordKind(rawValue: k) else { return nil }
        switch op {
        case "put":
            guard let record = value["record"], let reader = try? PlistReader(record, path: "record"),
                  let r = try? AnyRecord(kind: kind, plist: reader) else { return nil }
            return .put(r)
        case "remove":
            guard case .string(let id)? = value["id"] else { return nil }
            return .remove(kind, RecordID(id))
        default:
            return nil
        }
    }
}

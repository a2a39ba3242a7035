import Foundation
#if canImport(Glibc)
import Glibc
#endif
import IQCore

extension SnapshotFile {
    /// Removes purged cases from every file beside the data file that belongs to it — any name
    /// starting with `<file>.` (backups, journals of every user and session, damaged copies, temp
    /// files), so it keeps working whatever those files are called. A snapshot is rewritten
    /// without the cases and a journal without their edits, durably (private temp file, fsync,
    /// rename, fsync of the directory); a file that cannot be decoded but holds a trace is
    /// deleted; the cases' Art. 15 reports (CaseReportFile) are deleted too. Run under the lock,
    /// after the data file itself was written without them.
    /// `isReadable` is asked first for each file (a test stands in for a colleague's file).
    public func purgeCopies(_ targets: [PurgeTarget],
                            isReadable: (String) -> Bool = { access($0, R_OK) == 0 }) throws(SnapshotError) {
        guard !targets.isEmpty else { return }
        let ids = Set(targets.map(\.id))
        var unreadable: SnapshotError?
        for companion in companions() where companion != lockPath {
            // Another counsellor's journal (0600, theirs) cannot be checked: the purge is then
            // not complete, and must not be reported as if it were.
            guard isReadable(companion) else {
                if unreadable == nil { unreadable = .unreadable(path: companion, errno: EACCES) }
                continue
            }
            if let loaded = try? SnapshotFile(path: companion).load() {
                try SnapshotFile(path: companion).rewrite(loaded, without: ids)
            } else if let frames = JournalFrames(path: companion) {
                try frames.rewrite(without: ids)
                // An edit this program cannot decode may still hold the case (always with its id):
                // then the journal goes. Names are not asked here — another person may share one.
                if SnapshotFile.holdsTrace(companion, of: targets.flatMap { [$0.id.rawValue, $0.number] }) {
                    try SnapshotFile.remove(companion)
                }
            } else if SnapshotFile.holdsTrace(companion, of: targets.flatMap(\.traces)) {
                try SnapshotFile.remove(companion)
            }
        }
        syncDirectory()
        // Art. 15 reports written from the program hold the case too.
        try CaseReportWriter.removeReports(of: targets, beside: self)
        if let unreadable { throw unreadable }
    }

    /// Every path in the directory whose name starts with the data file's name and a dot.
    func companions() -> [String] {
        let prefix = (path as NSString).lastPathComponent + "."
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasPrefix(prefix) }.sorted().map { directory + "/" + $0 }
    }

    private func rewrite(_ loaded: Loaded, without ids: Set<RecordID>) throws(SnapshotError) {
        var document = loaded.document
        let present = ids.filter { document.cases[$0] != nil }
        guard !present.isEmpty else { return }
        for id in present { document.apply(.remove(.case, id)) }
        let bytes = SnapshotCodec.encode(document, format: loaded.format, savedAt: loaded.header.savedAt, savedBy: loaded.header.savedBy)
        try write(bytes, keepBackup: false)
    }

    static func remove(_ path: String) throws(SnapshotError) {
        if unlink(path) != 0, errno != ENOENT { throw .writeFailed(path: path, errno: errno) }
    }

    /// Whether the raw bytes hold any trace, as UTF-8 (XML, ASCII strings of a binary property
    /// list, the journal) or UTF-16 big-endian (a binary property list's other strings).
    static func holdsTrace(_ path: String, of traces: [String]) -> Bool {
        guard let (bytes, _) = try? readAll(path) else { return false }
        let data = Data(bytes)
        for trace in traces where !trace.isEmpty {
            let utf16 = trace.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
            if data.range(of: Data(trace.utf8)) != nil || data.range(of: Data(utf16)) != nil { return true }
        }
        return false
    }
}

/// A recovery journal read frame by frame, so edits of purged cases can be dropped from any
/// session's journal: the frames are kept whole (whatever a later format adds to them), where
/// RecoveryJournal.read keeps only the edits it understands.
struct JournalFrames {
    let path: String
    var frames: [PlistValue]

    /// Nil unless the file is a journal with at least one whole frame.
    init?(path: String) {
        guard let (bytes, _) = try? SnapshotFile.readAll(path) else { return nil }
        let frames = JournalFraming.frames(bytes)
        guard !frames.isEmpty else { return nil }
        self.path = path
        self.frames = frames
    }

    /// Drops the purged cases' edits (and frames left empty); deletes a journal left with none.
    /// A torn last frame is dropped too: it may hold the case, and a replay ignores it anyway.
    func rewrite(without ids: Set<RecordID>) throws(SnapshotError) {
        let keys = Set(ids.map { "\(RecordKind.case.rawValue)/\($0.rawValue)" })
        var kept: [PlistValue] = []
        var dropped = false
        for frame in frames {
            guard case .dict(let fields) = frame, case .array(let items)? = frame["edits"] else { continue }
            let remaining = items.filter { item in !(RecoveryJournal.edit(item).map { keys.contains($0.edit.purgeKey) } ?? false) }
            dropped = dropped || remaining.count != items.count
            // Every other field of the frame (the time, whatever a later format adds) stays.
            if !remaining.isEmpty { kept.append(.dict(fields.map { ($0.0, $0.0 == "edits" ? .array(remaining) : $0.1) })) }
        }
        guard dropped else { return }
        let bytes = kept.flatMap(JournalFraming.frame)
        // In place, never through a new file: a running session holds its journal's flock on this
        // very inode and appends through it; a renamed-over journal would look like a gone
        // session's to the next start, and the running one's later edits would go nowhere.
        let fd = open(path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 { throw .writeFailed(path: path, errno: errno) }
        defer { close(fd) }
        // Nobody holds an emptied journal's lock: its session is gone, the file can go.
        if kept.isEmpty, flock(fd, LOCK_EX | LOCK_NB) == 0 { return try SnapshotFile.remove(path) }
        try SnapshotFile.writeAll(fd, bytes, path: path)
        if ftruncate(fd, off_t(bytes.count)) != 0 || fsync(fd) != 0 { throw .writeFailed(path: path, errno: errno) }
    }
}

extension DocumentEdit {
    /// "kind/id" of the record a single (flattened) edit touches.
    var purgeKey: String {
        switch self {
        case .put(let r), .insert(let r, _): "\(r.kind.rawValue)/\(r.id.rawValue)"
        case .remove(let k, let id): "\(k.rawValue)/\(id.rawValue)"
        case .batch: "batch"
        }
    }
}

/// Who writes a recovery journal: one running program. Its journal is
/// `<file>.<user>.<host>.<pid>.<start>.journal` (and the open form's draft the same name with
/// `.draft`), so two logins of one person never share a journal. The journal is held under an
/// flock for the session's life: a journal whose lock can be taken belongs to a session that
/// is gone, and only such journals (of the same user) are ever offered or deleted by another.
public struct JournalSession: Equatable, Sendable {
    public var user: String
    public var host: String
    public var pid: Int32
    /// Seconds since 1970 when the program started: a reused pid makes another name.
    public var started: Int

    public init(user: String, host: String = "host", pid: Int32 = 0, started: Int = 0) {
        self.user = user
        self.host = host
        self.pid = pid
        self.started = started
    }

    /// Letters, digits, `-` and `_` only: a name part never holds a dot or a slash.
    static func safe(_ part: String, or fallback: String) -> String {
        let s = String(part.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
        return s.isEmpty ? fallback : s
    }

    public func journalPath(_ file: SnapshotFile) -> String {
        file.sessionPrefix(user: user) + "\(JournalSession.safe(host, or: "host")).\(pid).\(started).journal"
    }

    /// The open form's draft beside the journal; it lives and dies with the journal's lock.
    public static func draftPath(journal: String) -> String {
        journal.hasSuffix(".journal") ? String(journal.dropLast(".journal".count)) + ".draft" : journal + ".draft"
    }
}

extension SnapshotFile {
    /// `<file>.<user>.`: every session journal of one user starts so.
    package func sessionPrefix(user: String) -> String { path + "." + JournalSession.safe(user, or: "user") + "." }

    /// The one journal per user of versions before session journals; still offered once.
    public func legacyJournalPath(user: String) -> String {
        path + ".\(JournalSession.safe(user, or: "user")).journal"
    }
}

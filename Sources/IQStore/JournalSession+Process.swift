import Foundation
import IQCore

extension JournalSession {
    /// This process.
    public static func current(user: String, now: Date = Date()) -> JournalSession {
        var name = [CChar](repeating: 0, count: 256)
        let host = gethostname(&name, name.count) == 0
            ? String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : "host"
        return JournalSession(user: user, host: host, pid: getpid(), started: Int(now.timeIntervalSince1970))
    }
}

extension SnapshotFile {
    /// The journals of `user`'s other sessions (live or gone) and the old per-user journal, by
    /// path; a draft without its journal counts by the journal it belongs to.
    func sessionJournals(user: String) -> [String] {
        let prefix = (sessionPrefix(user: user) as NSString).lastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        var journals: Set<String> = []
        for name in names where name.hasPrefix(prefix) {
            // user.host.pid.start.journal: the user part holds no dot, so another user whose
            // name starts the same way never matches.
            let rest = name.dropFirst(prefix.count).split(separator: ".", omittingEmptySubsequences: false)
            guard rest.count == 4, Int32(rest[1]) != nil, Int(rest[2]) != nil, rest[3] == "journal" || rest[3] == "draft" else { continue }
            journals.insert(sessionPrefix(user: user) + rest.dropLast().joined(separator: ".") + ".journal")
        }
        let legacy = legacyJournalPath(user: user)
        if access(legacy, F_OK) == 0 { journals.insert(legacy) }
        return journals.sorted()
    }
}

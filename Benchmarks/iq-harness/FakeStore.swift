import Foundation
import IQCore
import IQRandom
import IQStore
#if canImport(Glibc)
import Glibc
#endif

/// Values of store types whose initialisers IQCore keeps to itself: taken once from the real
/// store worker on a scratch directory, then varied through their public properties.
struct StoreTemplates {
    var loaded: SnapshotFile.Loaded
    var backup: BackupOffer

    static func make() -> StoreTemplates {
        let dir = NSTemporaryDirectory() + "iq-harness-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try? FileManager.default.removeItem(atPath: dir)
        let file = SnapshotFile(path: dir + "/iq-tui.plist")
        let user = "harness"
        func load() -> [Action] {
            StoreWorker.perform(.load(file: file, seed: Seed.document, session: JournalSession(user: user), mayWrite: true, format: .binary))
        }
        func fail(_ what: String) -> Never {
            FileHandle.standardError.write(Data("iq-harness: cannot prepare the store templates: \(what)\n".utf8))
            exit(2)
        }
        // Creates the file; a second version gives a backup to offer later.
        guard case .store(.loaded(let loaded, _, _))? = load().first else { fail("first load") }
        do {
            try file.withLock { () throws(SnapshotError) -> Void in
                try file.write(SnapshotCodec.encode(Seed.document, format: .binary, savedAt: Date(), savedBy: user))
            }
        } catch {
            fail("\(error)")
        }
        // A damaged file: the worker offers the backup.
        guard FileManager.default.createFile(atPath: file.path, contents: Data("bplist00 damaged".utf8)) else { fail("cannot damage the file") }
        guard case .store(.loadFailed(_, let backup?))? = load().first else { fail("no backup offer") }
        JournalLocks.release(JournalSession(user: user).journalPath(file), delete: true)
        return StoreTemplates(loaded: loaded, backup: backup)
    }
}

/// The data file as the simulated store worker keeps it: the document on disk, its identity,
/// the recovery journal, and whether someone left it unreadable.
final class FakeDisk {
    let path = "/nonexistent/iq-harness/iq-tui.plist"
    var exists = false
    var document = Document()
    /// The version before the last write: what "the newest good backup" holds.
    var previous = Document()
    var identity: FileIdentity
    var savedBy = "harness"
    var savedAt = Date(timeIntervalSince1970: 0)
    /// Session journals by path, and the drafts beside them.
    var journals: [String: [(at: Date, edits: [JournaledEdit])]] = [:]
    var drafts: [String: FormDraft] = [:]
    /// Journals of sessions running now (held locked): the program's own and another login's.
    var live: Set<String> = []
    /// The session the program runs as now.
    var own = ""
    /// Journals offered to the running session (the only others it may delete).
    var offered: Set<String> = []
    /// What the program did to a journal that is not its own and was not offered to it.
    var trespass: String?
    /// Someone wrote something unreadable over the file.
    var damaged = false
    private var generation: Int64 = 0
    let templates: StoreTemplates

    init(templates: StoreTemplates) {
        self.templates = templates
        identity = templates.loaded.identity
    }

    /// A new version on disk: a new identity, as a rename gives one.
    func write(_ document: Document, by user: String, at date: Date) {
        previous = exists ? self.document : document
        self.document = document
        exists = true
        damaged = false
        savedBy = user
        savedAt = date
        bump()
    }

    func bump() {
        generation += 1
        identity.inode = UInt64(1000 + generation)
        identity.size = generation
        identity.modifiedNanoseconds = generation
    }

    var loaded: SnapshotFile.Loaded {
        var l = templates.loaded
        l.document = document
        l.identity = identity
        l.header.savedBy = savedBy
        l.header.savedAt = savedAt
        l.format = .binary
        return l
    }

    var damage: SnapshotError { .notAPropertyList(path: path) }

    /// The program may write or empty only its own journal.
    func check(_ path: String, _ what: String) {
        if path != own { trespass = "\(what) the journal \(path), not its own (\(own))" }
    }

    /// Sometimes (`roll` 0) a second login of the same user starts (a live journal with an edit
    /// and a draft); sometimes (1) one is killed and its journal becomes a gone session's.
    func varySecondLogin(_ roll: Int, pid: Int32, at now: Date) -> String? {
        switch roll {
        case 0:
            let sibling = JournalSession(user: "harness", host: "other", pid: pid).journalPath(SnapshotFile(path: path))
            live.insert(sibling)
            journals[sibling] = [(now, [JournaledEdit(.remove(.partner, "partner.sibling"), base: .absent)])]
            drafts[sibling] = FormDraft(purpose: .newCase, values: [], at: now)
            return "a second login of the same user runs, with an edit and a draft"
        case 1:
            guard let other = live.first(where: { $0 != own }) else { return nil }
            live.remove(other)
            return "the second login was killed"
        default:
            return nil
        }
    }

    /// The program ended: its journal is a gone session's now (kept when it holds anything).
    func endSession(_ journal: String) {
        live.remove(journal)
        if journals[journal]?.isEmpty ?? true, drafts[journal] == nil { journals[journal] = nil }
        offered.removeAll()
    }
}

/// The store worker of the runtime, in memory: effects queue up in order like on the runtime's
/// serial background queue and come back as actions after a random number of steps.
struct FakeWorker {
    struct Job {
        var effect: StoreEffect
        var readyAt: Int
    }

    var queue: [Job] = []
    /// Probability that a save fails (a full disk, a read-only file system).
    var failureRate = 0.04

    var pending: Int { queue.count }

    mutating func enqueue(_ effect: StoreEffect, step: Int, random: inout SeededRandom) {
        // Journal appends are quick; saves and loads take a few steps.
        let delay: Int
        switch effect {
        case .appendJournal, .writeDraft, .discardDraft, .settleOrphans, .endSession: delay = random.below(2)
        // A large file takes a while to load: keys keep coming meanwhile.
        case .load, .restoreBackup: delay = random.below(8) == 0 ? 10 + random.below(80) : random.below(6)
        default: delay = random.below(6)
        }
        queue.append(Job(effect: effect, readyAt: step + delay))
    }

    /// The results of the jobs done by now (in order: a later job waits for an earlier one).
    mutating func finished(step: Int, disk: FakeDisk, random: inout SeededRandom, force: Bool = false) -> [[Action]] {
        var out: [[Action]] = []
        while let job = queue.first, force || job.readyAt <= step {
            queue.removeFirst()
            out.append(perform(job.effect, disk: disk, random: &random))
        }
        return out
    }

    mutating func perform(_ effect: StoreEffect, disk: FakeDisk, random: inout SeededRandom) -> [Action] {
        switch effect {
        case .load(let file, let seed, let session, let mayWrite, _):
            let user = session.user
            disk.own = session.journalPath(file)
            disk.live.insert(disk.own)
            if !disk.exists {
                guard mayWrite else {
                    var l = disk.loaded
                    l.document = seed
                    return [.store(.loaded(l, created: false, writable: false))]
                }
                disk.write(seed, by: user, at: disk.savedAt)
                return [.store(.loaded(disk.loaded, created: true, writable: true))]
            }
            if disk.damaged {
                var offer = disk.templates.backup
                offer.path = disk.path + ".backup-1"
                return [.store(.loadFailed(disk.damage, backup: random.below(3) == 0 ? nil : offer))]
            }
            // Now and then the file (or its directory) may not be written.
            let writable = !mayWrite ? false : random.below(12) != 0
            var actions: [Action] = [.store(.loaded(disk.loaded, created: false, writable: writable))]
            if writable, let offer = FakeWorker.offer(disk, except: disk.own) { actions.append(.store(.recoveryFound(offer))) }
            return actions

        case .save(let request):
            if Double(random.below(10_000)) / 10_000 < failureRate {
                let errors: [SnapshotError] = [.writeFailed(path: disk.path, errno: ENOSPC), .writeFailed(path: disk.path, errno: EROFS),
                                               .writeFailed(path: disk.path, errno: EACCES), .unreadable(path: disk.path, errno: EIO)]
                return [.store(.saveFinished(.failed(random.pick(errors)), generation: request.generation))]
            }
            var toWrite = request.document
            var taken = 0
            if disk.exists, disk.identity != request.baseIdentity {
                // What StoreWorker.save does: read theirs, merge against the common base.
                if disk.damaged { return [.store(.saveFinished(.failed(disk.damage), generation: request.generation))] }
                let merge = DocumentMerge.merge(base: request.base, mine: request.document, theirs: disk.document)
                if !merge.conflicts.isEmpty {
                    return [.store(.saveFinished(.conflicts(theirs: disk.document, identity: disk.identity), generation: request.generation))]
                }
                toWrite = merge.document
                taken = merge.takenFromTheirs
            }
            disk.write(toWrite, by: request.user, at: request.at)
            if let journal = request.journal {
                disk.check(journal, "emptied after a save")
                disk.journals[journal] = []
            }
            return [.store(.saveFinished(.saved(document: toWrite, identity: disk.identity, takenFromOthers: taken, at: request.at),
                                         generation: request.generation))]

        case .appendJournal(let path, let edits, let at):
            disk.check(path, "appended to")
            disk.journals[path, default: []].append((at, edits))
            return []

        case .writeDraft(let journal, let draft):
            disk.check(journal, "draft written")
            disk.drafts[journal] = draft
            return []

        case .discardDraft(let journal):
            disk.check(journal, "draft deleted")
            disk.drafts[journal] = nil
            return []

        case .settleOrphans(let paths):
            for path in paths {
                if disk.live.contains(path) || !disk.offered.contains(path) { disk.trespass = "deleted the journal \(path), not a gone session's one offered" }
                disk.journals[path] = nil
                disk.drafts[path] = nil
                disk.offered.remove(path)
            }
            return []

        case .endSession(let journal):
            disk.endSession(journal)
            return []

        case .checkExternalChange(_, let known):
            guard disk.exists, disk.identity != known else { return [] }
            if disk.damaged { return [.store(.externalChangeUnreadable(disk.damage))] }
            return [.store(.externalChange(disk.loaded))]

        case .restoreBackup(_, _, let mayWrite):
            var l = disk.loaded
            l.document = disk.previous
            guard mayWrite else { return [.store(.loaded(l, created: false, writable: false))] }
            disk.write(disk.previous, by: disk.savedBy, at: disk.savedAt)
            return [.store(.loaded(disk.loaded, created: false, writable: true))]

        case .writeCaseReport(let report):
            // A report file is no part of the data file: written or refused, nothing else.
            if random.below(4) == 0 { return [.cases(.reportFailed(.writeFailed(path: report.path, errno: EACCES)))] }
            return [.cases(.reportWritten(path: report.path))]
        }
    }

    /// What JournalRecovery.offer finds: the journals of gone sessions (never a live one), the
    /// empty ones deleted, one draft at a time.
    static func offer(_ disk: FakeDisk, except own: String) -> RecoveryOffer? {
        let gone = Set(disk.journals.keys).union(disk.drafts.keys).subtracting(disk.live).subtracting([own]).sorted()
        for path in gone where disk.journals[path]?.isEmpty ?? true && disk.drafts[path] == nil {
            disk.journals[path] = nil
        }
        let newestDraft = gone.filter { disk.drafts[$0] != nil }.max { (disk.drafts[$0]?.at ?? .distantPast) < (disk.drafts[$1]?.at ?? .distantPast) }
        let offered = gone.filter { (disk.drafts[$0] == nil && !(disk.journals[$0]?.isEmpty ?? true)) || $0 == newestDraft }
        guard !offered.isEmpty else { return nil }
        let entries = offered.flatMap { disk.journals[$0] ?? [] }.sorted { $0.at < $1.at }
        let edits = entries.flatMap(\.edits)
        var bases: [RecordRef: RecordBase] = [:]
        for e in edits { bases[FakeWorker.ref(e.edit)] = e.base }
        disk.offered = Set(offered)
        let draft = newestDraft.flatMap { disk.drafts[$0] }
        return RecoveryOffer(edits: edits.map(\.edit), bases: bases, entries: entries.count, firstAt: entries.first?.at,
                             lastAt: entries.last?.at ?? draft?.at ?? Date(timeIntervalSince1970: 0), records: bases.count,
                             journals: offered, draft: draft)
    }

    static func ref(_ edit: DocumentEdit) -> RecordRef {
        switch edit {
        case .put(let r), .insert(let r, _): RecordRef(r.kind, r.id)
        case .remove(let k, let id): RecordRef(k, id)
        case .batch: RecordRef(.partner, "batch")
        }
    }

    static func touched(_ edit: DocumentEdit) -> String {
        switch edit {
        case .put(let r), .insert(let r, _): "\(r.kind.rawValue)/\(r.id.rawValue)"
        case .remove(let k, let id): "\(k.rawValue)/\(id.rawValue)"
        case .batch: "batch"
        }
    }
}

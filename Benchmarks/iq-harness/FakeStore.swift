import Foundation
import IQCore
#if canImport(Glibc)
import Glibc
#endif

/// Values of store types whose initialisers IQCore keeps to itself: taken once from the real
/// store worker on a scratch directory, then varied through their public properties.
struct StoreTemplates {
    var loaded: SnapshotFile.Loaded
    var recovery: RecoveryOffer
    var backup: BackupOffer

    static func make() -> StoreTemplates {
        let dir = NSTemporaryDirectory() + "iq-harness-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try? FileManager.default.removeItem(atPath: dir)
        let file = SnapshotFile(path: dir + "/iq-tui.plist")
        let user = "harness"
        func load() -> [Action] {
            StoreWorker.perform(.load(file: file, seed: Seed.document, user: user, mayWrite: true, format: .binary))
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
            try RecoveryJournal(file: file, user: user).append([.remove(.partner, "partner.none")], at: Date())
        } catch {
            fail("\(error)")
        }
        var recovery: RecoveryOffer?
        for case .store(.recoveryFound(let offer)) in load() { recovery = offer }
        guard let recovery else { fail("no recovery offer") }
        // A damaged file: the worker offers the backup.
        guard FileManager.default.createFile(atPath: file.path, contents: Data("bplist00 damaged".utf8)) else { fail("cannot damage the file") }
        guard case .store(.loadFailed(_, let backup?))? = load().first else { fail("no backup offer") }
        return StoreTemplates(loaded: loaded, recovery: recovery, backup: backup)
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
    var journal: [(at: Date, edits: [DocumentEdit])] = []
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
        case .appendJournal, .discardJournal: delay = random.below(2)
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
        case .load(_, let seed, let user, let mayWrite, _):
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
            if let last = disk.journal.last {
                var offer = disk.templates.recovery
                offer.edits = disk.journal.flatMap(\.edits)
                offer.entries = disk.journal.count
                offer.lastAt = last.at
                offer.records = Set(offer.edits.map(FakeWorker.touched)).count
                actions.append(.store(.recoveryFound(offer)))
            }
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
            disk.journal.removeAll()
            return [.store(.saveFinished(.saved(document: toWrite, identity: disk.identity, takenFromOthers: taken, at: request.at),
                                         generation: request.generation))]

        case .appendJournal(_, _, let edits, let at):
            disk.journal.append((at, edits))
            return []

        case .discardJournal:
            disk.journal.removeAll()
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

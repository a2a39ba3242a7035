// iq-torture: abuse for the snapshot store, driven by Tests/IQCoreTests/SnapshotCrashTests.swift.
//
//   iq-torture save-loop FILE
//       Creates FILE from the seed dataset when it is missing, then saves forever, alternating
//       document A (the seed) and document B (the seed with every partner's role suffixed
//       " #n", n counting the saves). Prints nothing; meant to be SIGKILLed at random moments.
//
//   iq-torture edit FILE PARTNER-ID COUNT
//       COUNT times: load FILE, set the partner's role to "<pid>-<i>", save through
//       StoreWorker (lock, merge with others' changes, write). One line per save on stdout,
//       fields separated by tabs:
//           saved     i  base-role  new-role  taken-from-others
//           conflict  i  base-role  their-role
//           failed    i  error
//       then "summary saved=S conflicts=C failed=F".
//       Exit 0 when every save was .saved, 3 when any met a conflict, 4 when any failed.

import Foundation
import IQCore
import IQStore
#if canImport(Glibc)
import Glibc
#endif

func fail(_ text: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data((text + "\n").utf8))
    exit(code)
}

let usage = """
    usage: iq-torture save-loop FILE
           iq-torture edit FILE PARTNER-ID COUNT
    """

/// A copy of `document` with `transform` applied to every partner's role.
func withRoles(_ document: Document, _ transform: (String) -> String) -> Document {
    var d = document
    for var p in document.partners.items {
        p.role = transform(p.role)
        d.partners.put(p)
    }
    return d
}

/// Makes the file from the seed when it does not exist yet.
func createIfMissing(_ file: SnapshotFile) {
    guard !file.exists else { return }
    do {
        try DataLocation.ensureDirectory(file.directory)
        try file.withLock { () throws(SnapshotError) -> Void in
            guard !file.exists else { return }
            try file.write(SnapshotCodec.encode(Seed.document, format: .binary, savedAt: Date(), savedBy: "iq-torture"))
        }
    } catch {
        fail("cannot create \(file.path): \(error)", code: 2)
    }
}

func saveLoop(_ path: String) -> Never {
    let file = SnapshotFile(path: path)
    createIfMissing(file)
    let seed = Seed.document
    var n = 0
    while true {
        n += 1
        let document = n % 2 == 0 ? seed : withRoles(seed) { "\($0) #\(n)" }
        let bytes = SnapshotCodec.encode(document, format: .binary, savedAt: Date(), savedBy: "iq-torture #\(n)")
        do {
            try file.withLock { () throws(SnapshotError) -> Void in
                try file.write(bytes)
            }
        } catch {
            fail("save \(n) failed: \(error)", code: 4)
        }
    }
}

/// A save request as the program itself builds one: through the store reducer, from the
/// loaded base and the changed document.
func saveRequest(file: SnapshotFile, loaded: SnapshotFile.Loaded, mine: Document, user: String) -> SaveRequest? {
    var state = AppState(document: mine, store: StoreState(file: file, user: user))
    state.store.phase = .ready
    state.store.base = loaded.document
    state.store.baseIdentity = loaded.identity
    state.store.format = loaded.format
    let environment = Environment(now: { Date() }, newID: { RecordID(UUID().uuidString.lowercased()) }, userName: user)
    let effects = AppReducer.reduce(into: &state, action: .store(.save), environment: environment)
    for effect in effects {
        if case .store(.save(let request)) = effect { return request }
    }
    return nil
}

func edit(_ path: String, partner: RecordID, count: Int) -> Never {
    let file = SnapshotFile(path: path)
    let pid = getpid()
    let user = "torture-\(pid)"
    var saved = 0, conflicts = 0, failed = 0
    func line(_ fields: String...) { print(fields.joined(separator: "\t")) }

    for i in stride(from: 1, through: count, by: 1) {
        let loaded: SnapshotFile.Loaded
        do {
            loaded = try file.load()
        } catch {
            failed += 1
            line("failed", String(i), "load: \(error)")
            continue
        }
        guard var record = loaded.document.partners[partner] else {
            fail("no partner \(partner) in \(path)", code: 2)
        }
        let baseRole = record.role
        record.role = "\(pid)-\(i)"
        var mine = loaded.document
        mine.partners.put(record)
        guard let request = saveRequest(file: file, loaded: loaded, mine: mine, user: user) else {
            fail("the store reducer did not ask for a save", code: 2)
        }
        var outcome: SaveOutcome?
        for action in StoreWorker.perform(.save(request)) {
            if case .store(.saveFinished(let o, _)) = action { outcome = o }
        }
        switch outcome {
        case .saved(_, _, let taken, _)?:
            saved += 1
            line("saved", String(i), baseRole, record.role, String(taken))
        case .conflicts(let theirs, _)?:
            conflicts += 1
            line("conflict", String(i), baseRole, theirs.partners[partner]?.role ?? "(none)")
        case .failed(let error)?:
            failed += 1
            line("failed", String(i), "\(error)")
        case nil:
            failed += 1
            line("failed", String(i), "no outcome")
        }
    }
    print("summary saved=\(saved) conflicts=\(conflicts) failed=\(failed)")
    fflush(nil)
    exit(failed > 0 ? 4 : conflicts > 0 ? 3 : 0)
}

let args = CommandLine.arguments
switch args.count > 1 ? args[1] : "" {
case "save-loop" where args.count == 3:
    saveLoop(args[2])
case "edit" where args.count == 5:
    guard let count = Int(args[4]), count >= 0 else { fail(usage, code: 2) }
    edit(args[2], partner: RecordID(args[3]), count: count)
default:
    fail(usage, code: 2)
}

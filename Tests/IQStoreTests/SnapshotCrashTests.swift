import Foundation
import XCTest
import IQTestSupport
@testable import IQCore
@testable import IQStore
#if canImport(Glibc)
import Glibc
#endif

/// Other processes: a saver killed at random moments, two editors at once, and Python's plistlib
/// reading what the program writes.
final class SnapshotCrashTests: SnapshotTestCase {
    /// Whether a document is document A (the seed) or document B of `iq-torture save-loop` (every
    /// role suffixed with the same " #n"); returns "A", "B #n", or nil for anything else.
    private func saveLoopVersion(_ document: Document) -> String? {
        let seed = Seed.document
        guard document.partners.items.map(\.id) == seed.partners.items.map(\.id),
              document.sites == seed.sites, document.measures == seed.measures else { return nil }
        if document == seed { return "A" }
        guard let first = document.partners.items.first, let original = seed.partners[first.id],
              first.role.hasPrefix(original.role) else { return nil }
        let suffix = String(first.role.dropFirst(original.role.count))
        guard suffix.hasPrefix(" #"), Int(suffix.dropFirst(2)) != nil else { return nil }
        return document == seedWithRoles(suffix: suffix) ? "B\(suffix)" : nil
    }

    func testKilledSaverNeverLeavesABrokenFile() throws {
        let tool = try TortureTool.require()
        try save(Seed.document)
        let initial = file.identity
        var rng = SnapshotTestRandom(seed: 0x1A_2018)
        var versions: Set<String> = []
        var leftoverTemps = 0

        /// Kills the saver and checks what it left.
        func kill(_ saver: TortureTool.Running, round: Int) {
            XCTAssertEqual(Glibc.kill(saver.pid, SIGKILL), 0)
            let (status, output) = saver.finish()
            XCTAssertEqual(status, SIGKILL, "round \(round): killed, not ended on its own")
            XCTAssertEqual(output, "", "save-loop prints nothing")

            // The data file is always a whole snapshot: A or B, never a mix, never a temp file.
            do {
                let loaded = try file.load()
                let version = saveLoopVersion(loaded.document)
                XCTAssertNotNil(version, "round \(round): a document that is neither A nor B")
                versions.insert(version ?? "?")
                var s = stat()
                XCTAssertEqual(lstat(dataPath, &s), 0)
                XCTAssertEqual(s.st_mode & S_IFMT, S_IFREG)
                XCTAssertEqual(s.st_mode & 0o7777, 0o600)
            } catch {
                XCTFail("round \(round): the data file does not load: \(error)")
            }
            // Backups are hard links of whole files or renames of them: each one loads too.
            for n in 1...SnapshotFile.backupCount where fileMode(file.backupPath(n)) != nil {
                XCTAssertNoThrow(try SnapshotFile(path: file.backupPath(n)).load(), "round \(round): backup-\(n)")
            }
            // A kill between creating and renaming the temp file leaves `<file>.tmp-<pid>-<n>`:
            // harmless (never read, never the data file), but remove it to keep the next round clean.
            for name in listing() where name.hasPrefix("iq-tui.plist.tmp-") {
                leftoverTemps += 1
                XCTAssertEqual(unlink(dir + "/" + name), 0)
            }
            XCTAssertNil(listing().first { !$0.hasPrefix("iq-tui.plist") }, "round \(round): a stray file")
        }

        for round in 0..<40 {
            let saver = try TortureTool.Running(tool, ["save-loop", dataPath])
            usleep(UInt32.random(in: 5_000...60_000, using: &rng))
            kill(saver, round: round)
        }
        // On a slow machine the saver may never have got going within the delays: one more round
        // that waits until it has saved (not a time limit on the program: it only makes sure the
        // test saw kills during real saving).
        if !versions.contains(where: { $0.hasPrefix("B #") }) {
            let saver = try TortureTool.Running(tool, ["save-loop", dataPath])
            for _ in 0..<1000 where file.identity == initial { usleep(10_000) }
            usleep(UInt32.random(in: 0...5_000, using: &rng))
            kill(saver, round: 40)
        }
        XCTAssertNotEqual(file.identity, initial, "the saver saved at some point")
        print("killed saver: \(versions.count) distinct versions seen, \(leftoverTemps) harmless temp files removed")
    }

    /// One line of `iq-torture edit` output.
    private struct EditLine {
        var kind: String
        var i: Int
        var base: String
        var value: String
    }

    private func parse(_ output: String) -> [EditLine] {
        output.split(separator: "\n").compactMap { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 4, let i = Int(f[1]) else { return nil }
            return EditLine(kind: f[0], i: i, base: f[2], value: f[3])
        }
    }

    func testTwoEditorsOfDifferentPartnersLoseNothing() throws {
        let tool = try TortureTool.require()
        try save(withRole(withRole(Seed.document, "partner.whkt", "start"), "partner.mozaik", "start"))
        let a = try TortureTool.Running(tool, ["edit", dataPath, "partner.whkt", "20"])
        let b = try TortureTool.Running(tool, ["edit", dataPath, "partner.mozaik", "20"])
        let (statusA, outA) = a.finish()
        let (statusB, outB) = b.finish()
        XCTAssertEqual(statusA, 0, outA)
        XCTAssertEqual(statusB, 0, outB)
        XCTAssertTrue(outA.hasSuffix("summary saved=20 conflicts=0 failed=0\n"), outA)
        XCTAssertTrue(outB.hasSuffix("summary saved=20 conflicts=0 failed=0\n"), outB)

        let final = try file.load().document
        XCTAssertEqual(final.partners["partner.whkt"]?.role, "\(a.pid)-20")
        XCTAssertEqual(final.partners["partner.mozaik"]?.role, "\(b.pid)-20")
        let expected = withRole(withRole(Seed.document, "partner.whkt", "\(a.pid)-20"), "partner.mozaik", "\(b.pid)-20")
        XCTAssertEqual(final, expected, "nothing else changed")
        // Each editor's own change chain is unbroken: every save started from its previous value.
        for (pid, out) in [(a.pid, outA), (b.pid, outB)] {
            let lines = parse(out)
            XCTAssertEqual(lines.map(\.base), ["start"] + (1..<20).map { "\(pid)-\($0)" })
        }
    }

    /// Two editors of the same partner. StoreWorker.save, under the lock, writes without merging
    /// only when the file's identity equals the identity the editor loaded; otherwise it merges
    /// against the loaded base, and the partner — changed by this editor to a value never used
    /// before — merges without conflict only if the file still holds the role the editor loaded
    /// (theirs == base). So every `.saved` replaced exactly the version it loaded: the successful
    /// saves form one chain from the first role to the final one, each starting from the value
    /// of the one before, and no two start from the same value (that would be a lost update).
    func testTwoEditorsOfOnePartnerNeverOverwriteSilently() throws {
        let tool = try TortureTool.require()
        try save(withRole(Seed.document, "partner.whkt", "start"))
        let a = try TortureTool.Running(tool, ["edit", dataPath, "partner.whkt", "20"])
        let b = try TortureTool.Running(tool, ["edit", dataPath, "partner.whkt", "20"])
        let (statusA, outA) = a.finish()
        let (statusB, outB) = b.finish()
        XCTAssertTrue([0, 3].contains(statusA), outA)
        XCTAssertTrue([0, 3].contains(statusB), outB)

        let lines = parse(outA) + parse(outB)
        XCTAssertEqual(lines.count, 40, outA + outB)
        XCTAssertTrue(lines.allSatisfy { $0.kind == "saved" || $0.kind == "conflict" }, outA + outB)
        let saves = lines.filter { $0.kind == "saved" }
        for c in lines where c.kind == "conflict" {
            XCTAssertNotEqual(c.value, c.base, "a conflict only when the file no longer held the loaded role")
        }
        var next: [String: String] = [:]
        for s in saves {
            XCTAssertNil(next[s.base], "two saves started from '\(s.base)': one overwrote the other unseen")
            next[s.base] = s.value
        }
        var chain = ["start"]
        while let v = next[chain[chain.count - 1]], chain.count <= saves.count { chain.append(v) }
        XCTAssertEqual(chain.count - 1, saves.count, "every save is a link of one chain: \(chain)")
        let final = try file.load().document.partners["partner.whkt"]?.role
        XCTAssertEqual(final, chain.last, "the file holds the end of the chain")
        if statusA == 0, statusB == 0 {
            XCTAssertTrue(final == "\(a.pid)-20" || final == "\(b.pid)-20", "no conflict: the last save of one of them")
        } else {
            XCTAssertTrue(lines.contains { $0.kind == "conflict" }, "exit 3 means a conflict was surfaced")
        }
    }

    func testPythonPlistlibReadsBothFormats() throws {
        let candidates: [String] = ["/usr/bin/python3", "/usr/local/bin/python3", "/bin/python3"]
        var python = candidates.first { access($0, X_OK) == 0 }
        if python == nil {
            python = TortureTool.run("/bin/sh", ["-c", "command -v python3"])?.output.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        guard let python, !python.isEmpty, access(python, X_OK) == 0 else { throw XCTSkip("python3 not found") }
        let script = """
            import plistlib, sys
            with open(sys.argv[1], 'rb') as f:
                d = plistlib.load(f)
            p = d['partners']
            print(d['formatVersion'], len(p), len(d['sites']), len(d['measures']), d['savedAt'].isoformat(), d['savedBy'])
            print(p[0]['id'], p[0]['name'])
            print(d['sites'][0].get('latitude'), d['measures'][0].get('allocationCents'))
            """
        let document = Seed.document
        guard let firstPartner = document.partners.items.first, let firstSite = document.sites.items.first,
              let firstMeasure = document.measures.items.first else { return XCTFail("seed is empty") }
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONIOENCODING"] = "utf-8"
        for format in SnapshotFormat.allCases {
            let path = "\(dir)/seed-\(format).plist"
            try SnapshotFile(path: path).write(SnapshotCodec.encode(document, format: format, savedAt: Date(timeIntervalSince1970: 1_704_164_645),
                                                                    savedBy: "Jürgen 🙂"))
            guard let (status, output) = TortureTool.run(python, ["-c", script, path], environment: environment) else {
                throw XCTSkip("python3 cannot be started")
            }
            XCTAssertEqual(status, 0, output)
            let lines = output.split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.first, "3 92 27 8 2024-01-02T03:04:05 Jürgen 🙂", "\(format)")
            XCTAssertEqual(lines.dropFirst().first, "\(firstPartner.id) \(firstPartner.name)", "\(format)")
            let latitude = firstSite.coordinate.map { "\($0.latitude)" } ?? "None"
            let allocation = firstMeasure.allocation.map { "\($0.cents)" } ?? "None"
            XCTAssertEqual(lines.dropFirst(2).first, "\(latitude) \(allocation)", "\(format)")
        }
    }
}

import Foundation
import XCTest
import IQTestSupport
@testable import IQCore
@testable import IQStore

/// Issue 13 §1: a termination signal ends the program within a second even while it is busy.
/// The real program in a pseudo-terminal (python3's pty), reading a data file large enough that
/// its load takes seconds in a debug build; SIGTERM comes while the spinner shows.
final class TerminationTests: XCTestCase {
    /// Starts iq-tui on `data` in a pty, sends `signal` after `delay` seconds; prints the seconds
    /// from the signal to the exit and the exit status.
    private static let driver = """
        import os, pty, signal, sys, time, select
        binary, data, delay, sig = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
        pid, fd = pty.fork()
        if pid == 0:
            os.environ["TERM"] = "xterm-256color"
            os.execv(binary, [binary, "--data", data])
        def drain(t):
            end = time.time() + t
            while time.time() < end:
                r, _, _ = select.select([fd], [], [], 0.02)
                if r:
                    try: os.read(fd, 65536)
                    except OSError: return
        drain(delay)
        start = time.time()
        os.kill(pid, sig)
        status = None
        while time.time() - start < 20:
            drain(0.01)
            done, st = os.waitpid(pid, os.WNOHANG)
            if done:
                status = st
                break
        if status is None:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            print("timeout")
        else:
            print("%.3f %d" % (time.time() - start, os.waitstatus_to_exitcode(status)))
        """

    func testSIGTERMWhileALargeFileLoadsEndsTheProgramWithinASecond() throws {
        let binary = try ProgramRun.binary()
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { throw XCTSkip("python3 not found") }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("iq-term-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // 40,000 partners: seconds to load in a debug build, the UI loop idle meanwhile.
        let partners = (0..<40_000).map { i in
            Partner(id: RecordID("p.\(i)"), name: "Beratung Anerkennung Zentrum Köln \(i)", shortName: "P\(i)", category: .chamber,
                    level: .state, fieldsOfAction: [.counselling], cities: ["Köln", "Düsseldorf"],
                    role: "Rolle im Netzwerk Nummer \(i) mit Umlauten äöü ß", website: "example-\(i).de", email: "p\(i)@example.de",
                    phone: "0211-\(100_000 + i)", address: "Straße \(i), 40221 Köln", relations: [Relation(.cooperatesWith, RecordID("p.\((i * 7) % 40_000)"))])
        }
        let data = dir + "/big.plist"
        let file = SnapshotFile(path: data)
        try file.write(SnapshotCodec.encode(Document(partners: partners), format: .binary, savedAt: Date(), savedBy: "test"))
        let script = dir + "/drive.py"
        try Self.driver.write(toFile: script, atomically: true, encoding: .utf8)

        let run = try XCTUnwrap(TortureTool.run("/usr/bin/python3", [script, binary, data, "0.3", String(SIGTERM)],
                                                        environment: ["HOME": dir, "XDG_DATA_HOME": dir, "XDG_CONFIG_HOME": dir, "PATH": "/usr/bin:/bin"]))
        let fields = run.output.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let seconds = try XCTUnwrap(Double(fields.first ?? ""), run.output)
        XCTAssertLessThan(seconds, 1.0, "the end came \(seconds) s after SIGTERM")
        XCTAssertEqual(fields.last, "0", "exit status")
        // The file is untouched and whole.
        XCTAssertEqual(try file.load().document.partners.count, 40_000)
    }
}

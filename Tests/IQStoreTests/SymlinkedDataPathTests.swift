import Foundation
import XCTest
import IQTestSupport
@testable import IQCore
@testable import IQStore

/// Issue 13 §7: a symlinked data path is explained in words, with the path it leads to.
final class SymlinkedDataPathTests: XCTestCase {
    private var home = ""

    override func setUpWithError() throws {
        home = NSTemporaryDirectory() + "iq-small-things-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: home)
    }

    func testASymlinkedDataPathIsExplainedWithItsTarget() throws {
        let target = home + "/real.plist"
        let link = home + "/link.plist"
        try SnapshotFile(path: target).write(SnapshotCodec.encode(Seed.document, format: .binary, savedAt: Date(), savedBy: "x"))
        XCTAssertEqual(symlink(target, link), 0)
        XCTAssertTrue(FileManager.default.createFile(atPath: home + "/p.csv", contents: Data("Name\nStelle\n".utf8)))

        let de = try ProgramRun.run(["import", "partners", "p.csv", "--data", link], home: home, user: "tester")
        XCTAssertEqual(de.status, 1)
        XCTAssertEqual(de.err, "\(link) ist ein symbolischer Link; iq-tui folgt keinen Links für personenbezogene Daten. "
                       + "Geben Sie den Zielpfad mit --data an: \(target)\n")
        XCTAssertTrue(FileManager.default.createFile(atPath: home + "/c.csv", contents: Data("Fallnummer;Vorname;Nachname\n;Anna;B\n".utf8)))
        let en = try ProgramRun.run(["import", "cases", "c.csv", "--data", link], home: home, language: "en", user: "tester")
        XCTAssertTrue(en.err.contains("\(link) is a symbolic link; iq-tui does not follow links for personal data. Give the target path with --data: \(target)"), en.err)

        // The full-screen program says it at once, on the unreadable-file screen, rather than
        // failing every save later; read-only it simply reads through the link.
        let actions = StoreWorker.load(SnapshotFile(path: link), seed: Seed.document, session: JournalSession(user: "t"), mayWrite: true, format: .binary)
        XCTAssertEqual(actions, [.store(.loadFailed(.symlink(path: link, target: target), backup: nil))])
        let readOnly = StoreWorker.load(SnapshotFile(path: link), seed: Seed.document, session: JournalSession(user: "t"), mayWrite: false, format: .binary)
        guard case .store(.loaded(_, created: false, writable: false))? = readOnly.first else { return XCTFail("\(readOnly)") }
    }
}

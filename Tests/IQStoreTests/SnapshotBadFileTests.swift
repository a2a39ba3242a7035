import Foundation
import XCTest
import IQTestSupport
@testable import IQCore
@testable import IQStore
#if canImport(Glibc)
import Glibc
#endif

/// Files the program cannot read: each must give the right error, must never be modified, and
/// must make the worker report `.loadFailed` (offering a good backup when there is one).
final class SnapshotBadFileTests: SnapshotTestCase {
    private let savedAt = Date(timeIntervalSince1970: 1_732_547_280)

    private var seedBinary: [UInt8] { SnapshotCodec.encode(Seed.document, format: .binary, savedAt: savedAt, savedBy: "x") }
    private var seedXML: [UInt8] { SnapshotCodec.encode(Seed.document, format: .xml, savedAt: savedAt, savedBy: "x") }

    /// Writes `bytes` to the data path and checks `load()` and the worker against `expected`.
    /// Returns the error `load()` threw.
    @discardableResult
    private func check(_ name: String, _ bytes: [UInt8], file testFile: StaticString = #filePath, line: UInt = #line,
                       _ expected: (SnapshotError) -> Bool) -> SnapshotError? {
        put(bytes, at: dataPath)
        return checkInPlace(name, file: testFile, line: line, expected)
    }

    /// Checks whatever is at the data path now.
    @discardableResult
    private func checkInPlace(_ name: String, file testFile: StaticString = #filePath, line: UInt = #line,
                              _ expected: (SnapshotError) -> Bool) -> SnapshotError? {
        let before = fileBytes(dataPath)
        let identity = file.identity
        let names = listing()
        var thrown: SnapshotError?
        do {
            _ = try file.load()
            XCTFail("\(name): loaded", file: testFile, line: line)
        } catch {
            thrown = error
            XCTAssertTrue(expected(error), "\(name): unexpected \(error)", file: testFile, line: line)
            XCTAssertEqual(error.path, dataPath, "\(name): the error names the file", file: testFile, line: line)
        }
        for mayWrite in [true, false] {
            let actions = StoreWorker.perform(.load(file: file, seed: Seed.document, session: JournalSession(user: "anna"), mayWrite: mayWrite, format: .binary))
            if actions.count == 1, case .store(.loadFailed(let error, let backup)) = actions[0] {
                XCTAssertEqual(error, thrown, "\(name): the worker reports the same error", file: testFile, line: line)
                XCTAssertEqual(backup, expectedBackup, "\(name): backup offer", file: testFile, line: line)
            } else {
                XCTFail("\(name): worker returned \(actions)", file: testFile, line: line)
            }
        }
        XCTAssertEqual(fileBytes(dataPath), before, "\(name): bytes unchanged", file: testFile, line: line)
        XCTAssertEqual(file.identity, identity, "\(name): not replaced", file: testFile, line: line)
        XCTAssertEqual(listing(), names, "\(name): no file created or removed", file: testFile, line: line)
        return thrown
    }

    /// What the worker should offer: the good backup-1 when the test made one.
    private var expectedBackup: BackupOffer?

    private func runCorpus() {
        check("empty file", []) { $0 == .empty(path: dataPath) }

        var rng = SnapshotTestRandom(seed: 2024)
        for n in [1, 7, 100, 4096] {
            var noise = (0..<n).map { _ in UInt8.random(in: 0...255, using: &rng) }
            noise[0] = 0xFF   // neither "bplist" nor "<" nor white space
            check("random \(n) bytes", noise) { $0 == .notAPropertyList(path: dataPath) }
        }
        let fakeBinary = Array("bplist00".utf8) + (0..<200).map { _ in UInt8.random(in: 0...255, using: &rng) }
        check("bplist00 and random bytes", fakeBinary) { $0 == .notAPropertyList(path: dataPath) || $0 == .truncated(path: dataPath) }
        check("text file", Array("Name;Ort\nCaritas;Köln\n".utf8)) { $0 == .notAPropertyList(path: dataPath) }

        // A binary snapshot cut short. Its trailer (offsets, object count) is at the end, so a
        // cut file is only told apart from a damaged one when it is shorter than a trailer.
        let binary = seedBinary
        for cut in [1, 3, 5, 6, 7, 8, 20, 40] {
            check("binary cut at \(cut)", Array(binary.prefix(cut))) { $0 == .truncated(path: dataPath) }
        }
        for cut in [41, 100, binary.count / 3, binary.count / 2, binary.count - 33, binary.count - 32, binary.count - 1] {
            check("binary cut at \(cut) of \(binary.count)", Array(binary.prefix(cut))) {
                $0 == .truncated(path: dataPath) || $0 == .notAPropertyList(path: dataPath)
            }
        }

        let xml = seedXML
        let closing = Array("</plist>\n".utf8).count
        for cut in [1, 5, 39, 44, 100, xml.count / 3, xml.count / 2, xml.count - closing - 1, xml.count - closing, xml.count - 3] {
            check("XML cut at \(cut) of \(xml.count)", Array(xml.prefix(cut))) { $0 == .truncated(path: dataPath) }
        }

        for (format, bytes) in [("binary", BinaryPlist.encode(.array([.string("a"), .integer(1)]))),
                                ("XML", XMLPlist.encode(.array([.string("a"), .integer(1)]))),
                                ("binary", BinaryPlist.encode(.string("nur Text"))),
                                ("XML", XMLPlist.encode(.dict([("partners", .array([]))])))] {
            check("\(format) plist that is not a snapshot", bytes) {
                guard case .wrongSchema(dataPath, let detail) = $0 else { return false }
                return detail.contains("expected a dictionary") || detail.contains("formatVersion: missing")
            }
        }

        let root = SnapshotCodec.plist(Seed.document, savedAt: savedAt, savedBy: "x")
        guard case .array(var partners)? = root["partners"], case .dict(var first) = partners[0] else { return XCTFail("no partners") }
        if let i = first.firstIndex(where: { $0.0 == "name" }) { first[i].1 = .integer(42) }
        partners[0] = .dict(first)
        let wrongType = plistReplacing(root, key: "partners", with: .array(partners))
        for bytes in [BinaryPlist.encode(wrongType), XMLPlist.encode(wrongType)] {
            let error = check("partners[0].name an integer", bytes) {
                guard case .wrongSchema(dataPath, let detail) = $0 else { return false }
                return detail.contains("partners[0].name") && detail.contains("expected text")
            }
            if case .wrongSchema(_, let detail)? = error { XCTAssertEqual(detail, "partners[0].name: expected text") }
        }
        let badEnum = plistReplacing(root, key: "sites", with: .array([.dict([("id", .string("s")), ("revision", .integer(1)),
                                                                         ("modifiedAt", .date(savedAt)), ("name", .string("S")),
                                                                         ("services", .array([.string("teleportation")]))])]))
        check("unknown service", BinaryPlist.encode(badEnum)) { $0 == .wrongSchema(path: dataPath, detail: "sites[0].services[0]: unknown value") }

        let newer = plistReplacing(root, key: "formatVersion", with: .integer(99))
        check("formatVersion 99", BinaryPlist.encode(newer)) { $0 == .newerFormat(path: dataPath, found: 99, supported: SnapshotCodec.formatVersion) }
        check("formatVersion 99 (XML)", XMLPlist.encode(newer)) { $0 == .newerFormat(path: dataPath, found: 99, supported: SnapshotCodec.formatVersion) }
    }

    func testBadFilesWithoutBackup() {
        expectedBackup = nil
        runCorpus()
    }

    func testBadFilesOfferTheGoodBackup() throws {
        let backupDate = Date(timeIntervalSince1970: 1_700_000_123)
        try SnapshotFile(path: file.backupPath(1)).write(SnapshotCodec.encode(Seed.document, format: .binary, savedAt: backupDate, savedBy: "x"))
        expectedBackup = BackupOffer(path: file.backupPath(1), savedAt: backupDate)
        runCorpus()
        try directoryAtPath()
    }

    func testDirectoryAtThePath() throws {
        try directoryAtPath()
    }

    private func directoryAtPath() throws {
        unlink(dataPath)
        XCTAssertEqual(mkdir(dataPath, 0o700), 0)
        checkInPlace("a directory") { $0 == .unreadable(path: dataPath, errno: EISDIR) }
        var s = stat()
        XCTAssertEqual(stat(dataPath, &s), 0)
        XCTAssertEqual(s.st_mode & S_IFMT, S_IFDIR, "still a directory")
        XCTAssertEqual(listing(dataPath), [])
        rmdir(dataPath)
    }

    func testFileWithoutReadPermission() throws {
        if getuid() == 0 { throw XCTSkip("root reads every file") }
        put(seedBinary, at: dataPath, mode: 0o200)
        checkInPlace("write-only file") { $0 == .unreadable(path: dataPath, errno: EACCES) }
        XCTAssertEqual(fileMode(dataPath), 0o200)
    }

    func testRestoringTheBackupKeepsTheDamagedFileAside() throws {
        let backupDate = Date(timeIntervalSince1970: 1_700_000_123)
        try SnapshotFile(path: file.backupPath(1)).write(SnapshotCodec.encode(Seed.document, format: .xml, savedAt: backupDate, savedBy: "x"))
        let damaged = Array(seedBinary.prefix(500))
        put(damaged, at: dataPath)
        let actions = StoreWorker.perform(.restoreBackup(file: file, backupPath: file.backupPath(1), mayWrite: true))
        guard actions.count == 1, case .store(.loaded(let loaded, created: false, writable: true)) = actions[0] else {
            return XCTFail("\(actions)")
        }
        XCTAssertEqual(loaded.document, Seed.document)
        XCTAssertEqual(try file.load().document, Seed.document)
        XCTAssertEqual(try file.load().format, .xml)
        let aside = listing().filter { $0.contains(".damaged-") }
        XCTAssertEqual(aside.count, 1)
        if let name = aside.first {
            XCTAssertEqual(fileBytes(dir + "/" + name), damaged, "the damaged file is kept, byte for byte")
            XCTAssertEqual(fileMode(dir + "/" + name), 0o600)
        }
    }
}

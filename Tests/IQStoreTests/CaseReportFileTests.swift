import Foundation
import XCTest
@testable import IQCore
import IQTestSupport
@testable import IQStore
#if canImport(Glibc)
import Glibc
#endif

/// The Art. 15 report written by the store worker: a private file in a private directory inside
/// the data directory, never through a link.
final class CaseReportFileTests: SnapshotTestCase {
    func report(_ text: String = "Auskunft nach Art. 15 DSGVO\nOlena Kovalenko\n") -> CaseReportFile {
        var c = Case(id: "c.olena", meta: RecordMeta(revision: 1, modifiedAt: fixedDate, modifiedBy: "t"), number: "NRW-2026-000001")
        c.person.firstName = "Olena"
        var r = CaseReportFile.make(c, Document(), file: file, language: .de, now: fixedDate, retention: RetentionPolicy())
        r.text = text
        return r
    }

    func testTheReportIsAPrivateFileInAPrivateDirectoryOfTheDataDirectory() {
        let r = report()
        XCTAssertEqual(r.directory, dir + "/auskunft")
        // Even with a permissive umask.
        let actions = withUmask(0) { StoreWorker.perform(.writeCaseReport(r)) }
        XCTAssertEqual(actions, [.cases(.reportWritten(path: r.path))])
        XCTAssertEqual(fileMode(r.directory), 0o700)
        XCTAssertEqual(fileMode(r.path), 0o600)
        XCTAssertEqual(fileBytes(r.path), Array(r.text.utf8))
        XCTAssertEqual(listing(r.directory), ["NRW-2026-000001-\(Day(fixedDate).text(.en)).txt"], "no temporary file left")
        // A second report of the day replaces the first; a directory opened up is closed again.
        chmod(r.directory, 0o755)
        XCTAssertEqual(StoreWorker.perform(.writeCaseReport(report("zweite Fassung\n"))), [.cases(.reportWritten(path: r.path))])
        XCTAssertEqual(fileBytes(r.path), Array("zweite Fassung\n".utf8))
        XCTAssertEqual(fileMode(r.directory), 0o700)
        XCTAssertEqual(fileMode(r.path), 0o600)
    }

    func testALinkIsNeverWrittenThrough() throws {
        let r = report()
        let elsewhere = dir + "/elsewhere"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: false)
        // The report directory a link: refused, nothing written where it points.
        XCTAssertEqual(symlink(elsewhere, r.directory), 0)
        guard case .cases(.reportFailed(.symlink))? = StoreWorker.perform(.writeCaseReport(r)).first else {
            return XCTFail("a linked report directory is refused")
        }
        XCTAssertEqual(listing(elsewhere), [])
        // The file's name a link: replaced by the report, the target untouched.
        unlink(r.directory)
        XCTAssertEqual(mkdir(r.directory, 0o700), 0)
        let target = elsewhere + "/target"
        put(Array("bleibt".utf8), at: target)
        XCTAssertEqual(symlink(target, r.path), 0)
        XCTAssertEqual(StoreWorker.perform(.writeCaseReport(r)), [.cases(.reportWritten(path: r.path))])
        XCTAssertEqual(fileBytes(target), Array("bleibt".utf8))
        XCTAssertEqual(fileMode(r.path), 0o600, "a regular file now")
    }

    func testAnUnwritableDirectoryIsAnErrorWithThePath() throws {
        try XCTSkipIf(geteuid() == 0, "root writes anywhere")
        let r = report()
        XCTAssertEqual(mkdir(r.directory, 0o500), 0)
        let actions = StoreWorker.perform(.writeCaseReport(r))
        XCTAssertEqual(actions, [.cases(.reportFailed(.writeFailed(path: r.path, errno: EACCES)))])
        XCTAssertEqual(fileMode(r.directory), 0o500, "the owner's own bits are left as they are")
    }

    func testDeletingACaseForGoodDeletesItsReports() throws {
        var olena = Case(id: "c.olena", meta: RecordMeta(revision: 1, modifiedAt: fixedDate, modifiedBy: "t"), number: "NRW-2026-000001")
        olena.person.firstName = "Olena"
        let jan = Case(id: "c.jan", meta: RecordMeta(revision: 1, modifiedAt: fixedDate, modifiedBy: "t"), number: "NRW-2026-000011")
        try save(Document(cases: [olena, jan]))
        for (c, day) in [(olena, fixedDate), (olena, fixedDate.addingTimeInterval(86_400 * 40)), (jan, fixedDate)] {
            let r = CaseReportFile.make(c, Document(cases: [c]), file: file, language: .de, now: day, retention: RetentionPolicy())
            XCTAssertEqual(StoreWorker.perform(.writeCaseReport(r)), [.cases(.reportWritten(path: r.path))])
        }
        let directory = CaseReportFile.directory(of: file)
        put(Array("leftover".utf8), at: directory + "/NRW-2026-000001-2026-01-02.txt.tmp-123-4")
        put(Array("not a report".utf8), at: directory + "/notes.txt")
        XCTAssertEqual(listing(directory).count, 5)
        try file.withLock { () throws(SnapshotError) in
            try file.write(SnapshotCodec.encode(Document(cases: [jan]), format: .binary, savedAt: fixedDate, savedBy: "t"))
            try file.purgeCopies([PurgeTarget(olena)])
        }
        XCTAssertEqual(listing(directory), ["NRW-2026-000011-\(Day(fixedDate).text(.en)).txt", "notes.txt"],
                       "Olena's reports are gone; Jan's (whose number only starts like hers) and other files stay")
    }

    func testWhichFilesAreACasesReports() {
        XCTAssertTrue(CaseReportFile.isReport(named: "NRW-2026-000001-2026-12-04.txt", of: "NRW-2026-000001"))
        XCTAssertTrue(CaseReportFile.isReport(named: "NRW-2026-000001-2026-12-04.txt.tmp-1-2", of: "NRW-2026-000001"))
        XCTAssertFalse(CaseReportFile.isReport(named: "NRW-2026-0000011-2026-12-04.txt", of: "NRW-2026-000001"))
        XCTAssertFalse(CaseReportFile.isReport(named: "NRW-2026-000001-2026-12-04.txt", of: "NRW-2026-000011"))
        XCTAssertFalse(CaseReportFile.isReport(named: "NRW-2026-000001-notes.txt", of: "NRW-2026-000001"))
        XCTAssertTrue(CaseReportFile.isReport(named: "______etc_passwd-2026-12-04.txt", of: "../../etc/passwd"))
    }
}

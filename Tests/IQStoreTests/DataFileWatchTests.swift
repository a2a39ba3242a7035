import Foundation
import XCTest
@testable import IQCore
import IQTestSupport
@testable import IQStore

/// Others' saves are noticed from the system's report on the file's directory, not by looking
/// every few seconds: the watch tells the data file's events from its neighbours'.
final class DataFileWatchTests: SnapshotTestCase {
    func testASaveByRenameIsReportedAndANeighbourIsNot() throws {
        #if os(Linux)
        let watch = try XCTUnwrap(DataFileWatch(file: file), "a temporary directory is local")
        XCTAssertFalse(watch.drain(), "nothing happened yet")
        // The journal beside the file: not the file.
        try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/iq-tui.plist.journal"))
        XCTAssertFalse(watch.drain())
        // Another program saves: a temporary file renamed over the data file.
        try Data("y".utf8).write(to: URL(fileURLWithPath: dir + "/tmp-save"))
        XCTAssertEqual(rename(dir + "/tmp-save", dataPath), 0)
        XCTAssertTrue(watch.drain())
        XCTAssertFalse(watch.drain(), "read once")
        #endif
    }

    func testAMissingDirectoryIsNotWatched() {
        XCTAssertNil(DataFileWatch(file: SnapshotFile(path: dir + "/missing/iq-tui.plist")))
    }

    func testANetworkFileSystemIsNotWatched() {
        XCTAssertTrue(DataFileWatch.remoteFileSystems.contains(0x6969), "NFS")
        XCTAssertTrue(DataFileWatch.isLocal(dir))
    }
}

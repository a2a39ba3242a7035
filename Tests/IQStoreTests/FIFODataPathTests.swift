import Foundation
import XCTest
@testable import IQCore
@testable import IQStore

/// A finding of the robustness run that is the store's (the others: RobustnessFindingsTests).
final class FIFODataPathTests: XCTestCase {
    // A FIFO at the data file's path: opening it waited forever for a writer.
    func testAFIFOIsRefusedAtOnce() throws {
        let dir = FileManager.default.temporaryDirectory.path + "/iq-fifo-test-\(getpid())-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/iq-tui.plist"
        XCTAssertEqual(mkfifo(path, 0o600), 0)
        XCTAssertThrowsError(try SnapshotFile(path: path).load()) { error in
            XCTAssertEqual(error as? SnapshotError, .notAPropertyList(path: path))
        }
    }
}

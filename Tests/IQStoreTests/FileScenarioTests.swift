import Foundation
@testable import IQCore
import IQTestSupport
@testable import IQStore
import XCTest

/// The data file as the shared scenarios' store: every session works through StoreWorker, as
/// the program does (merge under the lock, the journal beside the file).
final class FileUnderTest: StoreUnderTest {
    let file: SnapshotFile

    init(_ file: SnapshotFile) { self.file = file }

    func session(user: String) throws -> StoreSessionWork { StoreSessionWork(file: file, source: nil, perform: StoreWorker.perform) }
    func stored() throws -> Document { try file.load().document }
}

/// The shared merge and conflict scenarios on the data file.
final class FileScenarioTests: SnapshotTestCase {
    lazy var scenarios = StoreScenarios { [unowned self] document in
        try save(document)
        return FileUnderTest(file)
    }

    func testEveryScenario() throws { try scenarios.runAll() }
}

import IQTestSupport
import XCTest

/// The shared merge and conflict scenarios on the database store with a stand-in server.
final class StandInScenarioTests: XCTestCase {
    let scenarios = StoreScenarios { StandInDatabase($0) }

    func testEveryScenario() throws { try scenarios.runAll() }
}

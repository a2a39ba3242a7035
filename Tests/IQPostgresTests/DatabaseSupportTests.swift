import XCTest
@testable import IQPostgres

final class DatabaseSupportTests: XCTestCase {
    func testTheTraitDecidesWhetherLibpqIsIn() {
        #if PostgreSQL
        XCTAssertTrue(DatabaseSupport.isBuiltIn)
        XCTAssertGreaterThan(DatabaseSupport.libraryVersion, 100_000)
        #else
        XCTAssertFalse(DatabaseSupport.isBuiltIn)
        #endif
    }
}

import Foundation
import IQTestSupport
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

    /// The default build must run where libpq is not installed: the program does not link it.
    func testTheProgramLinksLibpqOnlyWithTheTrait() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/ldd") else { throw XCTSkip("ldd not found") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        process.arguments = [try ProgramRun.binary()]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let libraries = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertTrue(libraries.contains("libc.so"), libraries)
        XCTAssertEqual(libraries.contains("libpq.so"), DatabaseSupport.isBuiltIn, libraries)
    }
}

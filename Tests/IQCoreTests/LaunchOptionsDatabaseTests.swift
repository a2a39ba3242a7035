import IQCore
import XCTest

/// `iq-tui db …` on the command line.
final class LaunchOptionsDatabaseTests: XCTestCase {
    private func parse(_ arguments: [String]) -> Result<LaunchOptions, LaunchOptions.ParseError> {
        LaunchOptions.parse(arguments, environment: [:])
    }

    func testTheDatabaseCommandsAndTheirConnection() throws {
        XCTAssertEqual(try parse(["db", "init"]).get().command, .database(.initialise, store: ""))
        XCTAssertEqual(try parse(["db", "migrate", "--store", "service=iq"]).get().command, .database(.migrate, store: "service=iq"))
        XCTAssertEqual(try parse(["db", "import", "a.plist", "--store=host=/run/postgresql dbname=iq"]).get().command,
                       .database(.importFile("a.plist"), store: "host=/run/postgresql dbname=iq"))
        let export = try parse(["db", "export", "b.plist", "--format", "xml"]).get()
        XCTAssertEqual(export.command, .database(.exportFile("b.plist"), store: ""))
        XCTAssertEqual(export.format, .xml)
    }

    func testMistakesAreNamed() {
        XCTAssertEqual(parse(["db"]), .failure(.missingArgument("db")))
        XCTAssertEqual(parse(["db", "drop"]), .failure(.unknownCommand("db drop")))
        XCTAssertEqual(parse(["db", "import"]), .failure(.missingArgument("db import")))
        XCTAssertEqual(parse(["db", "init", "x"]), .failure(.unexpectedArgument("x")))
        XCTAssertEqual(parse(["db", "export", "a", "b"]), .failure(.unexpectedArgument("b")))
        XCTAssertEqual(parse(["db", "export", "a", "--format", "csv"]), .failure(.badFormat("csv")))
        XCTAssertEqual(parse(["db", "init", "--store"]), .failure(.missingValue("--store")))
        XCTAssertEqual(parse(["check", "--store", "service=iq"]), .failure(.unexpectedArgument("--store")))
        XCTAssertEqual(parse(["--workshop", "db", "init"]), .failure(.notWithWorkshop("db")))
    }
}

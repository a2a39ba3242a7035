import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// `--store` and `store = …`: the program itself on a database instead of the data file.
final class StoreOptionTests: XCTestCase {
    private func parse(_ arguments: [String]) -> Result<LaunchOptions, LaunchOptions.ParseError> {
        LaunchOptions.parse(arguments, environment: [:])
    }

    private func configured(_ text: String, _ arguments: [String] = []) throws -> LaunchOptions {
        let env = ["HOME": "/home/anna"]
        return Config.load(into: try LaunchOptions.parse(arguments, environment: env).get(), environment: env) { _ in .success(text) }.options
    }

    func testStoreWithoutACommandRunsTheProgramOnTheDatabase() throws {
        let o = try parse(["--store", "service=iq"]).get()
        XCTAssertEqual(o.command, .run)
        XCTAssertEqual(o.store, "service=iq")
        XCTAssertEqual(parse(["--store", "service=iq", "--data", "a.plist"]), .failure(.conflictingOptions("--data", "--store")))
        XCTAssertEqual(parse(["--workshop", "--store", "service=iq"]), .failure(.notWithWorkshop("--store")))
        XCTAssertEqual(parse(["check", "--store", "service=iq"]), .failure(.unexpectedArgument("--store")))
    }

    func testTheConfigurationsStoreAppliesUnlessTheCommandLineChoseAFileOrAStore() throws {
        XCTAssertEqual(try configured("store = service=iq").store, "service=iq")
        XCTAssertNil(try configured("store = service=iq", ["--data", "/tmp/a.plist"]).store)
        XCTAssertEqual(try configured("store = service=iq", ["--store", "host=db"]).store, "host=db")
        XCTAssertEqual(try configured("store = service=iq", ["db", "migrate"]).command, .database(.migrate, store: "service=iq"))
        XCTAssertEqual(try configured("store = service=iq", ["db", "migrate", "--store", "host=db"]).command, .database(.migrate, store: "host=db"))
        XCTAssertNil(try configured("store = service=iq", ["--workshop"]).store)
        XCTAssertEqual(Config.parse("store = \u{1B}[2J", path: "/h/.config/iq-tui/config", home: "/h").problems.count, 1, "no control characters")
    }

    /// The journal's anchor stays a local name; the status bar names the database.
    func testTheLoadedDatabaseIsNamedInsteadOfTheAnchorFile() {
        var state = AppState(document: Document(), store: StoreState(file: SnapshotFile(path: "/d/postgres-1"), user: "tester"))
        state.store.source = "service=iq"
        let store = TestStore(state)
        let loaded = SnapshotFile.Loaded(document: Seed.document, header: SnapshotCodec.Header(formatVersion: 1, savedAt: fixedDate, savedBy: "x"),
                                         identity: TestStore.loadedIdentity, format: .binary)
        store.send(.store(.loaded(loaded, created: false, writable: true))) {
            $0.document = Seed.document
            $0.store.phase = .ready
            $0.store.base = Seed.document
            $0.store.baseIdentity = TestStore.loadedIdentity
            $0.status = shown(StoreText.statusDatabaseLoaded("service=iq"))
        }
    }
}

import Foundation
import XCTest
@testable import IQCore
@testable import IQStore

/// The configuration file read from disk (what its text means: ConfigTests, in IQCoreTests).
final class ConfigFileTests: XCTestCase {
    private func options(_ arguments: [String]) throws -> LaunchOptions {
        try LaunchOptions.parse(arguments, environment: [:]).get()
    }

    func testReadingRealFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("iq-config-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        XCTAssertEqual(ConfigFile.read(dir + "/none"), .success(nil), "a missing file is no configuration")
        guard case .failure(let directory) = ConfigFile.read(dir) else { return XCTFail("a directory is not a file") }
        XCTAssertEqual(directory.path, dir)
        XCTAssertEqual(directory.reason, String(cString: strerror(EISDIR)))
        try "theme = light\n".write(toFile: dir + "/config", atomically: true, encoding: .utf8)
        XCTAssertEqual(ConfigFile.read(dir + "/config"), .success("theme = light\n"))
        XCTAssertTrue(FileManager.default.createFile(atPath: dir + "/latin1", contents: Data([0x6D, 0xFC, 0x0A])))
        guard case .failure = ConfigFile.read(dir + "/latin1") else { return XCTFail("not UTF-8") }
        if getuid() != 0 { // root reads every file
            chmod(dir + "/config", 0)
            guard case .failure(let denied) = ConfigFile.read(dir + "/config") else { return XCTFail("no permission") }
            XCTAssertEqual(denied.reason, String(cString: strerror(EACCES)))
        }
        // Through load: the directory is reported, the program goes on with its options.
        let loaded = ConfigFile.load(into: try options(["--config", dir]), environment: [:])
        XCTAssertEqual(loaded.reports, [.unreadable(directory)])
        XCTAssertEqual(loaded.options, try options(["--config", dir]))
    }

    func testTheProgramsEnvironmentAlwaysHasAHome() {
        XCTAssertEqual(ProcessEnvironment.completed(["HOME": "/h"])["HOME"], "/h")
        XCTAssertEqual(ProcessEnvironment.completed(["HOME": ""])["HOME"], NSHomeDirectory(), "an empty HOME is no home")
        XCTAssertEqual(ProcessEnvironment.completed([:])["HOME"], NSHomeDirectory())
    }

    /// The counsellor's name: USER, else LOGNAME, else the user database; never made up.
    func testTheLoginNameComesFromLognameOrTheUserDatabase() {
        XCTAssertEqual(ProcessEnvironment.completed(["USER": "anna", "LOGNAME": "x"], account: { "db" })["USER"], "anna")
        XCTAssertEqual(ProcessEnvironment.completed(["LOGNAME": "anna"], account: { "db" })["USER"], "anna")
        XCTAssertEqual(ProcessEnvironment.completed(["USER": ""], account: { "db" })["USER"], "db")
        XCTAssertNil(ProcessEnvironment.completed([:], account: { nil })["USER"], "nobody known: none invented")
        XCTAssertNotNil(ProcessEnvironment.accountName(), "this process's user is in the user database")
    }
}

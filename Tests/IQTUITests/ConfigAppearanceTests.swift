import Foundation
import IQCore
@testable import IQTUI
import XCTest

/// The configuration file's theme and ascii keys as the program applies them: a theme from the
/// file is an explicit choice (it wins over NO_COLOR, as no-color.org asks of configuration
/// files), a command-line --theme wins over the file, and `ascii` meets the automatic decision.
final class ConfigAppearanceTests: XCTestCase {
    private func configured(_ text: String, _ arguments: [String] = [], _ environment: [String: String] = [:]) throws -> LaunchOptions {
        var env = environment
        env["HOME"] = "/home/anna"
        return Config.load(into: try LaunchOptions.parse(arguments, environment: env).get(), environment: env) { _ in .success(text) }.options
    }

    private func theme(_ options: LaunchOptions, _ environment: [String: String]) -> String {
        ThemeSelection.load(options.theme, environment: environment).theme.name
    }

    func testAThemeFromTheFileWinsOverNoColor() throws {
        let noColor = ["NO_COLOR": "1"]
        XCTAssertEqual(theme(try configured("", [], noColor), noColor), "monochrome")
        XCTAssertEqual(theme(try configured("theme = light", [], noColor), noColor), "light")
        XCTAssertEqual(theme(try configured("theme = light"), [:]), "light")
        XCTAssertEqual(theme(try configured("theme = light", ["--theme", "high-contrast"], noColor), noColor), "high-contrast",
                       "the command line wins over the file")
    }

    func testNoConfigLeavesNoColorInCharge() throws {
        let noColor = ["NO_COLOR": "1", "HOME": "/home/anna"]
        let options = try LaunchOptions.parse(["--no-config"], environment: noColor).get()
        let loaded = Config.load(into: options, environment: noColor) { _ in .success("theme = light") }.options
        XCTAssertEqual(theme(loaded, noColor), "monochrome")
    }

    func testABrokenThemeFileFromTheConfigurationFallsBack() throws {
        let options = try configured("theme = /nowhere/mine.theme")
        let outcome = ThemeSelection.load(options.theme, environment: ["NO_COLOR": "1"]) { _ in .failure(.init(reason: "No such file or directory")) }
        XCTAssertEqual(outcome.theme.name, "monochrome")
        XCTAssertNotNil(outcome.problem)
    }

    func testAsciiFromTheFile() throws {
        let utf8Linux = ["LANG": "C.UTF-8", "TERM": "linux"]
        let utf8Xterm = ["LANG": "C.UTF-8", "TERM": "xterm-256color"]
        func ascii(_ text: String, _ arguments: [String] = [], _ environment: [String: String]) throws -> Bool {
            let o = try configured(text, arguments, environment)
            return AsciiDecision.resolve(ascii: o.ascii, unicode: o.unicode, environment: environment)
        }
        XCTAssertTrue(try ascii("ascii = on", [], utf8Xterm))
        XCTAssertFalse(try ascii("ascii = off", [], utf8Linux), "off forces Unicode, as --unicode")
        XCTAssertTrue(try ascii("ascii = auto", [], utf8Linux))
        XCTAssertFalse(try ascii("ascii = auto", [], utf8Xterm))
        XCTAssertFalse(try ascii("ascii = on", ["--unicode"], utf8Xterm), "the command line wins")
        XCTAssertTrue(try ascii("ascii = off", ["--ascii"], utf8Xterm))
    }
}

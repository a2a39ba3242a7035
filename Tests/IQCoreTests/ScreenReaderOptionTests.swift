import XCTest
@testable import IQCore

/// `--screen-reader` and `screen_reader = on`: the terminal cursor shown where the attention is.
final class ScreenReaderOptionTests: XCTestCase {
    private func options(_ arguments: [String]) throws -> LaunchOptions {
        try LaunchOptions.parse(arguments, environment: [:]).get()
    }

    private func configured(_ text: String, _ arguments: [String] = []) throws -> LaunchOptions {
        let env = ["HOME": "/home/anna"]
        return Config.load(into: try options(arguments), environment: env) { _ in .success(text) }.options
    }

    func testTheOptionIsOffUnlessGiven() throws {
        XCTAssertFalse(try options([]).screenReader)
        let on = try options(["--screen-reader"])
        XCTAssertTrue(on.screenReader)
        XCTAssertEqual(on.given, [.screenReader])
        XCTAssertEqual(LaunchOptions.parse(["--screen-reader=yes"], environment: [:]), .failure(.unknownOption("--screen-reader=yes")),
                       "a switch takes no value")
    }

    func testTheConfigurationFileSetsItUnlessTheCommandLineDid() throws {
        XCTAssertTrue(try configured("screen_reader = on").screenReader)
        XCTAssertTrue(try configured("screen-reader = ja").screenReader, "the hyphen spelling and the usual on words")
        XCTAssertFalse(try configured("screen_reader = off").screenReader)
        XCTAssertTrue(try configured("screen_reader = off", ["--screen-reader"]).screenReader, "the command line wins")
    }

    func testABadValueIsReportedWithItsLine() {
        let (config, problems) = Config.parse("mouse = on\nscreen_reader = laut\n", path: "/c", home: nil)
        XCTAssertNil(config.screenReader)
        XCTAssertEqual(problems, [Config.Problem(path: "/c", line: 2, kind: .badValue(key: "screen_reader", value: "laut", expected: .onOff))])
    }
}

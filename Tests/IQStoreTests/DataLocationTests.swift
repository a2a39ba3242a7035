import Foundation
import XCTest
@testable import IQCore
@testable import IQStore

/// Where the data file is: `--data`, else under XDG_DATA_HOME, else under the home directory.
final class DataLocationTests: XCTestCase {
    func testWhereTheDataFileIs() {
        XCTAssertEqual(DataLocation.resolve(flag: nil, environment: ["XDG_DATA_HOME": "/x"]), "/x/iq-tui/iq-tui.plist")
        XCTAssertEqual(DataLocation.resolve(flag: nil, environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"]),
                       "/h/.local/share/iq-tui/iq-tui.plist", "a relative XDG_DATA_HOME is ignored, as the XDG spec asks")
        XCTAssertEqual(DataLocation.resolve(flag: "/srv/a.plist", environment: ["XDG_DATA_HOME": "/x"]), "/srv/a.plist")
        XCTAssertEqual(DataLocation.resolve(flag: "a.plist", environment: [:]), FileManager.default.currentDirectoryPath + "/a.plist")
    }
}

import Foundation
import XCTest

/// IQCore does no file or process work of its own (issue 14 §5): that is IQStore's. The build
/// keeps the direction (IQCore cannot call IQStore); this keeps Foundation's and the C
/// library's file and process calls out of IQCore, where the compiler would allow them.
final class PureCoreTests: XCTestCase {
    /// Calls that read or write files, take locks, or ask the process or its environment.
    static let forbidden = [
        "FileManager", "FileHandle", "ProcessInfo", "NSHomeDirectory", "import Glibc", "contentsOfFile",
        "contents(atPath", "write(to", "write(toFile", "flock(", "fopen(", "getenv(", "getpid(", "gethostname(",
        "unlink(", "rename(", "mkdir(", "stat(", "lstat(", "fstat(", "fsync(", "access(", "readlink(", "realpath(", "kill(",
    ]

    func testTheCoreCallsNoFileOrProcessAPI() throws {
        let core = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/IQCore").standardized
        let walker = try XCTUnwrap(FileManager.default.enumerator(atPath: core.path))
        var files = 0
        while let relative = walker.nextObject() as? String {
            guard relative.hasSuffix(".swift") else { continue }
            files += 1
            let text = try String(contentsOfFile: core.appendingPathComponent(relative).path, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                // Comments may name what the code leaves to IQStore.
                let code = line.trimmingCharacters(in: .whitespaces).hasPrefix("//") ? "" : line
                for name in Self.forbidden where code.contains(name) && !Self.isMember(name, in: code) {
                    XCTFail("Sources/IQCore/\(relative):\(number + 1) calls \(name) (file and process work belongs in IQStore)")
                }
            }
        }
        XCTAssertGreaterThan(files, 100, "the walk found the core's sources")
    }

    /// A longer name or a member that merely ends so (`x.rename(`, `restat(`) is not the call.
    static func isMember(_ name: String, in line: Substring) -> Bool {
        guard let first = name.first, first.isLetter, let range = line.range(of: name), range.lowerBound > line.startIndex else { return false }
        let before = line[line.index(before: range.lowerBound)]
        return before == "." || before == "_" || before.isLetter || before.isNumber
    }
}

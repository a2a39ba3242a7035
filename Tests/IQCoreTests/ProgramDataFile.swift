import Foundation
import XCTest
@testable import IQCore

/// The data file of a command test, written and read without IQStore: these tests check what the
/// built program does with it, not how the store writes (that is IQStoreTests').
enum ProgramDataFile {
    /// Writes `bytes` at `path`, creating its directories (private, as the program makes them).
    static func write(_ bytes: [UInt8], to path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]))
    }

    /// The file as the program left it: document, header and format.
    static func load(_ path: String) throws -> SnapshotFile.Loaded {
        let bytes = [UInt8](try XCTUnwrap(FileManager.default.contents(atPath: path), "no data file at \(path)"))
        let (document, header) = try SnapshotCodec.decode(bytes, path: path)
        return SnapshotFile.Loaded(document: document, header: header, identity: .missing, format: SnapshotFormat.detect(bytes))
    }
}

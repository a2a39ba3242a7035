import Foundation
import IQCore

/// What the one-shot commands share: the data file's content, and messages on stderr.
enum DataFile {
    /// The data file's document and format, or the built-in data for a file that does not exist yet.
    static func current(_ file: SnapshotFile) throws(SnapshotError) -> (document: Document, format: SnapshotFormat, isNew: Bool) {
        do {
            let loaded = try file.load()
            return (loaded.document, loaded.format, false)
        } catch {
            if case .missing = error { return (Seed.document, .binary, true) }
            throw error
        }
    }
}

/// A line on standard error (messages and problems; results go to standard output).
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

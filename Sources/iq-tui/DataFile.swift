import Foundation
import IQCore
import IQStore

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

extension DataFile {
    /// An import into the data file, the same for partners and cases: a first pass against the
    /// file as it is (to report and decide without the lock); then, under the lock, the write —
    /// passing again only when someone saved in between. Returns the result to report and
    /// whether the file was created, or nil after printing why nothing could be done.
    static func importRecords<R>(into path: String, user: String, language: Language,
                                 run: (Document, Date) -> R, hasWork: (R) -> Bool,
                                 apply: (R, inout Document) -> Void) -> (result: R, created: Bool)? {
        let dataFile = SnapshotFile(path: path)
        let base: (document: Document, format: SnapshotFormat, isNew: Bool)
        let identity = FileIdentity.of(path: path)
        let preview: R
        do {
            base = try current(dataFile)
            preview = run(base.document, Date())
        } catch {
            printError(error.message.text(language))
            return nil
        }
        guard hasWork(preview) else { return (preview, false) }
        if dataFile.exists, !dataFile.isWritable {
            printError(SnapshotError.readOnly(path: path).message.text(language))
            return nil
        }
        do {
            try DataLocation.ensureDirectory(dataFile.directory)
            return try dataFile.withLock { () throws(SnapshotError) -> (result: R, created: Bool) in
                let now = Date()
                var state = base
                var result = preview
                if FileIdentity.of(path: path) != identity {
                    state = try current(dataFile)
                    result = run(state.document, now)
                }
                guard hasWork(result) else { return (result, false) }
                var document = state.document
                apply(result, &document)
                try dataFile.write(SnapshotCodec.encode(document, format: state.format, savedAt: now, savedBy: user))
                return (result, state.isNew)
            }
        } catch {
            printError(error.message.text(language))
            return nil
        }
    }
}

import Foundation
import IQCore
import IQPostgres
import IQStore

/// `iq-tui db init|migrate|import FILE|export FILE`: the PostgreSQL store's commands. The file
/// side is the snapshot file's (read, checked, written privately with backups); the database
/// side is IQPostgres's.
enum DatabaseCommand {
    static func run(_ command: LaunchOptions.DatabaseCommand, store: String, format: SnapshotFormat?,
                    user: String, language: Language) -> Int32 {
        // Before any file is read: a build without libpq says so at once.
        guard DatabaseSupport.isBuiltIn else { return failed(DatabaseError.notBuiltIn.message, language) }
        do {
            switch command {
            case .initialise:
                printOut(try DatabaseCommands.initialise(connection: store).text(language))
            case .migrate:
                printOut(try DatabaseCommands.migrate(connection: store).text(language))
            case .importFile(let path):
                let document: Document
                do {
                    document = try SnapshotFile(path: path).load().document
                } catch {
                    return failed(error.message, language)
                }
                try DatabaseCommands.importDocument(document, connection: store)
                printOut(DatabaseText.imported(RecordRows.counts(document).text(language)).text(language))
            case .exportFile(let path):
                let export = try DatabaseCommands.exportDocument(connection: store, savedBy: user)
                let document = export.document
                let bytes = SnapshotCodec.encode(document, format: format ?? .binary, savedAt: Date(), savedBy: user)
                do {
                    try SnapshotFile(path: path).write(bytes)
                } catch {
                    return failed(error.message, language)
                }
                printOut(DatabaseText.exported(path, RecordRows.counts(document).text(language)).text(language))
                if !export.withheld.isEmpty { printOut(DatabaseText.exportWithheld(export.withheld.map(\.rawValue)).text(language)) }
                if export.ownCasesOnly { printOut(DatabaseText.exportOwnCasesOnly.text(language)) }
            }
            return 0
        } catch {
            return failed(error.message, language)
        }
    }

    private static func failed(_ message: Message, _ language: Language) -> Int32 {
        printError(message.text(language))
        return 1
    }
}

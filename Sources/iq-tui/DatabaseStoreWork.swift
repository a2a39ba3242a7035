import Foundation
import IQCore
import IQPostgres
import IQStore

/// The store's work when the program runs on a database (`--store`): loading, saving and others'
/// commits are the database's (DatabaseStore); the recovery journal and the drafts stay local
/// files beside a name of their own for that database, and are StoreWorker's as with the file.
/// Work on the connection arms the wake on it afterwards (`DatabaseStore.watched`).
enum DatabaseStoreWork {
    static func make(_ store: DatabaseStore) -> @Sendable (StoreEffect) -> [Action] {
        { effect in
            switch effect {
            case .load(let file, _, let session, let mayWrite, _):
                let actions = store.watched { store.load(user: session.user, mayWrite: mayWrite) }
                guard mayWrite, case .store(.loaded)? = actions.first else { return actions }
                return actions + StoreWorker.openJournal(file, session: session)
            case .save(let request):
                return store.watched { save(request, store) }
            case .checkExternalChange:
                return store.watched { store.check() }
            case .restoreBackup:
                // A database offers no backup file (`.loadFailed` carries none).
                return []
            default:
                return StoreWorker.perform(effect)
            }
        }
    }

    private static func save(_ request: SaveRequest, _ store: DatabaseStore) -> [Action] {
        let outcome = store.save(request)
        var actions: [Action] = [.store(.saveFinished(outcome, generation: request.generation))]
        guard case .saved = outcome else { return actions }
        // Everything journaled up to this save is in the database now.
        if let journal = request.journal { RecoveryJournal(path: journal).discard() }
        if !request.purge.isEmpty {
            // The rows went with the save (a DELETE); the local journals are cleaned as the file's.
            var failure: SnapshotError?
            do throws(SnapshotError) { try request.file.purgeCopies(request.purge) } catch { failure = error }
            actions.append(.store(.purgeFinished(request.purge, failure: failure)))
        }
        return actions
    }

    /// The local name the journals and drafts of this database are kept beside (never written
    /// itself): one per connection string, in the data directory.
    static func anchor(for connection: String, environment: [String: String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in connection.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return DataLocation.defaultDirectory(environment: environment) + "/postgres-" + String(hash, radix: 16)
    }
}

import Foundation
import IQCore
import IQPostgres
import IQStore

/// The store's work when the program runs on a database (`--store`): loading, saving and others'
/// commits are the database's (DatabaseStore); the recovery journal and the drafts stay local
/// files beside a name of their own for that database, and are StoreWorker's as with the file.
/// Work on the connection arms the wake on it afterwards (`DatabaseStore.watched`).
enum DatabaseStoreWork {
    /// `connection`: as given, for the journals' former name (`DatabaseStore.formerLocalName`).
    static func make(_ store: DatabaseStore, connection: String, environment: [String: String]) -> @Sendable (StoreEffect) -> [Action] {
        let former = DatabaseStore.formerLocalName(for: connection)
        let formerly = former == DatabaseStore.localName(for: connection) ? [] : [SnapshotFile(path: anchor(former, environment: environment))]
        return { effect in
            switch effect {
            case .load(let file, _, let session, let mayWrite, _):
                let actions = store.watched { store.load(user: session.user, mayWrite: mayWrite) }
                guard mayWrite, case .store(.loaded)? = actions.first else { return actions }
                return actions + StoreWorker.openJournal(file, session: session, formerly: formerly)
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

    /// The rows went with the save (a purged case as a DELETE); the journal and the local copies
    /// are settled as the file's.
    private static func save(_ request: SaveRequest, _ store: DatabaseStore) -> [Action] {
        let outcome = store.save(request)
        let purgeFailure = if case .saved = outcome { StoreWorker.settleSaved(request) } else { nil as SnapshotError? }
        return StoreWorker.finished(request, outcome, purgeFailure: purgeFailure)
    }

    /// Where the journals and drafts of a database are kept beside: `name` in the data directory.
    static func anchor(_ name: String, environment: [String: String]) -> String {
        DataLocation.defaultDirectory(environment: environment) + "/" + name
    }
}

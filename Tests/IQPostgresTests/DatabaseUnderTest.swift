import Foundation
@testable import IQCore
import IQTestSupport
@testable import IQPostgres

/// The database as the shared scenarios' store: each session a DatabaseStore of its own, its
/// effects performed as the program's DatabaseStoreWork does for load, save and the look for
/// others' commits. The journal and drafts stay local files there (StoreWorker's, run by the
/// file's scenarios); here they are left out, since this target does not link IQStore.
protocol DatabaseUnderTest: StoreUnderTest {
    /// A new connection to the database.
    func backend() throws -> RecordBackend
}

extension DatabaseUnderTest {
    func stored() throws -> Document { try backend().loadAll() }

    func session(user: String) throws -> StoreSessionWork {
        let store = DatabaseStore(backend: try backend(), source: "service=iq")
        return StoreSessionWork(file: SnapshotFile(path: "/nonexistent/postgres-test"), source: store.source) { effect in
            switch effect {
            case .load(_, _, let session, let mayWrite, _): store.load(user: session.user, mayWrite: mayWrite)
            case .save(let request): [.store(.saveFinished(store.save(request), generation: request.generation))]
            case .checkExternalChange: store.check()
            default: []
            }
        }
    }
}

/// The stand-in server of the default build.
final class StandInDatabase: DatabaseUnderTest {
    let server: FakeServer

    init(_ document: Document) { server = FakeServer(document) }

    func backend() throws -> RecordBackend { FakeBackend(on: server) }
}

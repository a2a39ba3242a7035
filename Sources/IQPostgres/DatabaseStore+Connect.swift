#if PostgreSQL
import CLibPQ
#endif
import IQCore

extension DatabaseStore {
    /// Connects to `connection` (a libpq connection string, URI or service; never a password)
    /// and checks the schema, before the screen is taken over.
    public static func connect(_ connection: String) throws(DatabaseError) -> DatabaseStore {
        #if PostgreSQL
        DatabaseStore(backend: try PGRecordBackend(connection), source: try ConnectionString.shown(connection))
        #else
        throw .notBuiltIn
        #endif
    }
}

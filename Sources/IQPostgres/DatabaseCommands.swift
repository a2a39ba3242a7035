import IQCore

/// The `db` commands' database work. Built without the PostgreSQL trait, each one throws
/// `.notBuiltIn`, so the command line works the same and says how to get them.
public enum DatabaseCommands {
    /// `db init`: the report to print.
    public static func initialise(connection: String) throws(DatabaseError) -> Message {
        #if PostgreSQL
        DatabaseText.initialised(try SchemaStore.initialise(try PGConnection(connection)))
        #else
        throw .notBuiltIn
        #endif
    }

    /// `db migrate`.
    public static func migrate(connection: String) throws(DatabaseError) -> Message {
        #if PostgreSQL
        let (from, to) = try SchemaStore.migrate(try PGConnection(connection))
        return from == to ? DatabaseText.upToDate(to) : DatabaseText.migrated(from, to)
        #else
        throw .notBuiltIn
        #endif
    }

    /// `db import FILE`: the document read from the file into an empty database.
    public static func importDocument(_ document: Document, connection: String) throws(DatabaseError) {
        #if PostgreSQL
        try RecordStore.importDocument(document, try PGConnection(connection))
        #else
        throw .notBuiltIn
        #endif
    }

    /// `db export FILE`: what this role may read, as a document, and the tables it may not read
    /// (left out: a coordinator's export holds the network and the budgets, no case).
    public static func exportDocument(connection: String, savedBy: String) throws(DatabaseError) -> (document: Document, withheld: [RecordTableName]) {
        #if PostgreSQL
        try RecordStore.exportDocument(try PGConnection(connection), savedBy: savedBy)
        #else
        throw .notBuiltIn
        #endif
    }
}

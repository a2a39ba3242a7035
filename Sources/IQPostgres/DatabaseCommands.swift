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
    public static func exportDocument(connection: String, savedBy: String) throws(DatabaseError) -> DatabaseExport {
        #if PostgreSQL
        let c = try PGConnection(connection)
        let (document, withheld) = try RecordStore.exportDocument(c, savedBy: savedBy)
        let sites = try RecordStore.access(c).caseSites
        let ownCasesOnly = !withheld.contains(.cases) && sites != nil
        return DatabaseExport(document: document, withheld: withheld, ownCasesOnly: ownCasesOnly)
        #else
        throw .notBuiltIn
        #endif
    }
}

/// What `db export` read: the records, the tables the role may not read (left out), and
/// whether the cases are only those of the role's own sites. Only the owner's is a whole backup.
public struct DatabaseExport: Sendable {
    public var document: Document
    public var withheld: [RecordTableName]
    public var ownCasesOnly: Bool
}

import IQCore

extension DatabaseStore {
    /// The name the local journals and drafts of a database are kept beside (in the data
    /// directory; never written itself): one per target — service, server, database, role —
    /// however the connection string spells it.
    public static func localName(for connection: String) -> String {
        #if PostgreSQL
        // Another option (connect_timeout, sslmode) does not make another database.
        let target = (try? ConnectionString.target(connection)) ?? connection
        #else
        // Without the trait nothing parses a connection string (and `--store` stops before a
        // name is needed): the raw text is all there is.
        let target = connection
        #endif
        return "postgres-" + hash(target)
    }

    /// The name before it was made from the target: the raw text's. A gone session's journal
    /// kept beside it is still offered.
    public static func formerLocalName(for connection: String) -> String { "postgres-" + hash(connection) }

    /// FNV-1a, 64 bits: stable across runs and builds, unlike Hasher.
    private static func hash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return String(hash, radix: 16)
    }
}

#if PostgreSQL
import CLibPQ
import IQCore

/// A libpq connection string or URI ("service=iq", "host=/run/postgresql dbname=iq",
/// "postgresql://db.example/iq"); empty: libpq's defaults (PGHOST, PGDATABASE, PGSERVICE, …).
enum ConnectionString {
    /// Parsed by libpq itself; one that names a password (or the client key's) is refused, since the command line is
    /// visible to every user of the machine.
    static func check(_ text: String) throws(DatabaseError) {
        var error: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(text, &error) else {
            let detail = error.map { String(cString: $0) } ?? "?"
            if let error { PQfreemem(error) }
            throw .badConnectionString(PGConnection.shown(detail))
        }
        defer { PQconninfoFree(options) }
        var option = options
        while let keyword = option.pointee.keyword {
            // sslpassword unlocks the client key: as secret as the password.
            if ["password", "sslpassword"].contains(String(cString: keyword)), let value = option.pointee.val, value.pointee != 0 {
                throw .passwordGiven
            }
            option += 1
        }
    }
}
#endif

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
        // sslpassword unlocks the client key: as secret as the password.
        if try given(options).contains(where: { ["password", "sslpassword"].contains($0.keyword) }) { throw .passwordGiven }
    }

    /// Where the data comes from, for the screen: the keywords that were given (never a
    /// password, refused anyway), as "service=iq" or "host=db.example dbname=iq".
    static func shown(_ text: String) throws(DatabaseError) -> String {
        let shown = try target(text)
        return ControlCharacters.stripped(shown.isEmpty ? "PGHOST/PGDATABASE" : shown, multiLine: false).text
    }

    /// The keywords given that say where the data is (service, server, database, role) as
    /// "keyword=value" in libpq's own order of its options, whatever the spelling: a URI, the
    /// keywords in another order, spaces around `=` give the same text.
    static func target(_ text: String) throws(DatabaseError) -> String {
        try check(text)
        var error: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(text, &error) else { return "" }
        defer { PQconninfoFree(options) }
        return try given(options).filter { ["service", "host", "hostaddr", "port", "dbname", "user"].contains($0.keyword) }
            .map { "\($0.keyword)=\($0.value)" }.joined(separator: " ")
    }

    private static func given(_ options: UnsafeMutablePointer<PQconninfoOption>) throws(DatabaseError) -> [(keyword: String, value: String)] {
        var found: [(keyword: String, value: String)] = []
        var option = options
        while let keyword = option.pointee.keyword {
            if let value = option.pointee.val, value.pointee != 0 { found.append((String(cString: keyword), String(cString: value))) }
            option += 1
        }
        return found
    }
}
#endif

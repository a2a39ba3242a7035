#if PostgreSQL
import Foundation

extension PGConnection {
    /// Seconds a connection attempt may take when nothing else says: an unreachable host (a
    /// firewall that drops the packets) would otherwise hang a `db` command or the start for
    /// the system's TCP timeout, minutes.
    static let defaultConnectTimeout = "10"

    /// Sets PGCONNECT_TIMEOUT unless it is set: libpq takes it only when neither the connection
    /// string nor the service file gives `connect_timeout`, the order a person expects. Once,
    /// and before any other thread reads the environment (the first connection is made before
    /// the screen and the store's worker start).
    static func setDefaultTimeout() { _ = timeoutSet }

    private static let timeoutSet: Bool = setenv("PGCONNECT_TIMEOUT", defaultConnectTimeout, 0) == 0

    /// A parameter's length as libpq takes it (a C int): a record over 2 GiB is refused with a
    /// message rather than trapping in the conversion.
    static func parameterLength(_ count: Int) throws(DatabaseError) -> Int32 {
        guard let length = Int32(exactly: count) else { throw .recordTooLarge(bytes: count) }
        return length
    }
}
#endif

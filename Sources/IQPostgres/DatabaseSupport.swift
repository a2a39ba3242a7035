#if PostgreSQL
import CLibPQ
#endif

/// Whether this program was built with the PostgreSQL trait (`swift build --traits PostgreSQL`).
public enum DatabaseSupport {
    #if PostgreSQL
    public static let isBuiltIn = true
    public static var libraryVersion: Int { Int(PQlibVersion()) }
    #else
    public static let isBuiltIn = false
    public static var libraryVersion: Int { 0 }
    #endif
}

/// Why bytes could not be read as a property list. Decoders throw this and nothing else.
public enum PlistError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are neither a binary (`bplist00`) nor an XML property list.
    case notAPropertyList
    /// The bytes end before the property list does.
    case truncated
    /// The structure is broken; the text says where or how.
    case corrupt(String)
    /// A valid property-list feature this codec does not handle (UIDs, sets, 128-bit integers…).
    case unsupported(String)
    /// A container (directly or indirectly) contains itself.
    case referenceCycle
    /// Containers are nested deeper than `limit`.
    case tooDeep(limit: Int)

    public var description: String {
        switch self {
        case .notAPropertyList: "not a property list"
        case .truncated: "the property list is truncated"
        case .corrupt(let why): "corrupt property list: \(why)"
        case .unsupported(let what): "unsupported in property lists: \(what)"
        case .referenceCycle: "the property list contains a reference cycle"
        case .tooDeep(let limit): "the property list is nested deeper than \(limit) levels"
        }
    }
}

/// Reading a property list of either format.
public enum PropertyList {
    /// Containers nested deeper than this are rejected by both decoders.
    public static let maxDepth = 512

    /// Decodes binary (`bplist00` header) or XML (anything starting with `<`, after an optional
    /// UTF-8 byte-order mark and whitespace) property lists.
    public static func decodeAny(_ bytes: [UInt8]) throws(PlistError) -> PlistValue {
        let magic: [UInt8] = Array("bplist".utf8)
        if !bytes.isEmpty && bytes.count < 6 && magic.starts(with: bytes) { throw .truncated }
        if bytes.count >= 6 && bytes[0..<6].elementsEqual(magic) {
            guard bytes.count >= 8 else { throw .truncated }
            guard bytes[6] == UInt8(ascii: "0") && bytes[7] == UInt8(ascii: "0") else {
                throw .unsupported("binary property list version other than 00")
            }
            return try BinaryPlist.decode(bytes)
        }
        var i = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { i = 3 }
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D {
            i += 1
        }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "<") else { throw .notAPropertyList }
        return try XMLPlist.decode(bytes)
    }
}

import IQCore

/// How a recovery journal is cut into entries: a 4-byte big-endian length, then a binary
/// property list with `at` and `edits`. A torn last frame (the process died mid-write) and
/// whatever follows it is not a frame. One place for both directions, so the journal and the
/// purge that rewrites it agree on what a whole frame is.
enum JournalFraming {
    static func frame(_ value: PlistValue) -> [UInt8] {
        let body = BinaryPlist.encode(value)
        let n = UInt32(body.count)
        return [UInt8(n >> 24), UInt8((n >> 16) & 0xFF), UInt8((n >> 8) & 0xFF), UInt8(n & 0xFF)] + body
    }

    /// The frames written whole, in order, up to the first that is torn or not a journal entry.
    static func frames(_ bytes: [UInt8]) -> [PlistValue] {
        var frames: [PlistValue] = []
        var i = 0
        while i + 4 <= bytes.count {
            let n = Int(bytes[i]) << 24 | Int(bytes[i + 1]) << 16 | Int(bytes[i + 2]) << 8 | Int(bytes[i + 3])
            guard n > 0, i + 4 + n <= bytes.count, let value = try? BinaryPlist.decode(Array(bytes[(i + 4)..<(i + 4 + n)])),
                  value["at"] != nil, case .array? = value["edits"] else { break }
            frames.append(value)
            i += 4 + n
        }
        return frames
    }
}

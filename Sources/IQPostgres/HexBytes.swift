/// PostgreSQL's text form of bytea: "\x" then two hex digits a byte.
enum HexBytes {
    static func decode<C: Collection<UInt8>>(_ text: C) -> [UInt8]? {
        guard text.count >= 2, text.count % 2 == 0, text.starts(with: [0x5C, 0x78]) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count / 2 - 1)
        var high: UInt8?
        for c in text.dropFirst(2) {
            guard let nibble = value(c) else { return nil }
            if let h = high {
                bytes.append(h << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
        }
        return bytes
    }

    private static func value(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: c - 0x30
        case 0x61...0x66: c - 0x61 + 10
        case 0x41...0x46: c - 0x41 + 10
        default: nil
        }
    }
}

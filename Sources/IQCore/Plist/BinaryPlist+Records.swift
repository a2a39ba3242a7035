extension BinaryPlistReader {
    /// The keys of the dictionary `ref` and the references of its values, without decoding the
    /// values; nil when `ref` is no dictionary. Marks it in progress, so a value that contains
    /// it is a cycle, as in a whole decode; `finish` ends that.
    mutating func dictionaryReferences(_ ref: Int) throws(PlistError) -> [(key: String, ref: Int)]? {
        guard let (isDict, n, start) = try containerHead(ref), isDict else { return nil }
        var pairs: [(key: String, ref: Int)] = []
        pairs.reserveCapacity(n)
        for i in 0..<n {
            guard case .string(let key) = try value(try reference(at: start + i * refSize), depth: 1) else {
                throw .corrupt("dictionary key is not a string")
            }
            pairs.append((key, try reference(at: start + (n + i) * refSize)))
        }
        sizes[ref] = Self.inProgress
        return pairs
    }

    /// The element references of the array `ref`; nil when it is no array. Marked in progress
    /// like `dictionaryReferences`.
    mutating func arrayReferences(_ ref: Int) throws(PlistError) -> [Int]? {
        guard let (isDict, n, start) = try containerHead(ref), !isDict else { return nil }
        var refs: [Int] = []
        refs.reserveCapacity(n)
        for i in 0..<n { refs.append(try reference(at: start + i * refSize)) }
        sizes[ref] = Self.inProgress
        return refs
    }

    mutating func finish(_ ref: Int) { sizes[ref] = 1 }

    /// The bytes of `ref` when it is an ASCII string; nil for any other object.
    func asciiBytes(_ ref: Int) throws(PlistError) -> UnsafeBufferPointer<UInt8>? {
        let offset = Int(Self.uint(b, at: offsetTable + ref * offsetSize, width: offsetSize))
        guard offset >= 8, offset < offsetTable else { throw .corrupt("object offset out of range") }
        let marker = b[offset]
        guard marker >> 4 == 0x5 else { return nil }
        let (n, start) = try count(at: offset, low: marker & 0x0F)
        try need(start, n)
        return UnsafeBufferPointer(rebasing: b[start..<(start + n)])
    }

    /// Whether `ref` is a dictionary or an array, its count and where its references start;
    /// nil for other objects.
    func containerHead(_ ref: Int) throws(PlistError) -> (isDict: Bool, count: Int, start: Int)? {
        let offset = Int(Self.uint(b, at: offsetTable + ref * offsetSize, width: offsetSize))
        guard offset >= 8, offset < offsetTable else { throw .corrupt("object offset out of range") }
        let marker = b[offset]
        guard marker >> 4 == 0xA || marker >> 4 == 0xD else { return nil }
        guard sizes[ref] != Self.inProgress else { throw .referenceCycle }
        let isDict = marker >> 4 == 0xD
        let (n, start) = try count(at: offset, low: marker & 0x0F)
        guard n <= (offsetTable - start) / (isDict ? 2 * refSize : refSize) else { throw .truncated }
        return (isDict, n, start)
    }
}

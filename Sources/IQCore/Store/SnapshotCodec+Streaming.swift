/// Reading a snapshot of the current format record by record: each record's values are decoded,
/// turned into the record and dropped before the next, so a load never holds the whole file as
/// a tree of values beside the document it becomes (for 100,000 cases that tree was larger than
/// the document). Any problem, and any older file, goes back to the whole-tree path, which gives
/// the same document and the same errors.
extension SnapshotCodec {
    static let tableKeys: Set<String> = ["partners", "sites", "measures", "cases", "payments"]

    /// The document of a well-formed binary snapshot of the current format; nil for anything
    /// else (the caller then reads it the whole-tree way).
    static func streamedDocument(_ bytes: [UInt8], path: String) -> (Document, Header)? {
        bytes.withUnsafeBufferPointer { buffer in
            guard var reader = try? BinaryPlistReader(buffer) else { return nil }
            return try? streamed(&reader, path: path)
        }
    }

    private static func streamed(_ reader: inout BinaryPlistReader, path: String) throws -> (Document, Header)? {
        let top = reader.topObject
        guard let entries = try reader.dictionaryReferences(top) else { return nil }
        var head: [(String, PlistValue)] = []
        var tables: [String: Int] = [:]
        for (key, ref) in entries {
            if tableKeys.contains(key) {
                // A key given twice counts once, the first, as in `PlistValue`'s subscript.
                if tables[key] == nil { tables[key] = ref }
            } else {
                head.append((key, try reader.value(ref, depth: 1)))
            }
        }
        let r = try PlistReader(.dict(head), path: "")
        guard try r.int("formatVersion") == Int64(formatVersion) else { return nil }
        let header = Header(formatVersion: formatVersion, savedAt: try r.date("savedAt"),
                            savedBy: ControlCharacters.stripped(try r.text("savedBy"), multiLine: false).text)
        var expanded = 1
        var document = Document()
        document.partners = try streamedTable(&reader, tables["partners"], "partners", &expanded)
        document.sites = try streamedTable(&reader, tables["sites"], "sites", &expanded)
        document.measures = try streamedTable(&reader, tables["measures"], "measures", &expanded)
        document.cases = try streamedTable(&reader, tables["cases"], "cases", &expanded)
        document.payments = try streamedTable(&reader, tables["payments"], "payments", &expanded)
        reader.finish(top)
        return (document, header)
    }

    private struct Unreadable: Error {}

    private static func streamedTable<R: SnapshotRecord>(_ reader: inout BinaryPlistReader, _ ref: Int?, _ key: String,
                                                         _ expanded: inout Int) throws -> RecordTable<R> {
        var table = RecordTable<R>()
        guard let ref else { return table }
        guard let refs = try reader.arrayReferences(ref) else { throw Unreadable() }
        table.reserveCapacity(refs.count)
        for (i, element) in refs.enumerated() {
            let value = try reader.value(element, depth: 2)
            // The whole-tree decode refuses a file whose shared containers expand too much.
            expanded += Int(reader.sizes[element])
            guard expanded <= BinaryPlistReader.maxExpandedValues else { throw Unreadable() }
            let record = try R(plist: try PlistReader(value, path: "\(key)[\(i)]"))
            guard table.put(record) == nil else { throw Unreadable() }
        }
        reader.finish(ref)
        return table
    }
}

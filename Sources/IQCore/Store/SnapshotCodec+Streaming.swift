/// Reading a snapshot of the current format record by record, each straight from the bytes
/// (`BinaryFields`), so a load never holds the file as a tree of values beside the document it
/// becomes (for 100,000 cases that tree was larger than the document). Any problem, and any
/// older file, goes back to the whole-tree path, which gives the same document and the same errors.
extension SnapshotCodec {
    static let tableKeys: Set<String> = ["partners", "sites", "measures", "cases", "payments"]

    /// The document of a well-formed binary snapshot of the current format; nil for anything
    /// else (the caller then reads it the whole-tree way).
    static func streamedDocument(_ bytes: [UInt8], path: String) -> (Document, Header)? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let reader = try? BinaryPlistReader(buffer), let source = BinaryRecordSource(reader) else { return nil }
            return try? streamed(source, path: path)
        }
    }

    private static func streamed(_ source: BinaryRecordSource, path: String) throws -> (Document, Header)? {
        let top = source.reader.topObject
        guard let entries = try source.reader.dictionaryReferences(top) else { return nil }
        var head: [(String, PlistValue)] = []
        var tables: [String: Int] = [:]
        for (key, ref) in entries {
            if tableKeys.contains(key) {
                // A key given twice counts once, the first, as in `PlistValue`'s subscript.
                if tables[key] == nil { tables[key] = ref }
            } else {
                head.append((key, try source.reader.value(ref, depth: 1)))
            }
        }
        let r = try PlistReader(.dict(head), path: "")
        guard try r.int("formatVersion") == Int64(formatVersion) else { return nil }
        let header = Header(formatVersion: formatVersion, savedAt: try r.date("savedAt"),
                            savedBy: ControlCharacters.stripped(try r.text("savedBy"), multiLine: false).text)
        var document = Document()
        document.partners = try streamedTable(source, tables["partners"])
        document.sites = try streamedTable(source, tables["sites"])
        document.measures = try streamedTable(source, tables["measures"])
        document.cases = try streamedTable(source, tables["cases"])
        document.payments = try streamedTable(source, tables["payments"])
        source.reader.finish(top)
        return (document, header)
    }

    private struct Unreadable: Error {}

    private static func streamedTable<R: SnapshotRecord>(_ source: BinaryRecordSource, _ ref: Int?) throws -> RecordTable<R> {
        var table = RecordTable<R>()
        guard let ref else { return table }
        guard let refs = try source.reader.arrayReferences(ref) else { throw Unreadable() }
        table.reserveCapacity(refs.count)
        for element in refs {
            let record = try R(fields: try source.open(element, frame: 0))
            try source.finishRecord()
            guard table.put(record) == nil else { throw Unreadable() }
        }
        source.reader.finish(ref)
        return table
    }
}

import Foundation

/// Records of the current format each written as a binary property list of its own (a database
/// row's record), read the way a file's are (`BinaryFields`), straight from their bytes.
extension SnapshotCodec {
    /// The document of these records, each kind's in order; nil for anything unusual (the caller
    /// then reads them the whole-tree way, which gives the same document or the exact error).
    /// Many records are read in up to `parts` parts at once (the caller's cores).
    public static func streamedDocument(records: (RecordKind) -> [[UInt8]], parts: Int = 1) -> Document? {
        var document = Document()
        do {
            document.partners = try streamedTable(records(.partner), parts: parts)
            document.sites = try streamedTable(records(.site), parts: parts)
            document.measures = try streamedTable(records(.measure), parts: parts)
            document.cases = try streamedTable(records(.case), parts: parts)
            document.payments = try streamedTable(records(.payment), parts: parts)
        } catch {
            return nil
        }
        return document
    }

    private struct Refused: Error {}

    /// Many records are read in parts at once (each record is a list of its own, so the parts
    /// share nothing), then put in their order.
    private static func streamedTable<R: SnapshotRecord>(_ records: [[UInt8]], parts: Int) throws(Refused) -> RecordTable<R> {
        let parts = records.count < 2_000 ? 1 : min(8, max(1, parts))
        let size = (records.count + parts - 1) / parts
        var decoded = [[R]?](repeating: nil, count: parts)
        decoded.withUnsafeMutableBufferPointer { buffer in
            // Each part writes only its own slot.
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                out[part] = try? streamed(R.self, records[min(records.count, part * size)..<min(records.count, (part + 1) * size)])
            }
        }
        var table = RecordTable<R>()
        table.reserveCapacity(records.count)
        for part in decoded {
            guard let part else { throw Refused() }
            for record in part {
                guard table.put(record) == nil else { throw Refused() }
            }
        }
        return table
    }

    private static func streamed<R: SnapshotRecord>(_: R.Type, _ records: ArraySlice<[UInt8]>) throws -> [R] {
        var out: [R] = []
        out.reserveCapacity(records.count)
        // One source for the part, restarted on each record's bytes (it never reads them after).
        var reused: BinaryRecordSource?
        for bytes in records {
            out.append(try bytes.withUnsafeBufferPointer { (buffer) throws -> R in
                let reader = try BinaryPlistReader(buffer)
                if let reused { try reused.restart(reader) } else { reused = BinaryRecordSource(reader) }
                guard let source = reused else { throw Refused() }
                let record = try R(fields: try source.open(reader.topObject, frame: 0))
                try source.finishRecord()
                return record
            })
        }
        return out
    }
}

import Foundation
import IQCore
import IQStore

/// Snapshot files written and read in process: generated partners in both formats beside
/// Foundation's coders (issue: 100,000 records, save ≤ 1 s, load ≤ 1 s), and the network with
/// 100,000 cases the way the program's store saves and loads it (issue 17: save ≤ 400 ms, load
/// ≤ 500 ms, wall, on the store's queue).
@MainActor struct SnapshotBench {
    let report: Report
    let quick: Bool
    let directory: String

    func partners() {
        report.section = .inProcess
        let recordCount = quick ? 10_000 : 100_000
        let runs = quick ? 3 : 5
        let document = BenchData.partnerDocument(recordCount)
        for format in SnapshotFormat.allCases {
            let file = SnapshotFile(path: "\(directory)/bench-\(format.rawValue).plist")
            let goal = format == .binary ? "≤ 1000 ms" : ""
            report.time("snapshot save \(format.rawValue), \(recordCount) records", goal: goal, runs: runs) { save(document, to: file, format: format) }
            report.time("snapshot load \(format.rawValue), \(recordCount) records", goal: goal, runs: runs) {
                guard let loaded = try? file.load(), loaded.document.partners.count == recordCount else { Self.fail("load failed") }
            }
        }

        // Where the load time goes: bytes to property-list values, values to records.
        if let bytes = try? SnapshotFile(path: "\(directory)/bench-binary.plist").read().0 {
            var tree: PlistValue = .array([])
            report.time("  of which: binary bytes -> plist values", runs: runs) { tree = (try? PropertyList.decodeAny(bytes)) ?? .array([]) }
            report.time("  of which: plist values -> document", runs: runs) { _ = try? SnapshotCodec.document(from: tree, path: "bench") }
            report.time("  of which: document -> plist values", runs: runs) { tree = SnapshotCodec.plist(document, savedAt: Date(), savedBy: "bench") }
            report.time("  of which: plist values -> binary bytes", runs: runs) { _ = BinaryPlist.encode(tree) }
        }

        // Baseline: the straightforward way, Foundation's Codable property-list coders, same records.
        let encoder = PropertyListEncoder()
        encoder.outputFormat = .binary
        var codableBytes = Data()
        report.time("baseline Foundation PropertyListEncoder, \(recordCount)", runs: quick ? 1 : 3) {
            codableBytes = (try? encoder.encode(document.partners.items)) ?? Data()
        }
        report.time("baseline Foundation PropertyListDecoder, \(recordCount)", runs: quick ? 1 : 3) {
            _ = try? PropertyListDecoder().decode([Partner].self, from: codableBytes)
        }
        report.add("peak memory of iq-bench after the snapshot runs, \(recordCount)", unit: "MB", values: [ownPeakMegabytes()])
    }

    /// The network with `network.cases.count` cases: saved under the lock as the store saves,
    /// loaded and indexed as the store loads (the partner and case lists' orders built off the UI loop, as the store does).
    func cases(_ network: Document) {
        report.section = .inProcess
        let count = network.cases.count
        let file = SnapshotFile(path: "\(directory)/bench-cases.plist")
        let runs = quick ? 3 : 5
        let save = report.time("save the network, \(count) cases (lock, encode, write, fsync)", goal: "≤ 400 ms", runs: runs) {
            self.save(network, to: file, format: .binary)
        }
        let load = report.time("load the network, \(count) cases (read, decode, index)", goal: "≤ 500 ms", runs: runs) {
            guard let loaded = try? file.load(), loaded.document.cases.count == count else { Self.fail("load failed") }
            loaded.document.prewarmLists()
        }
        guard count == 100_000 else { return }
        if let save { report.check(.save100k, save.median) }
        if let load { report.check(.load100k, load.median) }
    }

    func save(_ document: Document, to file: SnapshotFile, format: SnapshotFormat) {
        do {
            _ = try file.withLock { () throws(SnapshotError) in
                try file.write(SnapshotCodec.encode(document, format: format, savedAt: Date(), savedBy: "bench"))
            }
        } catch {
            Self.fail("save failed: \(error.message.text(.en))")
        }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("iq-bench: \(message)\n".utf8))
        exit(1)
    }
}

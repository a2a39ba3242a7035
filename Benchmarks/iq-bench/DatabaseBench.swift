import Foundation
import IQCore
import IQPostgres
import IQStore

/// The network with 100,000 cases on PostgreSQL (issue 18: data on screen ≤ 1 s, one edit's
/// save ≤ 20 ms round trip on localhost). Imported with `db import`'s code into a scratch
/// database this run creates and drops (never one that holds records), then loaded as the
/// program loads it, in process and by the release iq-tui on a pseudo-terminal, and saved one
/// changed case at a time against the loaded document.
@MainActor struct DatabaseBench {
    let report: Report
    let quick: Bool
    let directory: String
    let terminal: Bool
    /// A key=value connection string of a role that may create databases; nil: none given.
    let server: String?
    let network: (Int) -> Document

    static let builtWithout = "not measured: built without the PostgreSQL trait (swift build --traits PostgreSQL)"
    static let noServer = "not measured: no server given (--pg CONNSTRING or IQ_BENCH_PG)"

    func run() {
        report.section = .database
        let count = quick ? 10_000 : 100_000
        guard DatabaseSupport.isBuiltIn else { return notMeasured(count, Self.builtWithout) }
        guard let server else { return notMeasured(count, Self.noServer) }
        let scratch: ScratchDatabase
        do { scratch = try ScratchDatabase(server: server) } catch { return notMeasured(count, "not measured: \(error.message.text(.en))") }
        defer { scratch.drop() }
        let document = network(count)
        let start = monotonicNanoseconds()
        do throws(DatabaseError) {
            _ = try DatabaseCommands.initialise(connection: scratch.connection)
            try DatabaseCommands.importDocument(document, connection: scratch.connection)
        } catch {
            return notMeasured(count, "not measured: import failed: \(error.message.text(.en))")
        }
        report.add("db init + db import of the network, \(count) cases (one INSERT a row)", unit: "ms",
                   values: [Double(monotonicNanoseconds() - start) / 1e6])
        let load = inProcess(scratch.connection, count: count)
        let screen = terminal ? onTerminal(scratch.connection, count: count) : nil
        let save = saves(scratch.connection, count: count)
        guard count == 100_000 else { return }
        if let screen {
            report.check(.databaseOnScreen100k, screen)
        } else if let load {
            report.check(.databaseOnScreen100k, load, figure: Figure.text(load, "ms") + " (in process)")
        }
        if let save {
            report.check(.databaseSave100k, save.p99, figure: "p99 \(Figure.text(save.p99, "ms")), median \(Figure.text(save.median, "ms"))")
        }
    }

    private func notMeasured(_ count: Int, _ why: String) {
        report.add("connect to data on screen, \(count) cases from PostgreSQL", unit: "ms", values: [], note: why)
        report.add("save one edited case, round trip, against \(count) cases", unit: "ms", values: [], note: why)
    }

    /// Connect, read every row, decode, prewarm the lists (`DatabaseStore.load`), then the first
    /// frame of the case list; the median in ms.
    private func inProcess(_ connection: String, count: Int) -> Double? {
        var shown = false
        let times = report.time("connect to data on screen, \(count) cases from PostgreSQL (in process: load, prewarm, frame)",
                                goal: "≤ 1000 ms", runs: quick ? 3 : 5) {
            guard let document = load(connection, count: count) else { return }
            let state = InProcessBench.paneState(.cases, document: document)
            shown = state.document.cases.count == count
        }
        return shown ? times?.median : nil
    }

    private func load(_ connection: String, count: Int) -> Document? {
        let store: DatabaseStore
        do { store = try DatabaseStore.connect(connection) } catch { SnapshotBench.fail("connect: \(error.message.text(.en))") }
        guard case .store(.loaded(let loaded, _, _))? = store.load(user: "bench", mayWrite: true).first,
              loaded.document.cases.count == count else { SnapshotBench.fail("the database load failed") }
        return loaded.document
    }

    /// `iq-tui --store` on a pseudo-terminal until the first case is on screen; the median in ms.
    private func onTerminal(_ connection: String, count: Int) -> Double? {
        guard let program = Programs.iqTUI() else {
            report.add("pty: start to data on screen, from PostgreSQL", unit: "ms", values: [], note: Programs.missing)
            return nil
        }
        guard let home = Setup.empty(in: directory, name: "postgresql") else { return nil }
        let setup = Setup(name: home.name, label: "\(Setup.short(count)) cases from PostgreSQL", home: home.home, environment: home.environment)
        let arguments = Programs.iqTUIArguments(program) + ["--store", connection]
        let bench = TerminalBench(report: report, quick: quick, directory: directory, network: network)
        return bench.measureStart(program, arguments, setup, runs: quick ? 3 : 10).interactive
    }

    /// One case changed (its first name) and saved, again and again, each against the document
    /// the last save left: the wall time of `DatabaseStore.save`, which finds the changed record
    /// among all, encodes it and commits its UPDATE.
    private func saves(_ connection: String, count: Int) -> (median: Double, p99: Double)? {
        let store: DatabaseStore
        do { store = try DatabaseStore.connect(connection) } catch { SnapshotBench.fail("connect: \(error.message.text(.en))") }
        guard case .store(.loaded(let loaded, _, _))? = store.load(user: "bench", mayWrite: true).first else {
            SnapshotBench.fail("the database load failed")
        }
        var base = loaded.document
        let cases = base.cases.items
        let file = SnapshotFile(path: "\(directory)/postgresql-anchor")
        var times: [Double] = []
        var finding: [Double] = []
        for i in 0..<(quick ? 20 : 50) {
            var mine = base
            var edited = cases[(i * 7_919) % cases.count]
            edited.person.firstName = "Bench \(i)"
            // As the document reducer stamps an edit.
            edited.meta = RecordMeta(revision: edited.meta.revision + 1, modifiedAt: Date(), modifiedBy: "bench")
            _ = mine.cases.put(edited)
            let request = SaveRequest(file: file, document: mine, base: base, baseIdentity: nil, format: .binary,
                                      generation: i, at: Date(), user: "bench", journal: nil)
            var start = monotonicNanoseconds()
            _ = RowChanges(base: base, mine: mine)
            finding.append(Double(monotonicNanoseconds() - start) / 1e6)
            start = monotonicNanoseconds()
            let outcome = store.save(request)
            times.append(Double(monotonicNanoseconds() - start) / 1e6)
            guard case .saved(let document, _, _, _) = outcome else { SnapshotBench.fail("save \(i) failed: \(outcome)") }
            base = document
        }
        let saves = report.add("save one edited case, round trip, against \(count) cases", goal: "≤ 20 ms", unit: "ms", values: times)
        report.add("  of which: finding the changed case among all (RowChanges)", unit: "ms", values: finding)
        return saves
    }
}

import Foundation

/// The measurements iq-bench can run, by the name `--only` takes, in the order they run.
enum Part: String, CaseIterable {
    case snapshot, cases, inProcess = "in-process", longText = "long-text", partners200k = "partners-200k"
    case peers, idle, terminal, database

    /// Parts that start iq-tui (and its peers) on a pseudo-terminal: left out by --no-terminal.
    var needsTerminal: Bool { self == .peers || self == .idle || self == .terminal }
}

struct Options {
    var quick = false
    var jsonPath: String?
    var markdownPath: String?
    var terminal = true
    var only: Set<Part>?
    /// The server of the database part (--pg, else IQ_BENCH_PG): a key=value libpq connection string.
    var server = ProcessInfo.processInfo.environment["IQ_BENCH_PG"].flatMap { $0.isEmpty ? nil : $0 }
    var sample: (path: String, partners: Int, cases: Int?)?

    static let usage = """
        usage: iq-bench [--quick] [--json FILE] [--markdown FILE] [--no-terminal] [--only PART[,PART…]] [--long-text]
                        [--pg CONNSTRING]
               iq-bench --write-sample FILE PARTNERS [CASES]
        parts: \(Part.allCases.map(\.rawValue).joined(separator: ", "))

        """

    /// Whether `part` runs in this run.
    func runs(_ part: Part) -> Bool {
        (only?.contains(part) ?? true) && (terminal || !part.needsTerminal)
    }

    /// The options of `arguments` (without the program's name); a usage error ends the program.
    static func parse(_ arguments: [String]) -> Options {
        var options = Options()
        var args = arguments
        func fail(_ message: String) -> Never {
            FileHandle.standardError.write(Data(("iq-bench: \(message)\n" + usage).utf8))
            exit(2)
        }
        func value(_ flag: String) -> String {
            guard let value = args.first else { fail("\(flag) needs a value") }
            args.removeFirst()
            return value
        }
        while let arg = args.first {
            args.removeFirst()
            switch arg {
            case "--quick": options.quick = true
            case "--no-terminal": options.terminal = false
            case "--long-text": options.only = [.longText]
            case "--json": options.jsonPath = value(arg)
            case "--markdown": options.markdownPath = value(arg)
            case "--pg": options.server = value(arg)
            case "--only":
                var parts = Set<Part>()
                for name in value(arg).split(separator: ",") {
                    guard let part = Part(rawValue: String(name)) else { fail("no part \"\(name)\"") }
                    parts.insert(part)
                }
                options.only = parts
            case "--write-sample":
                // iq-bench --write-sample FILE N: a data file of N generated partners; with a case
                // count too, the generated network (seed data, N partners, measures, payments, cases).
                guard args.count >= 2, let n = Int(args[1]) else { fail("--write-sample needs FILE and PARTNERS") }
                options.sample = (args[0], n, nil)
                args.removeFirst(2)
                if let m = args.first.flatMap({ Int($0) }) {
                    options.sample?.cases = m
                    args.removeFirst()
                }
            case "--help", "-h":
                print(usage, terminator: "")
                exit(0)
            default: fail("unknown option \(arg)")
            }
        }
        return options
    }
}

import Foundation
import IQCore

// iq-harness: the robustness harness beside iq-bench (issue 9). Benchmarks/robustness.sh runs
// it together with the checks of the real binary in a pseudo-terminal.
//
//   iq-harness reducer [--seed N] [--actions M] [--long] [--quiet]
//       Drives seeded random but plausible actions into AppReducer with an in-memory
//       environment — keys through the key map for the current input mode, clock ticks,
//       resizes, undo/redo, document edits, the results a store worker could deliver, others'
//       saves, signals and restarts — and checks the state's invariants after every action
//       (see Invariants.swift). On a violation: the seed, the step, the last 30 actions, exit 1.
//       Default 100,000 actions; --long is 1,000,000. A crash (a trap in the program) prints the
//       seed and the step; `--actions STEP-1 --show-trail` then shows the actions before it.
//       Generated records, typed text and pastes carry hostile text (HostileText.swift): long
//       fields of up to --long-text N characters (default 20,000), controls, escape
//       sequences, bidi overrides and grapheme clusters; no frame cell may hold a control.

let usage = """
    usage: iq-harness reducer [--seed N] [--actions M] [--long] [--long-text N] [--quiet] [--show-trail]
    """

func usageError(_ text: String) -> Never {
    FileHandle.standardError.write(Data("\(text)\n\(usage)\n".utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.first == "reducer" else { usageError(arguments.isEmpty ? "a command is missing" : "unknown command \(arguments[0])") }
arguments.removeFirst()

var seed: UInt64 = 1
var actions = 100_000
var quiet = false
var showTrail = false
while let argument = arguments.first {
    arguments.removeFirst()
    switch argument {
    case "--seed":
        guard let value = arguments.first.flatMap({ UInt64($0) }) else { usageError("--seed needs a number") }
        seed = value
        arguments.removeFirst()
    case "--actions":
        guard let value = arguments.first.flatMap({ Int($0) }), value >= 0 else { usageError("--actions needs a number") }
        actions = value
        arguments.removeFirst()
    case "--long":
        actions = 1_000_000
    case "--long-text":
        guard let value = arguments.first.flatMap({ Int($0) }), value >= 0 else { usageError("--long-text needs a number") }
        HostileText.longest = value
        arguments.removeFirst()
    case "--quiet":
        quiet = true
    case "--show-trail":
        showTrail = true
    default:
        usageError("unknown option \(argument)")
    }
}

CrashReport.install(seed: seed)
let run = ReducerRun(seed: seed, quiet: quiet)
let started = DispatchTime.now().uptimeNanoseconds
let outcome = run.run(actions: actions)
let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
switch outcome {
case .passed:
    let rate = seconds > 0 ? Double(actions) / seconds : 0
    print("iq-harness reducer: seed \(seed), \(actions) actions, every invariant held")
    print(run.coverageSummary())
    print(String(format: "%.1f s, %.0f actions/s", seconds, rate))
    if showTrail { print(run.trailReport()) }
    exit(0)
case .violated(let report):
    print(report)
    exit(1)
}

import Foundation

/// Typing into the program and timing its answer: the same driver for iq-tui and its peers.
extension PseudoTerminal {
    /// A pause this long ends a keystroke's answer (the pause itself is not counted).
    static let keyQuiet = 0.03

    /// The answer to a key: from the write to the first byte and to the last byte before the
    /// pause, its bytes, and the program's write calls meanwhile (nil where /proc has no count).
    struct Answer {
        var firstByteMs: Double
        var ms: Double
        var bytes: Int
        var writes: Int?
    }

    var stats: ProcStats { ProcStats(pid: pid) }

    /// Types `keys` and reads the answer, or nil when nothing came within 5 s.
    func press(_ keys: String) -> Answer? {
        while read(timeout: 0) {} // anything left over is not part of this answer
        let before = output.count
        let writesBefore = stats.writeCalls()
        let start = type(keys)
        guard read(timeout: 5) else { return nil }
        let first = lastByteAt
        let last = endOfBurst(gap: Self.keyQuiet)
        let writesAfter = stats.writeCalls()
        let writes = writesBefore.flatMap { before in writesAfter.map { $0 - before } }
        return Answer(firstByteMs: Double(first - start) / 1e6, ms: Double(last - start) / 1e6, bytes: output.count - before, writes: writes)
    }

    /// Types `keys` that lead to a measurement and lets their answer (if any: a key can leave
    /// the screen as it is) pass.
    func prepare(_ keys: String) {
        type(keys)
        if read(timeout: 0.5) { _ = endOfBurst(gap: Self.keyQuiet) }
    }

    /// Answers to walking a list of `count` entries with `down` and back with `up`, `runs` keys.
    func walk(down: String = "j", up: String = "k", count: Int, runs: Int) -> KeySeries {
        var series = KeySeries()
        var position = 0
        var forward = true
        for _ in 0..<runs {
            if forward, position == count - 1 { forward = false } else if !forward, position == 0 { forward = true }
            position += forward ? 1 : -1
            series.take(press(forward ? down : up))
        }
        return series
    }

    /// `keys` typed `runs` times.
    func series(_ keys: String, runs: Int) -> KeySeries {
        var series = KeySeries()
        for _ in 0..<runs { series.take(press(keys)) }
        return series
    }

    /// Quits as a person would (Esc out of whatever is open, then `quit`, `j` if asked), and
    /// makes sure the program is gone: SIGTERM, then SIGKILL, after a few seconds.
    func quit(with keys: String = "q", escapes: Int = 2) {
        guard !reap() else { return }
        for _ in 0..<escapes {
            type("\u{1b}")
            settle(quiet: 0.06, limit: 1)
        }
        type(keys)
        if waitForExit(timeout: 3) { return }
        type("j")
        if waitForExit(timeout: 3) { return }
        kill()
    }
}

/// The answers to a series of keys, column by column.
struct KeySeries {
    var firstByte: [Double] = []
    var times: [Double] = []
    var bytes: [Double] = []
    var writes: [Double] = []
    var silent = 0

    mutating func take(_ answer: PseudoTerminal.Answer?) {
        guard let answer else {
            silent += 1
            return
        }
        firstByte.append(answer.firstByteMs)
        times.append(answer.ms)
        bytes.append(Double(answer.bytes))
        if let writes = answer.writes { self.writes.append(Double(writes)) }
    }

    mutating func append(_ other: KeySeries) {
        firstByte += other.firstByte
        times += other.times
        bytes += other.bytes
        writes += other.writes
        silent += other.silent
    }

    /// Keys that got no answer, as a row's note.
    var note: String? {
        silent == 0 ? nil : "\(silent) keys got no answer within 5 s"
    }
}

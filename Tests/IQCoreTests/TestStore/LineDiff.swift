/// The runs of lines that differ between two texts, found by Myers' algorithm: its cost grows
/// with the number of differing lines, not with the length, so a one-field change in a state
/// that dumps to thousands of lines (the seed's 89 partners) is found at once.
enum LineDiff {
    struct Hunk: Equatable {
        var oldRange: Range<Int>
        var newRange: Range<Int>
    }

    /// More differing lines than this are shown as one block: a test that far off needs no
    /// finer diff, and the search stays small.
    static let maxEdits = 1_000

    static func hunks(_ old: [String], _ new: [String]) -> [Hunk] {
        // Common leading and trailing lines are cut first: a state differs in a few fields.
        var start = 0
        while start < old.count, start < new.count, old[start] == new[start] { start += 1 }
        var oldEnd = old.count, newEnd = new.count
        while oldEnd > start, newEnd > start, old[oldEnd - 1] == new[newEnd - 1] { oldEnd -= 1; newEnd -= 1 }
        let a = Array(old[start..<oldEnd]), b = Array(new[start..<newEnd])
        if a.isEmpty && b.isEmpty { return [] }
        guard let steps = editSteps(a, b) else { return [Hunk(oldRange: start..<oldEnd, newRange: start..<newEnd)] }
        // Consecutive steps that are not a common line make one hunk.
        var result: [Hunk] = []
        var i = 0, j = 0
        var open: Hunk?
        for step in steps {
            switch step {
            case .same:
                if let hunk = open { result.append(hunk); open = nil }
                i += 1; j += 1
            case .delete:
                var hunk = open ?? Hunk(oldRange: start + i..<start + i, newRange: start + j..<start + j)
                hunk.oldRange = hunk.oldRange.lowerBound..<start + i + 1
                open = hunk
                i += 1
            case .insert:
                var hunk = open ?? Hunk(oldRange: start + i..<start + i, newRange: start + j..<start + j)
                hunk.newRange = hunk.newRange.lowerBound..<start + j + 1
                open = hunk
                j += 1
            }
        }
        if let hunk = open { result.append(hunk) }
        return result
    }

    enum Step { case same, delete, insert }

    /// The shortest edit script from `a` to `b`, or nil when it is longer than `maxEdits`.
    static func editSteps(_ a: [String], _ b: [String]) -> [Step]? {
        let n = a.count, m = b.count
        let limit = min(n + m, maxEdits)
        let offset = limit + 1
        // v[k + offset]: the furthest x reached on diagonal k; one copy per round to walk back.
        var v = Array(repeating: 0, count: 2 * limit + 3)
        var trace: [[Int]] = []
        for d in 0...limit {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x = k == -d || (k != d && v[k - 1 + offset] < v[k + 1 + offset]) ? v[k + 1 + offset] : v[k - 1 + offset] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[k + offset] = x
                if x >= n, y >= m { return walkBack(trace, n, m, offset) }
            }
        }
        return nil
    }

    private static func walkBack(_ trace: [[Int]], _ n: Int, _ m: Int, _ offset: Int) -> [Step] {
        var steps: [Step] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK = k == -d || (k != d && v[k - 1 + offset] < v[k + 1 + offset]) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : v[previousK + offset]
            let previousY = d == 0 ? 0 : previousX - previousK
            while x > previousX, y > previousY {
                steps.append(.same)
                x -= 1; y -= 1
            }
            if d > 0 { steps.append(x == previousX ? .insert : .delete) }
            x = previousX
            y = previousY
        }
        return steps.reversed()
    }
}

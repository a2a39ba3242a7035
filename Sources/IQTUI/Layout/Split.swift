/// How much of a rectangle one part of a split gets, along the split's direction.
enum Constraint: Equatable, Sendable {
    /// Exactly this many cells, or what is left when the rectangle is smaller.
    case fixed(Int)
    /// This share of the whole (rounded down), or what is left.
    case percent(Int)
    /// An equal share of what the fixed and percent parts leave (the last one takes the
    /// remainder of the division).
    case fill
}

extension Rect {
    /// Top to bottom, each part as wide as the rectangle, `spacing` rows between parts.
    func rows(_ parts: [Constraint], spacing: Int = 0) -> [Rect] {
        Rect.lengths(parts, of: height, spacing: spacing).map { Rect(x: x, y: y + $0.start, width: width, height: $0.length) }
    }

    /// The first `count` rows, one rectangle each (a list of one-line widgets).
    func rows(count: Int) -> [Rect] {
        rows(Array(repeating: .fixed(1), count: max(0, count)))
    }

    /// Left to right, each part as tall as the rectangle, `spacing` columns between parts.
    func columns(_ parts: [Constraint], spacing: Int = 0) -> [Rect] {
        Rect.lengths(parts, of: width, spacing: spacing).map { Rect(x: x + $0.start, y: y, width: $0.length, height: height) }
    }

    /// The rectangle with margins taken off its sides.
    func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// Where each part starts and how long it is: fixed and percent parts first, in order, as
    /// far as the length goes; the fill parts share the rest.
    private static func lengths(_ parts: [Constraint], of total: Int, spacing: Int) -> [(start: Int, length: Int)] {
        let room = max(0, total - spacing * max(0, parts.count - 1))
        var left = room
        var lengths = parts.map { part -> Int? in
            let wanted: Int
            switch part {
            case .fixed(let n): wanted = n
            case .percent(let p): wanted = room * p / 100
            case .fill: return nil
            }
            let length = min(max(0, wanted), left)
            left -= length
            return length
        }
        let fills = lengths.indices.filter { lengths[$0] == nil }
        for (n, i) in fills.enumerated() {
            lengths[i] = n == fills.count - 1 ? left - (left / fills.count) * (fills.count - 1) : left / fills.count
        }
        var start = 0
        return lengths.map { length in
            defer { start += (length ?? 0) + spacing }
            return (start, length ?? 0)
        }
    }
}

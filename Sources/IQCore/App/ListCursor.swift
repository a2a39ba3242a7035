/// The selected row of a list. Which rows are on screen is the view's business (its render
/// state follows the selection); a page-wise move arrives as `.by(rows)` with the page the
/// screen has.
public struct ListCursor: Equatable, Sendable {
    public var selected: Int = 0

    public init(selected: Int = 0) {
        self.selected = selected
    }

    public enum Move: Equatable, Sendable {
        case up, down, home, end
        case by(Int)
    }

    public mutating func move(_ move: Move, count: Int) {
        switch move {
        case .up: selected -= 1
        case .down: selected += 1
        case .home: selected = 0
        case .end: selected = count - 1
        case .by(let n): selected += n
        }
        clamp(count: count)
    }

    public mutating func select(_ row: Int, count: Int) {
        selected = row
        clamp(count: count)
    }

    /// Keeps the selection inside the list.
    public mutating func clamp(count: Int) {
        selected = count == 0 ? 0 : min(max(selected, 0), count - 1)
    }
}

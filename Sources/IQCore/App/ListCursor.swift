/// The selected row of a list and the first row shown. The reducer keeps the selection visible
/// for the page height the terminal currently gives the list.
public struct ListCursor: Equatable, Sendable {
    public var selected: Int = 0
    public var offset: Int = 0

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    public enum Move: Equatable, Sendable {
        case up, down, pageUp, pageDown, home, end
        case by(Int)
    }

    public mutating func move(_ move: Move, count: Int, page: Int) {
        let page = max(1, page)
        switch move {
        case .up: selected -= 1
        case .down: selected += 1
        case .pageUp: selected -= page
        case .pageDown: selected += page
        case .home: selected = 0
        case .end: selected = count - 1
        case .by(let n): selected += n
        }
        clamp(count: count, page: page)
    }

    public mutating func select(_ row: Int, count: Int, page: Int) {
        selected = row
        clamp(count: count, page: page)
    }

    /// Keeps the selection inside the list and on screen.
    public mutating func clamp(count: Int, page: Int) {
        let page = max(1, page)
        selected = count == 0 ? 0 : min(max(selected, 0), count - 1)
        if selected < offset { offset = selected }
        if selected >= offset + page { offset = selected - page + 1 }
        offset = max(0, min(offset, max(0, count - page)))
    }
}

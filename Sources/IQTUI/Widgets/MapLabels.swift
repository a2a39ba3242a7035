/// Where the map's marker labels go: greedy, selected markers first, then the others in the
/// order given. Each label tries the right of its marker, then the left, above, below, and
/// takes the first spot where its text stays inside the map and covers no marker, no other
/// label, and no label's margin. A label keeps one blank column on each side (its margin) so
/// neighbouring labels never run together; margins may touch each other, not text or markers.
/// A label that fits nowhere is left out, except a selected one: that is always shown, cut to
/// the room there is, covering as few markers as possible.
struct MapLabelPlacer {
    struct Item {
        var cell: Point
        var text: String
        var isSelected: Bool
    }

    struct Placement: Equatable {
        /// Index into the items.
        var item: Int
        var x: Int
        var y: Int
        var text: String
        var width: Int
        var isSelected: Bool
        var rect: Rect { Rect(x: x, y: y, width: width, height: 1) }
    }

    private enum Occupancy: UInt8 {
        case free = 0, margin, text, marker
    }

    let area: Rect
    let ellipsis: String
    private var grid: [Occupancy]

    init(area: Rect, ellipsis: String = "…") {
        self.area = area
        self.ellipsis = ellipsis
        grid = Array(repeating: .free, count: area.width * area.height)
    }

    private func at(_ x: Int, _ y: Int) -> Occupancy? {
        guard area.contains(x: x, y: y) else { return nil }
        return grid[(y - area.y) * area.width + (x - area.x)]
    }

    private mutating func mark(_ x: Int, _ y: Int, _ value: Occupancy) {
        guard area.contains(x: x, y: y) else { return }
        let i = (y - area.y) * area.width + (x - area.x)
        if grid[i].rawValue < value.rawValue { grid[i] = value }
    }

    /// Candidate origins for a label `width` columns wide, in the order they are tried.
    private func candidates(_ cell: Point, width: Int) -> [Point] {
        let centred = min(max(cell.x - (width - 1) / 2, area.x), area.maxX - width)
        return [Point(x: cell.x + 2, y: cell.y), Point(x: cell.x - 1 - width, y: cell.y),
                Point(x: centred, y: cell.y - 1), Point(x: centred, y: cell.y + 1)]
    }

    private func fits(_ origin: Point, width: Int) -> Bool {
        guard origin.y >= area.y, origin.y < area.maxY, origin.x >= area.x, origin.x + width <= area.maxX else { return false }
        for x in origin.x..<(origin.x + width) where at(x, origin.y) != .free { return false }
        for x in [origin.x - 1, origin.x + width] {
            if let o = at(x, origin.y), o != .free, o != .margin { return false }
        }
        return true
    }

    private mutating func occupy(_ origin: Point, width: Int) {
        for x in origin.x..<(origin.x + width) { mark(x, origin.y, .text) }
        mark(origin.x - 1, origin.y, .margin)
        mark(origin.x + width, origin.y, .margin)
    }

    mutating func place(_ items: [Item]) -> [Placement] {
        for item in items { mark(item.cell.x, item.cell.y, .marker) }
        let order = items.indices.filter { items[$0].isSelected } + items.indices.filter { !items[$0].isSelected }
        var placements: [Placement] = []
        for i in order {
            let item = items[i]
            let width = TextWidth.of(item.text)
            guard width > 0 else { continue }
            if let origin = candidates(item.cell, width: width).first(where: { fits($0, width: width) }) {
                occupy(origin, width: width)
                placements.append(Placement(item: i, x: origin.x, y: origin.y, text: item.text, width: width, isSelected: item.isSelected))
            } else if item.isSelected, let p = fallback(item, index: i, width: width) {
                occupy(Point(x: p.x, y: p.y), width: p.width)
                placements.append(p)
            }
        }
        return placements
    }

    /// A selected label with no free spot: the candidate showing the most of it, cut to fit,
    /// each marker it would cover counting as four lost columns.
    private func fallback(_ item: Item, index: Int, width: Int) -> Placement? {
        let c = item.cell
        let rightRoom = area.maxX - (c.x + 2), leftRoom = c.x - 1 - area.x
        let options: [(Point, Int)] = [
            (Point(x: c.x + 2, y: c.y), min(width, rightRoom)),
            (Point(x: c.x - 1 - min(width, leftRoom), y: c.y), min(width, leftRoom)),
            (Point(x: min(max(c.x - (width - 1) / 2, area.x), area.maxX - min(width, area.width)), y: c.y - 1), min(width, area.width)),
            (Point(x: min(max(c.x - (width - 1) / 2, area.x), area.maxX - min(width, area.width)), y: c.y + 1), min(width, area.width)),
        ]
        var best: (placement: Placement, score: Int)?
        for (origin, room) in options where room > 0 && origin.y >= area.y && origin.y < area.maxY {
            let text = TextWidth.truncate(item.text, to: room, ellipsis: ellipsis)
            let w = TextWidth.of(text)
            var covered = 0
            for x in origin.x..<(origin.x + w) where at(x, origin.y) == .marker { covered += 1 }
            let score = w - 4 * covered
            if best == nil || score > best!.score {
                best = (Placement(item: index, x: origin.x, y: origin.y, text: text, width: w, isSelected: true), score)
            }
        }
        return best?.placement
    }
}

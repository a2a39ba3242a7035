/// How a table's columns share its width, by what the rows on screen hold: a column gets what
/// its widest visible cell (or its title) needs, between its minimum and maximum; a column
/// empty on screen shrinks to its title; when the width is short, columns are dropped by drop
/// order; the short unweighted columns get their content first, the weighted ones (names)
/// share what is left by weight; width to spare goes to the last column. Pure and
/// allocation-light: it runs every frame.
enum ColumnLayout {
    /// One column's rules and what the visible rows need of it.
    struct Demand: Equatable {
        var minimum: Int
        /// Content beyond this is cut (a fixed column has minimum == maximum).
        var maximum: Int
        /// Share of spare or short width; 0 takes only what its content needs.
        var weight: Int
        var dropOrder: Int
        var titleWidth: Int
        /// The widest cell of the column among the visible rows; 0 when all are empty.
        var contentWidth: Int

        /// What the column wants: its content (or title), within its bounds.
        var desired: Int {
            contentWidth == 0 ? min(titleWidth, maximum) : min(max(contentWidth, titleWidth, minimum == maximum ? minimum : 0), maximum)
        }

        /// Below this its content is cut before the other columns shrink any further.
        var floor: Int { min(minimum, desired) }
    }

    /// The kept columns, in order, and the width each gets; one space between columns.
    static func widths(_ columns: [Demand], width: Int) -> [(index: Int, width: Int)] {
        var kept = Array(columns.indices)
        func gaps(_ n: Int) -> Int { max(0, n - 1) }
        var floors = kept.reduce(0) { $0 + columns[$1].floor }
        while kept.count > 1, floors + gaps(kept.count) > width {
            guard let drop = kept.max(by: { columns[$0].dropOrder < columns[$1].dropOrder }), columns[drop].dropOrder > 0 else { break }
            kept.removeAll { $0 == drop }
            floors -= columns[drop].floor
        }
        var result = kept.map { (index: $0, width: columns[$0].floor) }
        var spare = width - floors - gaps(kept.count)
        // First the short data columns (weight 0: a status, a date) take what their content needs,
        // then the weighted ones by weight.
        spare = share(&result, spare, columns, weighted: false, upTo: \.desired)
        spare = share(&result, spare, columns, weighted: true, upTo: \.desired)
        // Width to spare after all content is whole stays at the right end, so a row reads as
        // one line instead of words far apart.
        if spare > 0, let last = result.indices.last { result[last].width += spare }
        return result
    }

    /// Hands out `spare` cells to the columns below their `upTo` bound, by weight (or evenly
    /// among the unweighted ones), in rounds until none is left or none wants more; the rest.
    private static func share(_ result: inout [(index: Int, width: Int)], _ spare: Int, _ columns: [Demand],
                              weighted: Bool, upTo bound: KeyPath<Demand, Int>) -> Int {
        var spare = spare
        while spare > 0 {
            var totalWeight = 0
            for item in result where item.width < columns[item.index][keyPath: bound] {
                let c = columns[item.index]
                if weighted, c.weight > 0 { totalWeight += c.weight } else if !weighted, c.weight == 0 { totalWeight += 1 }
            }
            guard totalWeight > 0 else { break }
            let round = spare
            for n in result.indices where spare > 0 {
                let c = columns[result[n].index]
                let w = weighted ? c.weight : (c.weight == 0 ? 1 : 0)
                let room = c[keyPath: bound] - result[n].width
                guard w > 0, room > 0 else { continue }
                // At least one cell per round, so rounding never stalls the loop.
                let give = min(room, spare, max(1, round * w / totalWeight))
                result[n].width += give
                spare -= give
            }
        }
        return spare
    }
}

/// How a table's columns share its width, by what the rows on screen hold: a column gets what
/// its widest visible cell needs, between its minimum and maximum; a column empty on screen
/// needs nothing; when the width is short, columns are dropped (empty ones first, then by drop
/// order, also before a short column that must stay is cut); the short unweighted columns get
/// their content and title first, the weighted ones (names) share what is left by weight; then
/// the other titles, and width to spare goes to the last column. A title is never counted as content: in English ("Initials", "Next") and
/// German alike, a long title does not keep room a cut cell needs. Pure and allocation-light:
/// it runs every frame.
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

        /// What the column's content wants, within its bounds (a fixed one its whole width).
        var desired: Int {
            contentWidth == 0 ? 0 : min(max(contentWidth, minimum == maximum ? minimum : 0), maximum)
        }

        /// With room to spare: the content and the whole title.
        var titled: Int { max(desired, titleWidth) }

        /// Below this its content is cut before the other columns shrink any further.
        var floor: Int { min(minimum, desired) }
    }

    /// The kept columns, in order, and the width each gets; one space between columns.
    static func widths(_ columns: [Demand], width: Int) -> [(index: Int, width: Int)] {
        var kept = Array(columns.indices)
        func gaps(_ n: Int) -> Int { max(0, n - 1) }
        var floors = kept.reduce(0) { $0 + columns[$1].floor }
        // A column empty on screen goes first (it shows nothing), then by drop order.
        func dropRank(_ i: Int) -> Int { columns[i].desired == 0 ? Int.max : columns[i].dropOrder }
        while kept.count > 1, floors + gaps(kept.count) > width {
            guard let drop = kept.max(by: { dropRank($0) < dropRank($1) }), dropRank(drop) > 0 else { break }
            kept.removeAll { $0 == drop }
            floors -= columns[drop].floor
        }
        // A droppable column lives on the room the others' content leaves: it goes before a
        // short column that must stay (drop order 0, unweighted: a number, a status) would be cut.
        func essentials() -> Int {
            kept.reduce(0) { sum, i in
                let c = columns[i]
                return sum + (c.dropOrder == 0 && c.weight == 0 ? c.desired : c.floor)
            } + gaps(kept.count)
        }
        while kept.count > 1, essentials() > width,
              let drop = kept.max(by: { dropRank($0) < dropRank($1) }), dropRank(drop) > 0 {
            kept.removeAll { $0 == drop }
            floors -= columns[drop].floor
        }
        var result = kept.map { (index: $0, width: columns[$0].floor) }
        var spare = width - floors - gaps(kept.count)
        // First the short data columns (weight 0: a status, a date) take what their content needs,
        // then the weighted ones by weight.
        // A short column's whole title comes before the names share beyond their minimum.
        spare = share(&result, spare, columns, weighted: false, upTo: \.desired)
        spare = share(&result, spare, columns, weighted: false, upTo: \.titled)
        spare = share(&result, spare, columns, weighted: true, upTo: \.desired)
        spare = share(&result, spare, columns, weighted: nil, upTo: \.titled)
        // An empty column that got no room at all is left out, with its gap.
        if result.count > 1 {
            let before = result.count
            result.removeAll { $0.width == 0 }
            spare += before - max(result.count, 1)
        }
        // Width to spare after all content is whole stays at the right end, so a row reads as
        // one line instead of words far apart.
        if spare > 0, let last = result.indices.last { result[last].width += spare }
        return result
    }

    /// Hands out `spare` cells to the columns below their `upTo` bound, by weight (or evenly
    /// among the unweighted ones, or evenly among all for `nil`), in rounds until none is left or
    /// none wants more; the rest.
    private static func share(_ result: inout [(index: Int, width: Int)], _ spare: Int, _ columns: [Demand],
                              weighted: Bool?, upTo bound: KeyPath<Demand, Int>) -> Int {
        var spare = spare
        while spare > 0 {
            var totalWeight = 0
            for item in result where item.width < columns[item.index][keyPath: bound] {
                totalWeight += share(of: columns[item.index], weighted)
            }
            guard totalWeight > 0 else { break }
            let round = spare
            for n in result.indices where spare > 0 {
                let c = columns[result[n].index]
                let w = share(of: c, weighted)
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

    /// A column's part in a round: its weight, one for an unweighted column, or one for any.
    private static func share(of c: Demand, _ weighted: Bool?) -> Int {
        switch weighted {
        case true?: c.weight
        case false?: c.weight == 0 ? 1 : 0
        case nil: 1
        }
    }
}

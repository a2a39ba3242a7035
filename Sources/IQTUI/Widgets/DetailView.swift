/// Label and value lines of one record, values wrapped at word boundaries.
public struct DetailView {
    public struct Line: Equatable, Sendable {
        public var label: String
        public var value: String
        /// A heading between groups of fields (the label is its title; there is no value).
        public var isSection = false
        /// The value is the "none" placeholder: a pane too low for every line leaves it out.
        public var isBlank = false
        public init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }

        /// A field shown as `none` when empty.
        public init(_ label: String, _ value: String, or none: String) {
            self.init(label, value.isEmpty ? none : value)
            isBlank = value.isEmpty
        }

        /// A group's heading, with a blank line before it unless it comes first.
        public static func section(_ title: String) -> Line {
            var line = Line(title, "")
            line.isSection = true
            return line
        }
    }

    public var heading: String
    public var lines: [Line]
    /// A selectable list under the fields (the partner's relations), with its title.
    public var linksTitle = ""
    public var links: [String] = []
    public var linkCursor = 0
    /// Links that are group headings (a kind of relation with its count), drawn as such.
    public var linkHeadings: Set<Int> = []
    /// The first lines that stay under the heading while the rest scrolls (a partner's category).
    public var pinned = 0
    /// A line above the heading (the path walked through the network).
    public var trail = ""
    /// First line shown when nothing selected decides (PgUp/PgDn in a long entry).
    public var scroll = 0
    /// In the focused pane the selected link takes the terminal's cursor (screen readers).
    public var focused = false

    public init(heading: String, lines: [Line]) {
        self.heading = heading
        self.lines = lines
    }

    /// One screen line: a whole-width line (trail, heading, blank) or a labelled value.
    private enum Row {
        case wide(String, StyleRole)
        case field(label: String, text: String, role: StyleRole, selected: Bool)
    }

    /// Lines shown of one field, at most.
    static let maxLinesPerField = 200

    /// Bytes one wrapped line may gather, whatever its width: room for every cluster a line of
    /// `width` columns can show, but not for a run of zero-width words without end.
    static func maxLineBytes(_ width: Int) -> Int { max(256, width * 32) }

    /// Draws the record; when it is taller than the room, scrolls so the selected link stays in
    /// view (the relations come last and would otherwise be cut off in a small pane).
    public func draw(in rect: Rect, on canvas: inout Canvas) {
        guard rect.height > 0, rect.width > 4 else { return }
        let labelWidth = min(max((lines.filter { !$0.isSection }.map { TextWidth.of($0.label) } + [TextWidth.of(linksTitle)]).max() ?? 0, 6) + 1,
                             rect.width / 3)
        var layout = rows(labelWidth: labelWidth, width: rect.width, compact: false, canvas: canvas)
        if !links.isEmpty, layout.rows.count > rect.height {
            // Too low for all: the fields first (blank ones and the spacing left out, one line
            // each), the relations in the rows below them, scrolled to the selected one.
            layout = rows(labelWidth: labelWidth, width: rect.width, compact: true, canvas: canvas)
            if rect.height >= 4 {
                drawSplit(layout, labelWidth: labelWidth, in: rect, on: &canvas)
                return
            }
        }
        draw(layout, labelWidth: labelWidth, in: rect, on: &canvas)
    }

    private struct Layout {
        var rows: [Row] = []
        var fixedRows = 0
        var selectedRow: Int?
        var firstLink = 0
    }

    private func rows(labelWidth: Int, width: Int, compact: Bool, canvas: Canvas) -> Layout {
        let valueWidth = width - labelWidth - 1
        var layout = Layout()
        var rows: [Row] = []
        if !trail.isEmpty { rows.append(.wide(trail, .dim)) }
        rows.append(.wide(heading, .accent))
        for (n, line) in lines.enumerated() {
            if n == pinned, pinned > 0 { layout.fixedRows = rows.count }
            if n == pinned, !compact { rows.append(.wide("", .normal)) }
            if line.isSection {
                if rows.count > (trail.isEmpty ? 2 : 3), !compact { rows.append(.wide("", .normal)) }
                rows.append(.wide(line.label, .accent))
                continue
            }
            if compact, line.isBlank { continue }
            // A field of more lines than anyone reads here (the form shows it whole) ends in "…":
            // a 1 MB role costs the same as a page of it.
            var parts = DetailView.wrap(line.value, width: valueWidth, maxLines: (compact ? 1 : DetailView.maxLinesPerField) + 1)
            if compact, parts.count > 1 {
                // One line that says it goes on: what follows makes it too long, so it ends in "…".
                parts = [TextWidth.truncate(parts[0] + " " + parts[1], to: valueWidth, ellipsis: canvas.ellipsis)]
            } else if parts.count > DetailView.maxLinesPerField {
                parts[DetailView.maxLinesPerField] = canvas.ellipsis
            }
            // A label longer than its column (a third of a narrow pane) gets a line of its own
            // rather than being cut: "Staatsangehörigkeit" over the value, not "Staatsangeh…".
            let ownLine = !compact && TextWidth.of(line.label) > labelWidth
            if ownLine { rows.append(.wide(line.label, .label)) }
            for (i, part) in parts.enumerated() {
                rows.append(.field(label: i == 0 && !ownLine ? line.label : "", text: part, role: .normal, selected: false))
            }
        }
        if lines.count <= pinned {
            if pinned > 0 { layout.fixedRows = rows.count }
            if !compact { rows.append(.wide("", .normal)) }
        }
        layout.firstLink = rows.count
        for (i, link) in links.enumerated() {
            if i == linkCursor { layout.selectedRow = rows.count }
            let role: StyleRole = i == linkCursor ? .selection : linkHeadings.contains(i) ? .header : .link
            rows.append(.field(label: i == 0 ? linksTitle : "", text: link, role: role, selected: i == linkCursor))
        }
        layout.rows = rows
        return layout
    }

    /// The fields on top, as many as fit beside at least three rows of relations; the relations
    /// below scroll on their own, so the partner's own fields stay in sight.
    private func drawSplit(_ layout: Layout, labelWidth: Int, in rect: Rect, on canvas: inout Canvas) {
        let fields = layout.rows[..<layout.firstLink], links = layout.rows[layout.firstLink...]
        let linkRoom = min(links.count, max(3, rect.height - fields.count))
        let fieldRoom = rect.height - linkRoom
        let end = links.count - linkRoom
        var first = 0
        if let selected = layout.selectedRow.map({ $0 - layout.firstLink }), selected >= linkRoom {
            first = min(selected - linkRoom + 1 + min(3, linkRoom / 3), end)
        }
        canvas.scrollEnd = nil
        let arrow = canvas.ascii ? ("^", "v") : ("↑", "↓")
        for (i, row) in fields.prefix(fieldRoom).enumerated() { put(row, labelWidth: labelWidth, y: rect.y + i, in: rect, on: &canvas) }
        for (i, row) in links.dropFirst(first).prefix(linkRoom).enumerated() {
            put(row, labelWidth: labelWidth, y: rect.y + fieldRoom + i, in: rect, on: &canvas)
        }
        if fields.count > fieldRoom { canvas.put(arrow.1, x: rect.maxX, y: rect.y + fieldRoom - 1, maxWidth: 1, role: .title) }
        if first > 0 { canvas.put(arrow.0, x: rect.maxX, y: rect.y + fieldRoom, maxWidth: 1, role: .title) }
        if first < end { canvas.put(arrow.1, x: rect.maxX, y: rect.maxY - 1, maxWidth: 1, role: .title) }
    }

    private func draw(_ layout: Layout, labelWidth: Int, in rect: Rect, on canvas: inout Canvas) {
        let rows = layout.rows, fixedRows = layout.fixedRows, selectedRow = layout.selectedRow, firstLink = layout.firstLink
        func isLink(_ row: Int) -> Bool { row >= firstLink }
        // The pinned head stays; the rest scrolls under it (all of it when the pane is too low).
        let fixed = pinned > 0 && rect.height - fixedRows >= 3 ? fixedRows : 0
        let height = rect.height - fixed
        let body = rows.count - fixed
        let end = max(0, body - height)
        var first = min(max(0, scroll), end)
        if let selected = selectedRow.map({ $0 - fixed }), selected >= height {
            first = min(selected - height + 1 + min(3, height / 3), body - height)
        }
        // Never half a field under the pinned head: start at a field's first line while the
        // selection stays in view.
        while first > 0, first < end, first < (selectedRow.map { $0 - fixed } ?? Int.max),
              case .field(let label, _, _, false) = rows[fixed + first], label.isEmpty, !isLink(fixed + first) {
            first += 1
        }
        // With a selectable list the selection decides what is shown, not the scroll keys.
        canvas.scrollEnd = selectedRow == nil ? end : nil
        let shown = rows.prefix(fixed) + rows.dropFirst(fixed + first).prefix(height)
        // What is hidden above or below is signalled in the frame's right edge.
        if first > 0 { canvas.put(canvas.ascii ? "^" : "↑", x: rect.maxX, y: rect.y + fixed, maxWidth: 1, role: .title) }
        if first < end { canvas.put(canvas.ascii ? "v" : "↓", x: rect.maxX, y: rect.maxY - 1, maxWidth: 1, role: .title) }
        for (i, row) in shown.enumerated() { put(row, labelWidth: labelWidth, y: rect.y + i, in: rect, on: &canvas) }
    }

    private func put(_ row: Row, labelWidth: Int, y: Int, in rect: Rect, on canvas: inout Canvas) {
        let valueWidth = rect.width - labelWidth - 1
        switch row {
        case .wide(let text, let role):
            canvas.put(text, x: rect.x, y: y, maxWidth: rect.width, role: role)
        case .field(let label, let text, let role, let selected):
            canvas.put(label, x: rect.x, y: y, maxWidth: labelWidth, role: .label)
            if selected {
                canvas.fill(Rect(x: rect.x + labelWidth + 1, y: y, width: valueWidth, height: 1), role: role)
                // Marked as list rows are, so it shows without colour (vt100) too.
                canvas.put(canvas.selectionMark, x: rect.x + labelWidth, y: y, maxWidth: 1, role: role)
                if focused { canvas.focus = Point(x: rect.x + labelWidth + 1, y: y) }
            }
            canvas.put(text, x: rect.x + labelWidth + 1, y: y, maxWidth: valueWidth, role: role)
        }
    }

    /// Breaks text into lines of at most `width` columns at spaces, or hard where a word is longer.
    /// Words are found and measured as the lines fill, each character at most once (`measure`,
    /// for tests that count), and at most `maxLines` lines are made: the rest of the text is not
    /// looked at, so a 1 MB field costs what the lines shown of it cost.
    public static func wrap(_ text: String, width: Int, maxLines: Int = .max, measure: (Character) -> Int = TextWidth.of) -> [String] {
        guard width > 0, maxLines > 0 else { return [] }
        var lines: [String] = []
        var rest = text[...]
        while lines.count < maxLines {
            let end = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            var words = rest[..<end]
            var line = Substring(), lineWidth = 0
            while lines.count < maxLines {
                words = words.drop { $0 == " " }
                guard !words.isEmpty else { break }
                let wordEnd = words.utf8.firstIndex(of: UInt8(ascii: " ")) ?? words.endIndex
                let word = words[..<wordEnd]
                words = words[wordEnd...]
                // Widths as far as needed to know whether the word fits a line. Bytes count too:
                // words of width 0 (controls, format characters from hostile data) would otherwise
                // make one line of a whole field, measured again on every frame.
                let cap = DetailView.maxLineBytes(width)
                var widths: [Int] = []
                var wordWidth = 0, wordBytes = 0, measuredWhole = true
                for ch in word {
                    if wordWidth > width || wordBytes > cap { measuredWhole = false; break }
                    widths.append(measure(ch))
                    wordWidth += widths[widths.count - 1]
                    wordBytes += ch.utf8.count
                }
                let fits = measuredWhole && wordWidth <= width && wordBytes <= cap
                if line.isEmpty, fits {
                    (line, lineWidth) = (word, wordWidth)
                    continue
                }
                if !line.isEmpty, fits, lineWidth + 1 + wordWidth <= width, line.utf8.count + 1 + wordBytes <= cap {
                    line = Substring(line + " " + word)
                    lineWidth += 1 + wordWidth
                    continue
                }
                if !line.isEmpty { lines.append(String(line)) }
                // Too long for a line of its own: cut hard, as much as fits on each line.
                var start = word.startIndex, head = 0, headBytes = 0
                var i = word.startIndex, k = 0
                while i < word.endIndex, lines.count < maxLines {
                    if k == widths.count { widths.append(measure(word[i])) }
                    let bytes = word[i].utf8.count
                    if head + widths[k] > width || headBytes + bytes > cap {
                        // A glyph wider than the line gets a line of its own.
                        if i == start { (i, k) = (word.index(after: i), k + 1) }
                        lines.append(String(word[start..<i]))
                        (start, head, headBytes) = (i, 0, 0)
                        continue
                    }
                    head += widths[k]
                    headBytes += bytes
                    i = word.index(after: i)
                    k += 1
                }
                if lines.count >= maxLines { break }
                line = word[start...]
                lineWidth = head
            }
            if lines.count < maxLines { lines.append(String(line)) }
            guard end < rest.endIndex else { break }
            rest = rest[rest.index(after: end)...]
        }
        return lines.isEmpty ? [""] : lines
    }
}

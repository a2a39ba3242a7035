/// Label and value lines of one record, values wrapped at word boundaries.
public struct DetailView {
    public struct Line: Equatable, Sendable {
        public var label: String
        public var value: String
        public init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }
    }

    public var heading: String
    public var lines: [Line]
    /// A selectable list under the fields (the partner's relations), with its title.
    public var linksTitle = ""
    public var links: [String] = []
    public var linkCursor = 0
    /// A line above the heading (the path walked through the network).
    public var trail = ""

    public init(heading: String, lines: [Line]) {
        self.heading = heading
        self.lines = lines
    }

    public func draw(in rect: Rect, on canvas: inout Canvas) {
        guard rect.height > 0, rect.width > 4 else { return }
        var top = rect.y
        if !trail.isEmpty {
            canvas.put(trail, x: rect.x, y: top, maxWidth: rect.width, role: .dim)
            top += 1
        }
        canvas.put(heading, x: rect.x, y: top, maxWidth: rect.width, role: .accent)
        let labelWidth = min(max((lines.map { TextWidth.of($0.label) } + [TextWidth.of(linksTitle)]).max() ?? 0, 6) + 1, rect.width / 3)
        let valueWidth = rect.width - labelWidth - 1
        var y = top + 2
        for line in lines where y < rect.maxY {
            canvas.put(line.label, x: rect.x, y: y, maxWidth: labelWidth, role: .label)
            for part in DetailView.wrap(line.value, width: valueWidth) {
                guard y < rect.maxY else { break }
                canvas.put(part, x: rect.x + labelWidth + 1, y: y, maxWidth: valueWidth)
                y += 1
            }
        }
        guard !links.isEmpty, y < rect.maxY else { return }
        canvas.put(linksTitle, x: rect.x, y: y, maxWidth: labelWidth, role: .label)
        // Keep the selected link visible when the list is longer than the room left.
        let room = rect.maxY - y
        let first = max(0, min(linkCursor - room + 1, links.count - room))
        for (i, link) in links.enumerated().dropFirst(first).prefix(room) {
            let role: StyleRole = i == linkCursor ? .selection : .link
            canvas.fill(Rect(x: rect.x + labelWidth + 1, y: y, width: valueWidth, height: 1), role: i == linkCursor ? .selection : .normal)
            canvas.put(link, x: rect.x + labelWidth + 1, y: y, maxWidth: valueWidth, role: role)
            y += 1
        }
    }

    /// Breaks text into lines of at most `width` columns at spaces, or hard where a word is longer.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                let candidate = line.isEmpty ? word : line + " " + word
                if TextWidth.of(candidate) <= width {
                    line = candidate
                    continue
                }
                if !line.isEmpty { lines.append(line) }
                while TextWidth.of(word) > width {
                    var head = ""
                    for ch in word {
                        if TextWidth.of(head) + TextWidth.of(ch) > width { break }
                        head.append(ch)
                    }
                    if head.isEmpty { break }
                    lines.append(head)
                    word.removeFirst(head.count)
                }
                line = word
            }
            lines.append(line)
        }
        return lines.isEmpty ? [""] : lines
    }
}

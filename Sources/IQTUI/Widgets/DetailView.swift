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

    public init(heading: String, lines: [Line]) {
        self.heading = heading
        self.lines = lines
    }

    public func draw(in rect: Rect, on canvas: inout Canvas) {
        guard rect.height > 0, rect.width > 4 else { return }
        canvas.put(heading, x: rect.x, y: rect.y, maxWidth: rect.width, role: .accent)
        let labelWidth = min(max(lines.map { TextWidth.of($0.label) }.max() ?? 0, 6) + 1, rect.width / 3)
        let valueWidth = rect.width - labelWidth - 1
        var y = rect.y + 2
        for line in lines where y < rect.maxY {
            canvas.put(line.label, x: rect.x, y: y, maxWidth: labelWidth, role: .label)
            for part in DetailView.wrap(line.value, width: valueWidth) {
                guard y < rect.maxY else { break }
                canvas.put(part, x: rect.x + labelWidth + 1, y: y, maxWidth: valueWidth)
                y += 1
            }
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

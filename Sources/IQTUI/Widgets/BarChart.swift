/// Horizontal bars, one row each: `Pflege           ████████████▍       1.432`.
///
/// The label comes first, then the bar in eighth blocks (`FillBar`; `#` under ASCII),
/// then the count text right-aligned, so the figure never rests on the bar alone. A bar without
/// a value — a suppressed "<5" or a number the source does not give — is never drawn to scale:
/// it gets one dim mark (`░`, ASCII `.`) instead. The longest bar is the largest value unless a
/// maximum is given. When the row is narrow the bar goes first, then the label is cut; the text
/// stays. Nothing is drawn outside the rectangle.
public struct BarChart: Equatable, Sendable {
    public struct Bar: Equatable, Sendable {
        public var label: String
        /// nil: not to scale (suppressed or unknown), drawn as a minimal mark.
        public var value: Double?
        /// The figure after the bar, e.g. "1.432", "<5", "ca. 3.600".
        public var text: String

        public init(label: String, value: Double?, text: String) {
            self.label = label
            self.value = value
            self.text = text
        }
    }

    public var bars: [Bar]
    /// The value of a full bar; nil: the largest value among the bars.
    public var maximum: Double?

    public init(bars: [Bar], maximum: Double? = nil) {
        self.bars = bars
        self.maximum = maximum
    }

    /// The narrowest a bar may get before it is left out.
    public static let minimumBarCells = 3

    /// The mark of a bar that is not drawn to scale.
    public static func unscaledMark(ascii: Bool) -> String { ascii ? "." : "\u{2591}" }

    /// The value a full bar stands for (0 when there is nothing to scale by).
    public var scale: Double {
        let largest = bars.compactMap(\.value).filter(\.isFinite).max() ?? 0
        return max(maximum ?? largest, 0)
    }

    /// How a row of this width is divided: label, bar cells and text columns (each 0 when left out).
    public struct Layout: Equatable, Sendable {
        public var labelWidth: Int
        public var barCells: Int
        public var textWidth: Int
    }

    public func layout(width: Int) -> Layout {
        guard width > 0 else { return Layout(labelWidth: 0, barCells: 0, textWidth: 0) }
        let longestLabel = bars.map { TextWidth.of($0.label) }.max() ?? 0
        let textWidth = min(bars.map { TextWidth.of($0.text) }.max() ?? 0, width)
        // The label takes at most a third; the bar the rest, with a space on either side.
        var labelWidth = min(longestLabel, width / 3)
        var cells = width - (labelWidth > 0 ? labelWidth + 1 : 0) - textWidth - 1
        if cells < BarChart.minimumBarCells {
            cells = 0
            labelWidth = min(longestLabel, max(0, width - textWidth - 1))
        }
        return Layout(labelWidth: labelWidth, barCells: cells, textWidth: textWidth)
    }

    /// All bars, one per row from the top, as many as fit.
    public func draw(in rect: Rect, on canvas: inout Canvas) {
        for i in bars.indices where i < rect.height {
            drawRow(i, in: Rect(x: rect.x, y: rect.y + i, width: rect.width, height: 1), on: &canvas)
        }
    }

    /// One bar on the first row of `rect`, laid out like its siblings.
    public func drawRow(_ index: Int, in rect: Rect, on canvas: inout Canvas) {
        guard bars.indices.contains(index), rect.width > 0, rect.height > 0 else { return }
        let bar = bars[index]
        let y = rect.y
        let left = max(rect.x, 0), right = min(rect.maxX, canvas.width)
        guard y >= 0, y < canvas.height, left < right else { return }
        canvas.fill(Rect(x: left, y: y, width: right - left, height: 1))

        let layout = layout(width: rect.width)
        var x = rect.x
        if layout.labelWidth > 0 {
            canvas.put(bar.label, x: x, y: y, maxWidth: layout.labelWidth, role: .label)
            x += layout.labelWidth + 1
        }
        if layout.barCells > 0 {
            if let value = bar.value, value.isFinite {
                let fraction = scale > 0 ? value / scale : 0
                FillBar(fraction: fraction, filled: .chartBar, track: nil).draw(in: Rect(x: x, y: y, width: layout.barCells, height: 1), on: &canvas)
                x += layout.barCells
            } else {
                canvas.put(BarChart.unscaledMark(ascii: canvas.ascii), x: x, y: y, maxWidth: 1, role: .dim)
                x += layout.barCells
            }
            x += 1
        }
        // The text right-aligned in its column, so the figures line up.
        let textWidth = TextWidth.of(bar.text)
        let textX = max(x, rect.maxX - textWidth)
        let room = rect.maxX - textX
        if room > 0 { canvas.put(bar.text, x: textX, y: y, maxWidth: room, role: .normal) }
    }
}

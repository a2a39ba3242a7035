import Foundation

/// How full a gauge is: below 85 %, from 85 % up to and including 100 %, over 100 %.
public enum GaugeLevel: Equatable, Sendable {
    case normal
    case warning
    case over

    /// The role of the bar's filled cells (and the overflow mark).
    public var role: StyleRole {
        switch self {
        case .normal: .gaugeNormal
        case .warning: .gaugeWarning
        case .over: .gaugeOver
        }
    }
}

/// An htop-style meter on one row: `Label [████████▍     ]  930.000 € / 1.500.000 €  62,0 %`.
///
/// The numbers text always follows the bar, so the meaning never rests on colour alone. Over
/// 100 % the bar is full and a mark (`▶`, ASCII `+`) after it shows the overflow. With an unknown
/// maximum there is no bar, only the label and the text (which says so; the caller words it).
/// When the row is narrow the label goes first (always below 12 columns), then the bar; the
/// numbers stay. Nothing is drawn outside the rectangle.
public struct Gauge: Equatable, Sendable {
    public var label: String
    public var value: Double
    /// nil: the maximum is unknown, no bar is drawn.
    public var maximum: Double?
    /// The numbers shown after the bar, e.g. "930.000 € / 1.500.000 €  62,0 %".
    public var text: String
    /// Columns kept for the text (right-aligned in them), so gauges drawn one under the other
    /// get bars of the same length.
    public var textColumns = 0

    public init(label: String, value: Double, maximum: Double?, text: String) {
        self.label = label
        self.value = value
        self.maximum = maximum
        self.text = text
    }

    /// The narrowest the bar's inside may get before the bar is dropped.
    public static let minimumBarCells = 3
    /// Below this width the label is never shown.
    public static let labelMinimumWidth = 12

    /// value / maximum; nil with no maximum. A zero (or negative) maximum with a positive value
    /// is infinitely over; otherwise 0.
    public var fraction: Double? {
        guard let maximum else { return nil }
        if maximum > 0 { return value / maximum }
        return value > 0 ? .infinity : 0
    }

    public var level: GaugeLevel { Gauge.level(fraction ?? 0) }

    public static func level(_ fraction: Double) -> GaugeLevel {
        if fraction > 1.0 { return .over }
        if fraction >= 0.85 { return .warning }
        return .normal // also NaN
    }

    public func draw(in rect: Rect, on canvas: inout Canvas) {
        guard rect.width > 0, rect.height > 0 else { return }
        let y = rect.y
        let width = rect.width
        // Clear the row, clipped to the canvas first (fill expects a rectangle that meets it).
        let left = max(rect.x, 0), right = min(rect.maxX, canvas.width)
        guard y >= 0, y < canvas.height, left < right else { return }
        canvas.fill(Rect(x: left, y: y, width: right - left, height: 1))

        let textWidth = max(TextWidth.of(text), textColumns)
        // Label: at most a quarter of the width, never below the minimum row width.
        var labelWidth = width >= Gauge.labelMinimumWidth ? min(TextWidth.of(label), width / 4) : 0
        // Columns the bar's inside gets after the label (plus gap), brackets, mark, gap and text.
        func barCells(labelColumns: Int) -> Int { width - labelColumns - 2 - 1 - 1 - textWidth }
        func labelColumns() -> Int { labelWidth > 0 ? labelWidth + 1 : 0 }

        var cells = 0
        if fraction != nil {
            if labelWidth > 0, barCells(labelColumns: labelColumns()) < Gauge.minimumBarCells { labelWidth = 0 }
            cells = barCells(labelColumns: labelColumns())
            if cells < Gauge.minimumBarCells { cells = 0 }
        } else if labelWidth > 0, width - labelColumns() < textWidth {
            labelWidth = 0 // the numbers come first
        }

        var x = rect.x
        if labelWidth > 0 {
            canvas.put(label, x: x, y: y, maxWidth: labelWidth, role: .label)
            x += labelWidth + 1
        }
        if cells > 0, let fraction {
            let level = Gauge.level(fraction)
            canvas.put("[", x: x, y: y, maxWidth: 1, role: .dim)
            x += 1
            FillBar(fraction: fraction, filled: level.role, track: .dim).draw(in: Rect(x: x, y: y, width: cells, height: 1), on: &canvas)
            x += cells
            canvas.put("]", x: x, y: y, maxWidth: 1, role: .dim)
            x += 1
            if level == .over { canvas.put(canvas.ascii ? "+" : "▶", x: x, y: y, maxWidth: 1, role: level.role) }
            x += 2
        }
        let rest = rect.maxX - x
        let pad = cells > 0 ? max(0, min(rest, textWidth) - TextWidth.of(text)) : 0
        if rest - pad > 0 { canvas.put(text, x: x + pad, y: y, maxWidth: rest - pad, role: .normal) }
    }
}

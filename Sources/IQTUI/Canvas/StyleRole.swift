/// What a cell means, not how it looks: a theme maps each role to colours and attributes.
public enum StyleRole: String, CaseIterable, Sendable {
    case normal
    case dim
    case border
    case borderFocused
    case title
    case titleFocused
    case header
    case selection
    case selectionUnfocused
    case accent
    case label
    case link
    case statusBar
    case statusInfo
    case statusWarning
    case statusError
    case overlay
    case overlayBorder
    case overlayTitle
    case key
    case input
    case placeholder
    /// Gauge bars by threshold: below 85 %, up to 100 %, over.
    case gaugeNormal
    case gaugeWarning
    case gaugeOver
    /// The bars of the statistics charts (one colour: a bar's length is its meaning).
    case chartBar
}

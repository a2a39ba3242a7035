/// The default theme, compiled in so an installed binary needs no files beside it.
/// It is the text of themes/default.theme (a test keeps the two equal).
extension Theme {
    public static let defaultText = """
    # iq-tui theme: default (dark background)
    #
    # One line per style role:   role = FOREGROUND [on BACKGROUND] [, attribute ...]
    # Colours: default, black, red, green, yellow, blue, magenta, cyan, white,
    #          bright-black … bright-white, or a number 0–255 (256-colour terminals).
    # Attributes: bold, dim, underline, reverse, italic.
    # A role that is not listed is drawn as "normal". Lines starting with # are comments.

    normal             = default on default
    dim                = bright-black
    border             = bright-black
    borderFocused      = cyan, bold
    title              = default
    titleFocused       = cyan, bold
    header             = yellow, bold
    selection          = black on cyan
    selectionUnfocused = default, reverse
    accent             = black on green, bold
    label              = cyan
    link               = blue, underline
    statusBar          = default
    statusInfo         = green, bold
    statusWarning      = yellow, bold
    statusError        = white on red, bold
    overlay            = default on black
    overlayBorder      = cyan on black
    overlayTitle       = yellow on black, bold
    key                = green on black, bold
    input              = yellow, bold
    placeholder        = yellow
    gaugeNormal        = green
    gaugeWarning       = yellow, bold
    gaugeOver          = red, bold
    chartBar           = bright-blue
    """

    public static var builtInDefault: Theme {
        switch parse(defaultText, name: "default") {
        case .success(let theme): return theme
        case .failure: return Theme(name: "default", styles: [:])
        }
    }
}

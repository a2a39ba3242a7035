/// What colours a terminal offers, from what ncurses reports (`has_colors()`, `COLORS`).
public enum ColorDepth: Equatable, Sendable {
    /// No colours: attributes only.
    case none
    case eight
    case sixteen
    /// xterm-88color: a 4×4×4 cube and 8 greys after the 16 named colours.
    case indexed88
    case indexed256
    /// Direct colour (TERM=xterm-direct and the like): ncurses reports 2^24 colours and takes
    /// 0xRRGGBB as the colour number; 0–7 stay the terminal's own eight colours.
    case direct

    /// The depth a colour count gives. A count between the steps takes the step below it.
    ///
    /// COLORTERM=truecolor alone does not make a terminal direct: ncurses writes colours the
    /// way the terminfo entry says, and a 256-colour entry has no way to write 24-bit ones. Only
    /// an entry that reports 2^24 colours (xterm-direct, kitty-direct …) is drawn in true colour.
    public static func detect(hasColors: Bool, colors: Int) -> ColorDepth {
        guard hasColors else { return .none }
        switch colors {
        case (1 << 24)...: return .direct
        case 256...: return .indexed256
        case 88...: return .indexed88
        case 16...: return .sixteen
        case 8...: return .eight
        default: return .none
        }
    }
}

/// A role's look as the terminal will draw it: colour numbers for ncurses (-1: the terminal's
/// own colour; an index, or 0xRRGGBB under direct colour) and attributes.
public struct TerminalStyle: Equatable, Sendable {
    public var foreground: Int
    public var background: Int
    public var attributes: Set<Theme.Attribute>

    public init(foreground: Int = -1, background: Int = -1, attributes: Set<Theme.Attribute> = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public var usesColor: Bool { foreground != -1 || background != -1 }
}

/// Theme colours mapped to what the terminal has: a 256-colour index becomes the nearest of 16
/// or 8 by RGB distance, #rrggbb the nearest of the xterm cube and grey ramp (or of 16 or 8),
/// and a bright foreground on an 8-colour terminal the base colour in bold (bright black: the
/// terminal's own colour, dim). Pure, so every case is tested without a terminal.
public enum ColorMapping {
    public typealias RGB = Theme.RGB

    /// xterm's default colours 0–15 (a terminal may have its own; only distances use these).
    static let ansi: [RGB] = [
        RGB(0, 0, 0), RGB(205, 0, 0), RGB(0, 205, 0), RGB(205, 205, 0),
        RGB(0, 0, 238), RGB(205, 0, 205), RGB(0, 205, 205), RGB(229, 229, 229),
        RGB(127, 127, 127), RGB(255, 0, 0), RGB(0, 255, 0), RGB(255, 255, 0),
        RGB(92, 92, 255), RGB(255, 0, 255), RGB(0, 255, 255), RGB(255, 255, 255),
    ]
    static let cube256Levels = [0, 95, 135, 175, 215, 255]
    static let cube88Levels = [0, 139, 205, 255]
    static let grey88Levels = [46, 92, 115, 139, 162, 185, 208, 231]

    /// The colour of an index of the xterm 256-colour palette.
    public static func rgb(ofIndex n: Int) -> RGB {
        switch n {
        case ..<0: return ansi[0]
        case 0..<16: return ansi[n]
        case 16..<232:
            let i = n - 16
            return RGB(cube256Levels[i / 36], cube256Levels[i / 6 % 6], cube256Levels[i % 6])
        default:
            let level = 8 + 10 * (min(n, 255) - 232)
            return RGB(level, level, level)
        }
    }

    /// The colour of an index of the xterm 88-colour palette.
    static func rgb(ofIndex88 n: Int) -> RGB {
        switch n {
        case ..<16: return rgb(ofIndex: n)
        case 16..<80:
            let i = n - 16
            return RGB(cube88Levels[i / 16], cube88Levels[i / 4 % 4], cube88Levels[i % 4])
        default:
            let level = grey88Levels[min(n, 87) - 80]
            return RGB(level, level, level)
        }
    }

    static func distance(_ a: RGB, _ b: RGB) -> Int {
        let r = a.red - b.red, g = a.green - b.green, b2 = a.blue - b.blue
        return r * r + g * g + b2 * b2
    }

    /// The index in `candidates` whose colour is nearest (the first on a tie).
    static func nearest(_ colour: RGB, in candidates: Range<Int>, palette: (Int) -> RGB) -> Int {
        var best = candidates.lowerBound
        var bestDistance = Int.max
        for i in candidates {
            let d = distance(colour, palette(i))
            if d < bestDistance {
                best = i
                bestDistance = d
            }
        }
        return best
    }

    /// The nearest of the 16 named colours.
    public static func nearest16(_ colour: RGB) -> Int { nearest(colour, in: 0..<16, palette: rgb(ofIndex:)) }

    /// The nearest colour of the 256-colour cube and grey ramp (16–255; the first 16 are left out
    /// because terminals change them).
    public static func nearest256(_ colour: RGB) -> Int { nearest(colour, in: 16..<256, palette: rgb(ofIndex:)) }

    /// The nearest colour of the 88-colour cube and grey ramp (16–87).
    public static func nearest88(_ colour: RGB) -> Int { nearest(colour, in: 16..<88, palette: rgb(ofIndex88:)) }

    /// A theme colour as an ncurses colour number for `depth`, with the attributes that carry
    /// what the terminal cannot show (bold for a bright foreground on 8 colours).
    public static func map(_ colour: Theme.Color, depth: ColorDepth, foreground: Bool) -> (number: Int, attributes: Set<Theme.Attribute>) {
        let index: Int, value: RGB
        switch colour {
        case .terminalDefault: return (-1, [])
        case .indexed(let n):
            index = min(max(n, 0), 255)
            value = rgb(ofIndex: index)
        case .rgb(let c):
            index = -1
            value = c
        }
        switch depth {
        case .none:
            return (-1, [])
        case .direct:
            // 0–7 are the terminal's own colours; every other colour goes as 0xRRGGBB, which
            // must then not fall into 0–7 itself (#000000–#000007 become #000008, as dark).
            if (0..<8).contains(index) { return (index, []) }
            return (max(value.packed, 8), [])
        case .indexed256:
            return (index >= 0 ? index : nearest256(value), [])
        case .indexed88:
            if (0..<16).contains(index) { return (index, []) }
            return (nearest88(value), [])
        case .sixteen:
            return ((0..<16).contains(index) ? index : nearest16(value), [])
        case .eight:
            let sixteen = (0..<16).contains(index) ? index : nearest16(value)
            if sixteen < 8 { return (sixteen, []) }
            guard foreground else { return (sixteen - 8, []) } // bold cannot brighten a background
            // Bright black is grey: black in bold would vanish on a dark background where bold
            // does not brighten, so it becomes the terminal's own colour, dimmed.
            if sixteen == 8 { return (-1, [.dim]) }
            return (sixteen - 8, [.bold])
        }
    }

    /// Every role of `theme` as the terminal draws it. Without colours (depth none) a theme
    /// that names colours is drawn as the monochrome theme, which shows meaning by attributes
    /// alone; a theme without colours is drawn as it is, anywhere.
    public static func resolve(_ theme: Theme, depth: ColorDepth, monochrome: Theme = .monochrome) -> [StyleRole: TerminalStyle] {
        let source = depth == .none && theme.usesColor ? monochrome : theme
        var result: [StyleRole: TerminalStyle] = [:]
        for role in StyleRole.allCases {
            let style = source.style(role)
            let fg = map(style.foreground, depth: depth, foreground: true)
            let bg = map(style.background, depth: depth, foreground: false)
            var resolved = TerminalStyle(foreground: fg.number, background: bg.number,
                                         attributes: style.attributes.union(fg.attributes).union(bg.attributes))
            if resolved.foreground == resolved.background, resolved.foreground != -1 {
                // Two colours that became one: the text would vanish; keep it readable.
                resolved.foreground = isDark(resolved.background, depth: depth) ? 7 : 0
            }
            result[role] = resolved
        }
        return result
    }

    /// Whether a colour number (as `map` returns it) is dark, so text on it should be light.
    static func isDark(_ number: Int, depth: ColorDepth) -> Bool {
        let c: RGB
        switch depth {
        case .direct where number >= 8: c = RGB(number >> 16 & 0xFF, number >> 8 & 0xFF, number & 0xFF)
        case .indexed88: c = rgb(ofIndex88: number)
        default: c = rgb(ofIndex: number)
        }
        // Perceived brightness (ITU-R BT.601 weights), 0–255.
        return (299 * c.red + 587 * c.green + 114 * c.blue) / 1000 < 128
    }
}

import Foundation
import IQCore

/// How each style role looks: colours and attributes, read from a small text file (themes/).
public struct Theme: Equatable, Sendable {
    public enum Color: Equatable, Hashable, Sendable {
        case terminalDefault
        /// 0–7 normal, 8–15 bright, 16–255 the xterm 256-colour cube and grey ramp.
        case indexed(Int)
        /// `#rrggbb` in a theme file: drawn as such on direct-colour terminals, else the nearest
        /// colour the terminal has (ColorMapping).
        case rgb(RGB)
    }

    /// A colour as red, green and blue, each 0–255.
    public struct RGB: Equatable, Hashable, Sendable {
        public var red: Int
        public var green: Int
        public var blue: Int
        public init(_ red: Int, _ green: Int, _ blue: Int) {
            self.red = red
            self.green = green
            self.blue = blue
        }
        /// 0xRRGGBB.
        public var packed: Int { red << 16 | green << 8 | blue }
    }

    public enum Attribute: String, CaseIterable, Sendable {
        case bold, dim, underline, reverse, italic
    }

    public struct Style: Equatable, Sendable {
        public var foreground: Color = .terminalDefault
        public var background: Color = .terminalDefault
        public var attributes: Set<Attribute> = []
        public init(foreground: Color = .terminalDefault, background: Color = .terminalDefault, attributes: Set<Attribute> = []) {
            self.foreground = foreground
            self.background = background
            self.attributes = attributes
        }
        /// Whether the style names a colour at all (a monochrome style only has attributes).
        public var usesColor: Bool { foreground != .terminalDefault || background != .terminalDefault }
    }

    /// The first bad line of a theme file: its number (from 1) and what is wrong with it.
    public struct ParseError: Error, Equatable, Sendable {
        public enum Kind: Equatable, Sendable {
            case expectedAssignment
            case unknownRole(String)
            case missingColor
            case unknownColor(String)
            case expectedBackground
            case unknownAttribute(String)
        }

        public var line: Int
        public var kind: Kind

        public init(line: Int, kind: Kind) {
            self.line = line
            self.kind = kind
        }

        /// What is wrong, in the interface language (without the line number).
        public var problem: Message {
            switch kind {
            case .expectedAssignment: ThemeText.themeExpectedAssignment
            case .unknownRole(let r): ThemeText.themeUnknownRole(r)
            case .missingColor: ThemeText.themeMissingColor
            case .unknownColor(let c): ThemeText.themeUnknownColor(c)
            case .expectedBackground: ThemeText.themeExpectedBackground
            case .unknownAttribute(let a): ThemeText.themeUnknownAttribute(a)
            }
        }

        /// The problem in English (logs, tests).
        public var message: String { problem.text(.en) }
    }

    public var name: String
    public var styles: [StyleRole: Style]

    public init(name: String, styles: [StyleRole: Style]) {
        self.name = name
        self.styles = styles
    }

    public func style(_ role: StyleRole) -> Style { styles[role] ?? styles[.normal] ?? Style() }

    /// Whether any role names a colour; a theme without (monochrome) never switches colours on.
    public var usesColor: Bool { styles.values.contains { $0.usesColor } }

    static let colorNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    static func parseColor(_ word: String) -> Color? {
        if word == "default" { return .terminalDefault }
        if let i = colorNames.firstIndex(of: word) { return .indexed(i) }
        if word.hasPrefix("bright-"), let i = colorNames.firstIndex(of: String(word.dropFirst(7))) { return .indexed(i + 8) }
        if word.hasPrefix("#") {
            let hex = word.dropFirst()
            guard hex.count == 6, hex.allSatisfy(\.isHexDigit), let value = Int(hex, radix: 16) else { return nil }
            return .rgb(RGB(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF))
        }
        if word.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(word), (0...255).contains(n) { return .indexed(n) }
        return nil
    }

    /// Reads a theme file's text; reports the first bad line with its number.
    ///
    /// A line is `role = FOREGROUND [on BACKGROUND] [, attribute ...]`, or only attributes
    /// (`role = bold, reverse`: the terminal's own colours).
    public static func parse(_ text: String, name: String) -> Result<Theme, ParseError> {
        var styles: [StyleRole: Style] = [:]
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (n, raw) in lines.enumerated() {
            func fail(_ kind: ParseError.Kind) -> Result<Theme, ParseError> { .failure(ParseError(line: n + 1, kind: kind)) }
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty else { return fail(.expectedAssignment) }
            guard let role = StyleRole(rawValue: parts[0]) else { return fail(.unknownRole(parts[0])) }
            var style = Style()
            var items = parts[1].split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let colours = items.first, !colours.isEmpty else { return fail(.missingColor) }
            if Attribute(rawValue: colours) == nil {
                items.removeFirst()
                let words = colours.split(whereSeparator: \.isWhitespace).map(String.init)
                guard let fg = parseColor(words[0]) else { return fail(.unknownColor(words[0])) }
                style.foreground = fg
                if words.count == 3, words[1] == "on" {
                    guard let bg = parseColor(words[2]) else { return fail(.unknownColor(words[2])) }
                    style.background = bg
                } else if words.count != 1 {
                    return fail(.expectedBackground)
                }
            }
            for item in items {
                guard let attribute = Attribute(rawValue: item) else { return fail(.unknownAttribute(item)) }
                style.attributes.insert(attribute)
            }
            styles[role] = style
        }
        return .success(Theme(name: name, styles: styles))
    }
}

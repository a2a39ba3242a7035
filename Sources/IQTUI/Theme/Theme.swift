import Foundation

/// How each style role looks: colours and attributes, read from a small text file (themes/).
public struct Theme: Equatable, Sendable {
    public enum Color: Equatable, Hashable, Sendable {
        case terminalDefault
        case indexed(Int) // 0–7 normal, 8–15 bright, up to 255 on 256-colour terminals
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
    }

    public struct ParseError: Error, Equatable, Sendable {
        public var line: Int
        public var message: String
    }

    public var name: String
    public var styles: [StyleRole: Style]

    public func style(_ role: StyleRole) -> Style { styles[role] ?? styles[.normal] ?? Style() }

    static let colorNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    static func parseColor(_ word: String) -> Color? {
        if word == "default" { return .terminalDefault }
        if let i = colorNames.firstIndex(of: word) { return .indexed(i) }
        if word.hasPrefix("bright-"), let i = colorNames.firstIndex(of: String(word.dropFirst(7))) { return .indexed(i + 8) }
        if let n = Int(word), (0...255).contains(n) { return .indexed(n) }
        return nil
    }

    /// Reads a theme file's text; reports the first bad line with its number.
    public static func parse(_ text: String, name: String) -> Result<Theme, ParseError> {
        var styles: [StyleRole: Style] = [:]
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { return .failure(ParseError(line: n + 1, message: "expected 'role = colours'")) }
            guard let role = StyleRole(rawValue: parts[0]) else {
                return .failure(ParseError(line: n + 1, message: "unknown style role '\(parts[0])'"))
            }
            var style = Style()
            let items = parts[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let colours = items.first, !colours.isEmpty else {
                return .failure(ParseError(line: n + 1, message: "missing colour"))
            }
            let words = colours.split(separator: " ").map(String.init)
            guard let fg = parseColor(words[0]) else { return .failure(ParseError(line: n + 1, message: "unknown colour '\(words[0])'")) }
            style.foreground = fg
            if words.count == 3, words[1] == "on" {
                guard let bg = parseColor(words[2]) else { return .failure(ParseError(line: n + 1, message: "unknown colour '\(words[2])'")) }
                style.background = bg
            } else if words.count != 1 {
                return .failure(ParseError(line: n + 1, message: "expected 'FOREGROUND on BACKGROUND'"))
            }
            for item in items.dropFirst() {
                guard let attribute = Attribute(rawValue: item) else {
                    return .failure(ParseError(line: n + 1, message: "unknown attribute '\(item)'"))
                }
                style.attributes.insert(attribute)
            }
            styles[role] = style
        }
        return .success(Theme(name: name, styles: styles))
    }
}

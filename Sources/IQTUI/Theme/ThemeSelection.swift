import Foundation
import IQCore

/// Which theme the program draws with: the one named by `--theme` (a built-in name or a file),
/// else the default — or, when NO_COLOR is set and not empty (https://no-color.org), the
/// monochrome theme. An explicit choice wins over NO_COLOR, as no-color.org asks of
/// per-run arguments and configuration. A theme file that cannot be read or has a bad line
/// gives a message naming the file (and the line), and the theme that applies without it.
public enum ThemeSelection {
    public struct Outcome: Equatable, Sendable {
        public var theme: Theme
        /// Why the chosen file was not used, for stderr (nil when all went well).
        public var problem: Problem?
    }

    /// Why a theme file was not used; the theme drawn instead is `fallback`.
    public enum Problem: Equatable, Sendable {
        case unreadable(path: String, reason: String, fallback: String)
        case badLine(path: String, error: Theme.ParseError, fallback: String)

        public func text(_ language: Language) -> String {
            switch self {
            case .unreadable(let path, let reason, let fallback):
                ThemeText.themeFileUnreadable(path, reason, fallback).text(language)
            case .badLine(let path, let error, let fallback):
                ThemeText.themeFileBadLine(path, String(error.line), error.problem.text(language), fallback).text(language)
            }
        }
    }

    /// NO_COLOR present and not an empty string, whatever its value.
    public static func noColor(_ environment: [String: String]) -> Bool {
        guard let value = environment["NO_COLOR"] else { return false }
        return !value.isEmpty
    }

    /// The theme that applies when none is chosen (or the chosen file is broken).
    public static func fallback(environment: [String: String]) -> Theme {
        noColor(environment) ? .monochrome : .builtInDefault
    }

    /// Theme files are small; anything larger is surely not one.
    static let maximumFileSize = 1 << 20

    public static func load(_ choice: LaunchOptions.ThemeChoice?, environment: [String: String],
                            readFile: (String) -> Result<String, ReadError> = readThemeFile) -> Outcome {
        let fallback = fallback(environment: environment)
        switch choice {
        case nil:
            return Outcome(theme: fallback, problem: nil)
        case .named(let name):
            return Outcome(theme: Theme.builtIn(name) ?? fallback, problem: nil)
        case .file(let path):
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            switch readFile(path) {
            case .failure(let error):
                return Outcome(theme: fallback, problem: .unreadable(path: path, reason: error.reason, fallback: fallback.name))
            case .success(let text):
                switch Theme.parse(text, name: name) {
                case .success(let theme):
                    return Outcome(theme: theme, problem: nil)
                case .failure(let error):
                    return Outcome(theme: fallback, problem: .badLine(path: path, error: error, fallback: fallback.name))
                }
            }
        }
    }

    /// Why a theme file could not be read (the system's words for it).
    public struct ReadError: Error, Equatable, Sendable {
        public var reason: String
        public init(reason: String) { self.reason = reason }
        init(errno code: Int32) { reason = String(cString: strerror(code)) }
    }

    /// Reads a theme file: a regular file of at most 1 MiB, in UTF-8.
    public static func readThemeFile(_ path: String) -> Result<String, ReadError> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(ReadError(errno: errno)) }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { return .failure(ReadError(errno: EISDIR)) }
        guard type == S_IFREG else { return .failure(ReadError(errno: EINVAL)) }
        guard Int(info.st_size) <= maximumFileSize else { return .failure(ReadError(errno: EFBIG)) }
        guard access(path, R_OK) == 0 else { return .failure(ReadError(errno: errno)) }
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(ReadError(errno: EIO)) }
        guard let text = String(data: data, encoding: .utf8) else { return .failure(ReadError(errno: EILSEQ)) }
        return .success(text)
    }
}

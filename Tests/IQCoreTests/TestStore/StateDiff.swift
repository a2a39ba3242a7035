import Foundation

/// A readable difference between two values, for test failures: both are `dump`ed and the
/// lines compared, so a failure names the field that differs instead of printing two whole
/// states. Pure, so its own tests can check it without failing a test on purpose.
enum StateDiff {
    /// The lines that differ, `−` expected and `+` actual, each group headed by the path of
    /// the field it sits in; nil when both dump the same.
    static func describe<Value>(expected: Value, actual: Value) -> String? {
        let old = dumped(expected)
        let new = dumped(actual)
        if old == new { return nil }
        var report: [String] = []
        for hunk in LineDiff.hunks(old, new) {
            let anchor = hunk.oldRange.isEmpty ? (new, hunk.newRange.lowerBound) : (old, hunk.oldRange.lowerBound)
            report.append("  at \(path(in: anchor.0, line: anchor.1))")
            report += old[hunk.oldRange].map { "  − " + content($0) }
            report += new[hunk.newRange].map { "  + " + content($0) }
        }
        return report.joined(separator: "\n")
    }

    static func dumped<Value>(_ value: Value) -> [String] {
        var text = ""
        dump(value, to: &text)
        return withoutBookkeeping(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    /// Drops what equality ignores and would only add noise: a record table's version stamp
    /// and its id index (a dictionary, dumped in no fixed order).
    static func withoutBookkeeping(_ lines: [String]) -> [String] {
        var kept: [String] = []
        var skipDeeperThan: Int?
        for line in lines {
            let indent = indentation(line)
            if let limit = skipDeeperThan {
                if indent > limit { continue }
                skipDeeperThan = nil
            }
            if ["index", "version"].contains(label(line)),
               let parent = kept.last(where: { indentation($0) < indent }), parent.contains("RecordTable<") {
                skipDeeperThan = indent
                continue
            }
            kept.append(shortened(line))
        }
        return kept
    }

    /// The labels of the lines that enclose `line` in a dump (each less indented than the
    /// one inside it), outermost first: "directory › list › cursor".
    static func path(in lines: [String], line: Int) -> String {
        guard line < lines.count else { return "the end" }
        var labels: [String] = []
        var indent = indentation(lines[line])
        var index = line - 1
        while index >= 0, indent > 0 {
            let candidate = indentation(lines[index])
            if candidate < indent {
                labels.append(label(lines[index]))
                indent = candidate
            }
            index -= 1
        }
        return labels.reversed().joined(separator: " › ")
    }

    private static func indentation(_ line: String) -> Int { line.prefix(while: { $0 == " " }).count }

    /// An expandable line keeps its label and the start of its summary: the summary repeats
    /// the children (an optional form would print whole), which show the change themselves.
    private static func shortened(_ line: String) -> String {
        guard line.drop(while: { $0 == " " }).hasPrefix("▿"), let open = line.firstIndex(of: "(") else { return line }
        return line[..<open] + "(…)"
    }

    /// A dump line without its indentation and its tree marker.
    private static func content(_ line: String) -> String {
        String(line.drop(while: { " ▿▹-".contains($0) }))
    }

    /// "  ▿ cursor: IQCore.ListCursor" gives "cursor"; an unlabelled line gives its value.
    private static func label(_ line: String) -> String {
        let text = content(line)
        if let colon = text.firstIndex(of: ":") { return String(text[..<colon]) }
        return String(text)
    }
}

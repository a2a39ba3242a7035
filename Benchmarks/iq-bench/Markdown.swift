import Foundation

/// `--markdown FILE`: the README's performance tables from one run, one table per section and
/// the goal table last, headed by when, where and with which command they were measured.
extension Report {
    func writeMarkdown(to path: String, command: String) {
        var uname = utsname()
        _ = Glibc.uname(&uname)
        let machine = withUnsafeBytes(of: &uname.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let day = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC") ?? .current,
                                              formatOptions: [.withFullDate])
        var text = "Measured on \(day): \(ProcessInfo.processInfo.activeProcessorCount) cores, Linux \(machine), release build, "
            + "with `\(command)`.\n"
        for section in Section.allCases {
            let rows = results.filter { $0.section == section }
            guard !rows.isEmpty else { continue }
            text += "\n\(section.rawValue):\n\n| What | Goal | Median | p99 |\n| --- | --- | --- | --- |\n"
            for row in rows {
                let name = Report.cell(Report.withoutPrefix(row.name) + (row.note.map { " (\($0))" } ?? ""))
                let median = row.median.map { Report.markdownFigure($0, row.unit) } ?? "–"
                let p99 = row.p99.map { Report.markdownFigure($0, row.unit) } ?? "–"
                text += "| \(name) | \(row.goal.isEmpty ? "—" : Report.cell(row.goal)) | \(median) | \(p99) |\n"
            }
        }
        let goals = goalRows
        text += "\nThe goals of issues 17 and 18 (\(goals.filter { $0.holds == "✓" }.count) of \(goals.count) hold):\n\n"
            + "| Goal | Target | Figure | Ratio | Holds |\n| --- | --- | --- | --- | --- |\n"
        for row in goals {
            text += "| \(Report.cell(row.goal)) | \(Report.cell(row.target)) | \(Report.cell(row.figure)) | \(row.ratio) | \(row.holds) |\n"
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            FileHandle.standardError.write(Data("iq-bench: cannot write \(path)\n".utf8))
            exit(1)
        }
    }

    /// "pty: key to frame" as "key to frame": the section says where it was measured.
    static func withoutPrefix(_ name: String) -> String {
        for prefix in ["pty: ", "peers: ", "idle: "] where name.hasPrefix(prefix) { return String(name.dropFirst(prefix.count)) }
        return name
    }

    /// A table cell: a `|` would end it.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }

    static func markdownFigure(_ value: Double, _ unit: String) -> String {
        switch unit {
        case "bytes": Figure.grouped(value)
        case "count", "writes": String(format: "%.1f", value)
        default: Figure.text(value, unit)
        }
    }
}

import Foundation

/// Where the Art. 15 report of a case is written from inside the program, and what: the text
/// `iq-tui export case NUMBER` prints (CaseExchange.report), in a private file of the data
/// directory — `<data directory>/auskunft/<case number>-<YYYY-MM-DD>.txt`. The name carries the
/// case number and the day, never the person's name; a second report of the day replaces the
/// first. Writing it is IQStore's (CaseReportWriter): the directory 0700, the file 0600.
public struct CaseReportFile: Equatable, Sendable {
    public static let directoryName = "auskunft"

    /// The report's directory, inside the data file's.
    public var directory: String
    public var path: String
    public var text: String

    public init(directory: String, path: String, text: String) {
        self.directory = directory
        self.path = path
        self.text = text
    }

    /// The report directory of a data file.
    public static func directory(of file: SnapshotFile) -> String { file.directory + "/" + directoryName }

    /// The report of `c` for the data file `file`, made at `now`.
    public static func make(_ c: Case, _ document: Document, file: SnapshotFile, language: Language, now: Date,
                            retention: RetentionPolicy) -> CaseReportFile {
        let directory = directory(of: file)
        let name = "\(safeName(c.number))-\(Day(now).text(.en)).txt"
        return CaseReportFile(directory: directory, path: directory + "/" + name,
                              text: CaseExchange.report(c, document, language: language, now: now, retention: retention))
    }

    /// Why a report was not written, said of the report (not as a failed save).
    public static func failure(_ error: SnapshotError) -> Message {
        switch error {
        case .writeFailed(let path, let e): CaseText.reportFailed(path, SnapshotError.describe(errno: e))
        case .symlink(let path, _): CaseText.reportLinked(path)
        default: error.message
        }
    }

    /// Whether a file of the report directory is a report of the case numbered `number` (or the
    /// temporary file of one): `<number>-<YYYY-MM-DD>.txt[.tmp-…]`. Deleting a case for good
    /// deletes these too.
    public static func isReport(named name: String, of number: String) -> Bool {
        let prefix = safeName(number) + "-"
        guard name.hasPrefix(prefix) else { return false }
        let rest = name.dropFirst(prefix.count)
        guard Day(parsing: String(rest.prefix(10))) != nil else { return false }
        let tail = rest.dropFirst(10)
        return tail == ".txt" || tail.hasPrefix(".txt.tmp-")
    }

    /// The case number as a file name: letters, digits, `-` and `_` stay, anything else (a `/`
    /// or `..` of an imported number) becomes `_`, so the file cannot land outside the directory.
    static func safeName(_ number: String) -> String {
        let kept = number.unicodeScalars.map { s -> Character in
            s.isASCII && (CharacterSet.alphanumerics.contains(s) || s == "-" || s == "_") ? Character(s) : "_"
        }
        let name = String(kept.prefix(64))
        return name.isEmpty ? "_" : name
    }
}

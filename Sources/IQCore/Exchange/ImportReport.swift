import Foundation

/// What every import has to report, partners or cases.
public protocol ImportOutcome {
    var errors: [RowProblem] { get }
    var warnings: [RowProblem] { get }
    var created: Int { get }
    var updated: Int { get }
    var unchanged: Int { get }
    var invalidRows: Int { get }
    var fileError: Bool { get }
}

extension ImportResult: ImportOutcome {}

/// The problems of an import as lines for a person, in line order (at one line errors first,
/// each kind in the order found). Of each kind — error or warning, and which message — only the
/// first `shownPerKind` are listed, then one line says how many more there are: a header with a
/// million unknown columns gives a hundred and one lines, not 86 MB.
public enum ImportReport {
    public static let shownPerKind = 100

    private struct Kind: Hashable {
        var isError: Bool
        /// Which text, whatever its arguments.
        var name: String
    }

    public static func problemLines(_ outcome: some ImportOutcome, file: String, language: Language) -> [String] {
        let problems = (outcome.errors.map { (problem: $0, isError: true) } + outcome.warnings.map { (problem: $0, isError: false) })
            .enumerated().sorted { ($0.element.problem.line, $0.offset) < ($1.element.problem.line, $1.offset) }
            .map(\.element)
        var totals: [Kind: Int] = [:]
        for p in problems { totals[Kind(isError: p.isError, name: p.problem.message.name), default: 0] += 1 }
        var shown: [Kind: Int] = [:]
        var lines: [String] = []
        for p in problems {
            let kind = Kind(isError: p.isError, name: p.problem.message.name)
            let n = shown[kind, default: 0] + 1
            shown[kind] = n
            guard n <= shownPerKind else { continue }
            let line = p.isError ? PartnerExchangeText.importProblemError : PartnerExchangeText.importProblemWarning
            lines.append(line(file, String(p.problem.line), p.problem.message.text(language)).text(language))
            if n == shownPerKind, let total = totals[kind], total > shownPerKind {
                lines.append(PartnerExchangeText.importMoreOfKind(total - shownPerKind).text(language))
            }
        }
        return lines
    }
}

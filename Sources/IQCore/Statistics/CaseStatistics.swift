// Live statistics from the cases, fit to leave the office: counts only — never a name, never a
// case number — and every small count suppressed.
//
// Small-count suppression (`Suppression`) is the one rule every output uses (the statistics
// view, `iq-tui stats` as text, CSV and JSON):
// - A count from 1 to 4 is shown as "<5"; 0 and counts from 5 up are shown as they are.
// - A total from 1 to 4 is "<5" as well.
// - Complementary suppression: the total minus the shown categories gives the sum R of the
//   hidden ones. With a "<5" cells (each 1-4) and b "x" cells (each 5 or more) that sum pins
//   every hidden cell down when R <= a + 5b (all at their least), or, without "x" cells, when
//   a = 1, R = a (all 1) or R = 4a (all 4). So further categories are withheld, smallest first
//   (on a tie the first in the breakdown's order), shown as "x", until no hidden cell can be
//   worked out. If even withholding all of them is not enough, the total is withheld as well
//   (and with it the count of all cases): then nothing can be computed back. "x" rather than
//   "<5", because a withheld count is 5 or more and "<5" would be false.
// - Free text that matches no entry of the code lists (countries, Referenzberufe) is never a
//   label: typed text may name a person. All of it is one category "other (free text)".
// - Suppressed and withheld categories are listed after the shown ones (by label), so their
//   position does not tell which of them is larger.
// - Every breakdown covers every case counted (a missing value is the category "not
//   recorded"), so all breakdowns have the same total.
// The coded documentation fields (nationality, residence status, German level, benefits, sex,
// access route, counselling form and result) are breakdowns too: CaseStatistics+Coded.swift.
// Not covered: differences between two outputs (a year against all years, say) can still
// narrow a small count down; hand out one consistent set of figures.
//
// The month: a case is counted by the day of its Erstberatung ("Erstberatung am", filled for a
// new case and carried by imports); without one, by the earliest entry of its timeline (an
// appointment, a status step or a referral — CaseReducer writes one for each); cases with
// neither count as "not recorded". The year filter uses the year of that day, else the year in
// the case number ("NRW-2026-000123": the year the case was recorded), so a case without dates
// still belongs to its year.

/// A count as it may be shown outside the office.
public enum ShownCount: Equatable, Hashable, Sendable {
    /// 0, or 5 and more.
    case count(Int)
    /// 1 to 4: "<5".
    case belowThreshold
    /// Complementary suppression: 5 or more, withheld so that a "<5" beside it cannot be
    /// computed back from the total: "x".
    case withheld

    /// The number, or nil when it is not shown.
    public var value: Int? {
        if case .count(let n) = self { return n }
        return nil
    }

    public var isSuppressed: Bool { value == nil }

    /// "12.345" in the language's digits, "<5" or "x".
    public func text(_ language: Language) -> String {
        switch self {
        case .count(let n): NumberFormat.integer(n, language)
        case .belowThreshold: Suppression.belowThresholdMark
        case .withheld: Suppression.withheldMark
        }
    }

    /// For CSV and JSON: digits without separators, "<5" or "x".
    public var plain: String {
        switch self {
        case .count(let n): String(n)
        case .belowThreshold: Suppression.belowThresholdMark
        case .withheld: Suppression.withheldMark
        }
    }
}

/// Small-count suppression (rules in the comment at the top of this file).
public enum Suppression {
    /// Counts below this (and above zero) are not shown.
    public static let threshold = 5
    public static let belowThresholdMark = "<5"
    public static let withheldMark = "x"

    /// The one rule for a single count: 1–4 → "<5", anything else as it is.
    public static func shown(_ count: Int) -> ShownCount {
        count > 0 && count < threshold ? .belowThreshold : .count(count)
    }

    /// A breakdown whose total (the sum) is shown beside it: every category by `shown`, plus
    /// complementary suppression until no hidden count can be worked out from the total.
    public static func breakdown(_ counts: [Int]) -> (categories: [ShownCount], total: ShownCount) {
        var shownCounts = counts.map(shown)
        var total = shown(counts.reduce(0, +))
        guard total.value != nil, shownCounts.contains(.belowThreshold) else { return (shownCounts, total) }
        while !isSafe(counts, shownCounts) {
            let candidates = counts.indices.filter { shownCounts[$0].value.map { $0 > 0 } ?? false }
            guard let next = candidates.min(by: { counts[$0] < counts[$1] }) else {
                total = .withheld
                break
            }
            shownCounts[next] = .withheld
        }
        return (shownCounts, total)
    }

    /// Whether the hidden cells can each take more than one value, knowing their sum.
    static func isSafe(_ counts: [Int], _ shown: [ShownCount]) -> Bool {
        let hidden = counts.indices.filter { shown[$0].isSuppressed }
        let a = hidden.filter { shown[$0] == .belowThreshold }.count
        let b = hidden.count - a
        let sum = hidden.reduce(0) { $0 + counts[$1] }
        if b > 0 { return sum > a + threshold * b }
        return a >= 2 && sum > a && sum < (threshold - 1) * a
    }
}

/// One breakdown of the cases (by status, country of training, …) with suppressed counts.
public struct CaseBreakdown: Equatable, Sendable {
    public enum Dimension: String, CaseIterable, Sendable {
        case status, countryOfTraining, referenzberuf, site, month
        // The coded documentation fields and the Bescheid's details (CaseStatistics+Coded.swift).
        case nationality, residenceStatus, germanLevel, benefits, sex, cameVia, counsellingChannel, counsellingResult
        case decision, compensation, grant

        public var title: Message {
            switch self {
            case .status: StatisticsText.statsByStatus
            case .countryOfTraining: StatisticsText.statsByCountry
            case .referenzberuf: StatisticsText.statsByOccupation
            case .site: StatisticsText.statsBySite
            case .month: StatisticsText.statsByMonth
            case .nationality, .residenceStatus, .germanLevel, .benefits, .sex, .cameVia, .counsellingChannel, .counsellingResult,
                 .decision, .compensation, .grant: codedTitle
            }
        }
    }

    public struct Category: Equatable, Sendable {
        /// Stable for machines: the status's raw value, the ISO country code, the occupation's id,
        /// "other" (free text), the site's id, "2026-03", or "unknown".
        public var key: String
        public var label: String
        public var shown: ShownCount
        /// The true count: kept inside IQCore, every output takes `shown`.
        let count: Int
    }

    public var dimension: Dimension
    public var categories: [Category]
    public var total: ShownCount
}

/// The anonymised figures of the cases (of one year, or of all).
public struct CaseStatistics: Equatable, Sendable {
    public var year: Int?
    public var total: ShownCount
    /// In the order of `CaseBreakdown.Dimension.allCases`.
    public var breakdowns: [CaseBreakdown]

    /// The key of the "not recorded" category of every breakdown.
    public static let unknownKey = "unknown"

    public func breakdown(_ dimension: CaseBreakdown.Dimension) -> CaseBreakdown? {
        breakdowns.first { $0.dimension == dimension }
    }

    struct MemoKey: Equatable {
        var cases: UInt64
        var sites: UInt64
        var year: Int?
        var language: Language
    }

    /// Remembered for the last document asked: the statistics view asks on every frame.
    public static func compute(_ document: Document, year: Int?, language: Language) -> CaseStatistics {
        let key = MemoKey(cases: document.cases.version, sites: document.sites.version, year: year, language: language)
        return document.memo.slots.caseStatistics.value(for: key) { calculate(document, year: year, language: language) }
    }

    /// The day a case is counted by: its Erstberatung, else its earliest timeline entry (see the file comment).
    public static func countingDay(_ c: Case) -> Day? {
        c.firstCounsellingDate ?? c.timeline.map(\.day).min()
    }

    /// The year a case belongs to: that of its counting day, else the one in its number.
    public static func year(of c: Case) -> Int? {
        if let day = countingDay(c) { return day.year }
        let parts = c.number.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[1]), (1900...2200).contains(y) else { return nil }
        return y
    }

    static func calculate(_ document: Document, year: Int?, language: Language) -> CaseStatistics {
        let cases = document.cases.items.filter { year == nil || Self.year(of: $0) == year }
        let notRecorded = StatisticsText.statsNotRecorded.text(language)
        var tallies = Dictionary(uniqueKeysWithValues: CaseBreakdown.Dimension.allCases.map { ($0, Tally()) })

        // Looked up once per distinct text: a few hundred spellings, not 100,000 lookups.
        var countryOf: [String: (key: String, label: String)] = [:]
        var occupationOf: [String: (key: String, label: String)] = [:]
        for c in cases {
            tallies[.status]?.add(c.status.rawValue, label: c.status.label.text(language))

            let country = c.countryOfTraining.trimmingCharacters(in: .whitespacesAndNewlines)
            let countryCategory = countryOf[country] ?? {
                let found = Countries.find(country).map { (key: $0.code, label: $0.name(language)) } ?? freeText(country, language)
                countryOf[country] = found
                return found
            }()
            tallies[.countryOfTraining]?.add(countryCategory.key, label: countryCategory.label)

            let occupation = c.referenzberuf.trimmingCharacters(in: .whitespacesAndNewlines)
            let occupationCategory = occupationOf[occupation] ?? {
                let found = ReferenceOccupations.find(occupation).map { (key: $0.id, label: $0.name(language)) } ?? freeText(occupation, language)
                occupationOf[occupation] = found
                return found
            }()
            tallies[.referenzberuf]?.add(occupationCategory.key, label: occupationCategory.label)

            if let id = c.siteID {
                if let site = document.sites[id] {
                    tallies[.site]?.add(id.rawValue, label: site.name)
                } else {
                    tallies[.site]?.add("removed", label: StatisticsText.statsSiteRemoved.text(language))
                }
            } else {
                tallies[.site]?.add(unknownKey, label: notRecorded)
            }

            if let day = countingDay(c) {
                let month = day.month < 10 ? "0\(day.month)" : "\(day.month)"
                tallies[.month]?.add("\(day.year)-\(month)", label: language == .de ? "\(month).\(day.year)" : "\(day.year)-\(month)")
            } else {
                tallies[.month]?.add(unknownKey, label: notRecorded)
            }
            for dimension in CaseBreakdown.Dimension.coded {
                let category = codedCategory(dimension, c, language)
                tallies[dimension]?.add(category.key, label: category.label)
            }
        }

        // Every status is listed (0 included); the other breakdowns list what occurs.
        for status in CaseStatus.allCases { tallies[.status]?.ensure(status.rawValue, label: status.label.text(language)) }
        for dimension in CaseBreakdown.Dimension.coded {
            for code in dimension.codes ?? [] { tallies[dimension]?.ensure(code.key, label: code.label.text(language)) }
        }

        let breakdowns = CaseBreakdown.Dimension.allCases.map { dimension -> CaseBreakdown in
            let tally = tallies[dimension] ?? Tally()
            var entries = tally.entries(notRecorded: notRecorded)
            switch dimension {
            case .status:
                let order = CaseStatus.allCases.map(\.rawValue)
                entries.sort { (order.firstIndex(of: $0.key) ?? order.count) < (order.firstIndex(of: $1.key) ?? order.count) }
            case .month:
                entries.sort { ($0.key == unknownKey ? 1 : 0, $0.key) < ($1.key == unknownKey ? 1 : 0, $1.key) }
            case .countryOfTraining, .referenzberuf, .site, .nationality:
                entries.sort(by: byLabel)
            case .residenceStatus, .germanLevel, .benefits, .sex, .cameVia, .counsellingChannel, .counsellingResult,
                 .decision, .compensation, .grant:
                let order = dimension.codes?.map(\.key) ?? []
                entries.sort { (order.firstIndex(of: $0.key) ?? order.count) < (order.firstIndex(of: $1.key) ?? order.count) }
            }
            let (shown, total) = Suppression.breakdown(entries.map(\.count))
            var categories = zip(entries, shown).map { entry, s in
                CaseBreakdown.Category(key: entry.key, label: entry.label, shown: s, count: entry.count)
            }
            if [.countryOfTraining, .referenzberuf, .site, .nationality].contains(dimension) { categories = ordered(categories) }
            return CaseBreakdown(dimension: dimension, categories: categories, total: total)
        }
        // A breakdown that had to withhold its total withholds the count of all cases too.
        let total = breakdowns.contains { $0.total == .withheld } ? ShownCount.withheld : Suppression.shown(cases.count)
        return CaseStatistics(year: year, total: total, breakdowns: breakdowns.map { b in
            var b = b
            if total == .withheld { b.total = .withheld }
            return b
        })
    }

    /// Text that matches no code list: one category, never the text itself (it may name someone).
    private static func freeText(_ text: String, _ language: Language) -> (key: String, label: String) {
        LookupFold.fold(text).isEmpty ? (unknownKey, "") : (otherKey, StatisticsText.statsOtherFreeText.text(language))
    }

    /// The key of the category of all free text that matches no code list.
    public static let otherKey = "other"

    private static func byLabel(_ a: Tally.Entry, _ b: Tally.Entry) -> Bool {
        let ka = SearchKey.sortKey(a.label), kb = SearchKey.sortKey(b.label)
        return ka != kb ? ka.lexicographicallyPrecedes(kb) : a.key < b.key
    }

    /// Shown counts first (largest first), then the suppressed ones by label, "not recorded" last.
    private static func ordered(_ categories: [CaseBreakdown.Category]) -> [CaseBreakdown.Category] {
        categories.enumerated().sorted { a, b in
            let ra = a.element.key == unknownKey ? 2 : (a.element.shown.isSuppressed ? 1 : 0)
            let rb = b.element.key == unknownKey ? 2 : (b.element.shown.isSuppressed ? 1 : 0)
            if ra != rb { return ra < rb }
            let va = a.element.shown.value ?? 0, vb = b.element.shown.value ?? 0
            if ra == 0, va != vb { return va > vb }
            return a.offset < b.offset // already by label
        }.map(\.element)
    }

    /// Counts per category key, with the label each key is shown by.
    private struct Tally {
        struct Entry {
            var key: String
            var label: String
            var count: Int
        }
        private var counts: [String: Int] = [:]
        /// Per key, how often each spelling occurred: the most frequent names the group.
        private var spellings: [String: [String: Int]] = [:]

        mutating func add(_ key: String, label: String) {
            counts[key, default: 0] += 1
            spellings[key, default: [:]][label, default: 0] += 1
        }

        mutating func ensure(_ key: String, label: String) {
            if counts[key] == nil {
                counts[key] = 0
                spellings[key] = [label: 0]
            }
        }

        func entries(notRecorded: String) -> [Entry] {
            counts.map { key, count in
                let label = key == CaseStatistics.unknownKey ? notRecorded
                    : (spellings[key] ?? [:]).max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? key
                return Entry(key: key, label: label, count: count)
            }
        }
    }
}

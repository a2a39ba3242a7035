/// What the case pane remembers: its filters and sort order.
public struct CasesState: Equatable, Sendable {
    public var list = PaneState()
    public var filter = CaseFilter()
    /// Only the cases whose deletion date has come (the data-protection view).
    public var showsDue = false
    public var sort: CaseSort = .number
    /// The configured deletion rules: the `D` list and the open case show what they give.
    public var retention = RetentionPolicy()
    /// The counsellor whose appointments the agenda lists (the configuration's `counsellor`, else
    /// the user name); empty: every case's.
    public var me = ""
    /// The agenda (`t`) in place of the case list, and its range; nil: the case list.
    public var agenda: AgendaRange?
    public var agendaCursor = ListCursor()
    /// The agenda narrowed to one case (`T`): every appointment of it, newest first, also those
    /// further back or ahead, to change or cancel; nil: the agenda of my cases.
    public var agendaCase: RecordID?
    public init() {}

    /// A search, a facet or the `D` view narrows the list (Esc drops them all).
    public var hasFilters: Bool { !list.filter.isEmpty || !filter.isEmpty || showsDue }
}

public struct CaseFilter: Equatable, Sendable {
    public var status: CaseStatus?
    /// "offen": only the cases that have not ended (CaseStatus.isEnded).
    public var openOnly: Bool
    public var siteID: RecordID?
    public var counsellor: String?
    public init(status: CaseStatus? = nil, openOnly: Bool = false, siteID: RecordID? = nil, counsellor: String? = nil) {
        self.status = status
        self.openOnly = openOnly
        self.siteID = siteID
        self.counsellor = counsellor
    }

    public var isEmpty: Bool { status == nil && !openOnly && siteID == nil && counsellor == nil }

    public func matches(_ c: Case) -> Bool {
        if let status, c.status != status { return false }
        if openOnly, c.status.isEnded { return false }
        if let siteID, c.siteID != siteID { return false }
        if let counsellor, c.counsellor != counsellor { return false }
        return true
    }
}

public enum CaseSort: String, CaseIterable, Sendable {
    case number, status, appointment

    public var next: CaseSort {
        let all = CaseSort.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }

    public var label: Message {
        switch self {
        case .number: CaseText.colCaseNumber
        case .status: CaseText.colStatus
        case .appointment: CaseText.colNextAppointment
        }
    }
}

extension Case {
    /// The earliest appointment on or after `today` (nil when none is planned). A cancelled
    /// appointment is none, and an ended case (closed, cancelled, …) has no next appointment.
    public func nextAppointment(after today: Day) -> Day? {
        guard !status.isEnded else { return nil }
        return timeline.compactMap { entry -> Day? in
            entry.isLiveAppointment && entry.day >= today ? entry.day : nil
        }.min()
    }
}

/// The case list as the pane shows it. Searching looks at the case number, the Referenzberufe,
/// the residence and the counsellor — never at names, so a list on a shared screen names no one.
public enum CaseList {
    static func index(_ document: Document) -> ListIndex<Case> {
        document.memo.slots.caseIndex.index(document.cases,
                                            text: { "\($0.number) \($0.referenzberuf) \($0.residence) \($0.counsellor) \($0.qualification) \($0.furtherReferenzberufe.joined(separator: " "))" },
                                            // By number is the "name" order: no second set of keys for the ties.
                                            sortKeys: ["name": \.number,
                                                       // Two digits: "11" (closed) must not sort before "2".
                                                       "status": { c in
                                                           let i = CaseStatus.allCases.firstIndex(of: c.status) ?? 0
                                                           return "\(i < 10 ? "0" : "")\(i) \(c.number)"
                                                       }])
    }

    public static func rows(_ state: AppState) -> CaseRows { rows(state.document, state.cases, today: state.today) }

    /// Remembered for the last state asked: the reducer and the frame ask several times per key.
    /// Positions into the case table, not copies: 100,000 matching cases cost an array of ints.
    public static func rows(_ document: Document, _ cases: CasesState, today: Day) -> CaseRows {
        let key = RowsKey(version: document.cases.version, query: cases.list.filter.text, filter: cases.filter,
                          due: cases.showsDue, sort: cases.sort, today: today, retention: cases.retention)
        // Typing on narrows what the last keystroke found: only those cases are searched again.
        var narrowed: [Int]?
        if let (last, positions) = document.memo.slots.caseRows.last, last.query.count < key.query.count,
           key.query.hasPrefix(last.query), last.version == key.version, last.filter == key.filter, last.due == key.due,
           last.sort == key.sort, last.today == key.today, last.retention == key.retention {
            narrowed = positions
        }
        let positions = document.memo.slots.caseRows.value(for: key) { computeRows(document, cases, today: today, within: narrowed) }
        return CaseRows(positions: positions, items: document.cases.items)
    }

    struct RowsKey: Equatable {
        var version: UInt64
        var query: String
        var filter: CaseFilter
        var due: Bool
        var sort: CaseSort
        var today: Day
        var retention: RetentionPolicy
    }

    static func computeRows(_ document: Document, _ cases: CasesState, today: Day, within earlier: [Int]? = nil) -> [Int] {
        let index = index(document)
        let q = SearchKey.Query(cases.list.filter.text)
        let items = document.cases.items
        let filter = cases.filter
        // No query, no keys: the list shows without waiting for them after a load.
        let keys = q.isEmpty ? nil : index.keys
        if let earlier, let keys, cases.sort != .appointment {
            // Same order as before; only the query grew, so a subset of the earlier rows matches.
            return earlier.filter { keys.matches($0, q) }
        }
        let order = index.order(cases.sort == .status ? "status" : "name")
        var out: [Int] = []
        let unfiltered = filter.isEmpty && !cases.showsDue
        for i in order where keys?.matches(i, q) ?? true && (unfiltered || filter.matches(items[i])) {
            if cases.showsDue, !CaseRetention.isDue(items[i], on: today, policy: cases.retention) { continue }
            out.append(i)
        }
        if cases.sort == .appointment {
            // Cases with an appointment first, the soonest first; the rest keep number order.
            out = out.enumerated().map { (i: $0.offset, day: items[$0.element].nextAppointment(after: today), c: $0.element) }
                .sorted { a, b in
                    switch (a.day, b.day) {
                    case let (x?, y?): return x != y ? x < y : a.i < b.i
                    case (.some, nil): return true
                    case (nil, .some): return false
                    case (nil, nil): return a.i < b.i
                    }
                }
                .map(\.c)
        }
        return out
    }

    /// The next free case number of a year: "NRW-2026-000124".
    public static func nextNumber(in document: Document, year: Int) -> String {
        let prefix = "NRW-\(year)-"
        let highest = document.cases.items.compactMap { c -> Int? in
            c.number.hasPrefix(prefix) ? Int(c.number.dropFirst(prefix.count)) : nil
        }.max() ?? 0
        let n = String(highest + 1)
        return prefix + String(repeating: "0", count: max(0, 6 - n.count)) + n
    }
}

/// The case list's rows: positions into the case table, read as cases.
public struct CaseRows: RandomAccessCollection, Sendable {
    let positions: [Int]
    let items: [Case]
    public var startIndex: Int { 0 }
    public var endIndex: Int { positions.count }
    public subscript(i: Int) -> Case { items[positions[i]] }
}

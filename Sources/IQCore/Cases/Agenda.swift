/// The agenda ("Termine", `t` in the case pane): the appointments of my cases today, this week
/// or next week. "My" cases are those whose counsellor is the configured `counsellor` (else the
/// user name a new case starts with); an ended case has no appointments to come, so it shows none.
public enum AgendaRange: String, CaseIterable, Sendable {
    case today, thisWeek, nextWeek

    /// The first and last day (weeks run Monday to Sunday, as in Germany).
    public func days(around today: Day) -> ClosedRange<Day> {
        let monday = today.adding(days: -today.weekday)
        switch self {
        case .today: return today...today
        case .thisWeek: return monday...monday.adding(days: 6)
        case .nextWeek: return monday.adding(days: 7)...monday.adding(days: 13)
        }
    }

    public var label: Message {
        switch self {
        case .today: CaseText.agendaToday
        case .thisWeek: CaseText.agendaThisWeek
        case .nextWeek: CaseText.agendaNextWeek
        }
    }

    /// ←/→: the range before or after, stopping at either end.
    public func step(_ by: Int) -> AgendaRange {
        let all = AgendaRange.allCases
        return all[min(max(0, (all.firstIndex(of: self) ?? 0) + by), all.count - 1)]
    }
}

/// One appointment of the agenda: the case and the entry's place in its timeline.
public struct AgendaRow: Equatable, Sendable {
    public var caseID: RecordID
    public var number: String
    public var initials: String
    public var index: Int
    public var entry: TimelineEntry
}

public enum Agenda {
    /// The appointments of `me`'s cases in the range, by day and time (without a time first), a
    /// cancelled one included and marked so that it can be restored. An empty `me` means every case.
    public static func rows(_ document: Document, me: String, range: AgendaRange, today: Day) -> [AgendaRow] {
        let days = range.days(around: today)
        var out: [AgendaRow] = []
        for c in document.cases.items where (me.isEmpty || c.counsellor == me) && !c.status.isEnded {
            for (i, e) in c.timeline.enumerated() where e.isAppointment && days.contains(e.day) {
                out.append(AgendaRow(caseID: c.id, number: c.number, initials: c.initials, index: i, entry: e))
            }
        }
        return out.sorted { ($0.entry.day, $0.entry.time?.minutes ?? -1, $0.number, $0.index) < ($1.entry.day, $1.entry.time?.minutes ?? -1, $1.number, $1.index) }
    }

    /// Every appointment of one case, newest first (cancelled ones too), whatever its counsellor
    /// or status: the chooser of the case's appointments (`T`).
    public static func rows(of c: Case) -> [AgendaRow] {
        c.timeline.enumerated().filter { $0.element.isAppointment }
            .map { AgendaRow(caseID: c.id, number: c.number, initials: c.initials, index: $0.offset, entry: $0.element) }
            .sorted { ($0.entry.day, $0.entry.time?.minutes ?? -1, $0.index) > ($1.entry.day, $1.entry.time?.minutes ?? -1, $1.index) }
    }

    public static func rows(_ state: AppState) -> [AgendaRow] {
        rows(state.document, state.cases, today: state.today)
    }

    /// What the agenda shows: one case's appointments, or my appointments in the range.
    static func rows(_ document: Document, _ cases: CasesState, today: Day) -> [AgendaRow] {
        if let id = cases.agendaCase { return document.cases[id].map(rows(of:)) ?? [] }
        return rows(document, me: cases.me, range: cases.agenda ?? .today, today: today)
    }
}

extension Day {
    /// Days since 1 January 1970 (proleptic Gregorian; H. Hinnant's days_from_civil).
    var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    init(ordinal z0: Int) {
        // The same civil-from-days arithmetic the plist codec uses for its dates.
        let (y, m, d) = XMLPlist.civil(days: Int64(z0))
        self = Day(year: Int(y), month: Int(m), day: Int(d)) ?? .endOfYear(Int(y))
    }

    public func adding(days n: Int) -> Day { Day(ordinal: ordinal + n) }
    /// 0 = Monday … 6 = Sunday (1 January 1970 was a Thursday).
    public var weekday: Int { ((ordinal + 3) % 7 + 7) % 7 }
}

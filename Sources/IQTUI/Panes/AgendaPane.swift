import IQCore

/// The case pane's agenda (`t`): my appointments today, this week or next week, with the case
/// number and initials only — never a name.
enum AgendaPane {
    static func model(_ state: AppState) -> PaneModel {
        if let id = state.cases.agendaCase { return caseModel(state, number: state.document.cases[id]?.number ?? "") }
        let rows = Agenda.rows(state)
        let range = state.t((state.cases.agenda ?? .today).label)
        return PaneModel(
            columns: [
                TableColumn(state.t(CaseText.colDay), .fixed(10)),
                TableColumn(state.t(CaseText.colTime), .fixed(11)),
                TableColumn(state.t(CaseText.colCaseNumber), .fixed(15)),
                TableColumn(state.t(CaseText.colInitials), .fixed(6), dropOrder: 2),
                TableColumn(state.t(CaseText.colChannel), .fixed(10), dropOrder: 1),
                TableColumn(state.t(CaseText.colNote), .flexible(minimum: 10, weight: 1)),
            ],
            rows: RowSource(count: rows.count, cells: { i in
                let r = rows[i], e = r.entry
                return [day(e.day, state), time(e), r.number, r.initials, channel(e, state), note(e, state)]
            }),
            total: rows.count,
            detail: { nil },
            title: CaseText.agendaPaneTitle(range).text(state.language),
            caption: (state.cases.me.isEmpty && !state.options.userKnown
                      ? CaseText.agendaCaptionNobody(range) : CaseText.agendaCaption(range, state.cases.me)).text(state.language),
            captionHints: 1,
            selection: state.cases.agendaCursor.selected,
            placeholder: rows.isEmpty ? [CaseText.agendaEmpty(range).text(state.language)] : nil
        )
    }

    /// One case's appointments (`T`), newest first: the day with its year, as they may lie far
    /// back or ahead; the frame names the case, so the rows need not.
    static func caseModel(_ state: AppState, number: String) -> PaneModel {
        let rows = Agenda.rows(state)
        return PaneModel(
            columns: [
                // "Mi 15.04.2026" / "Wed 15 Apr 2026"
                TableColumn(state.t(CaseText.colDay), .fixed(state.language == .de ? 13 : 15)),
                TableColumn(state.t(CaseText.colTime), .fixed(11)),
                TableColumn(state.t(CaseText.colChannel), .fixed(10), dropOrder: 1),
                TableColumn(state.t(CaseText.colNote), .flexible(minimum: 10, weight: 1)),
            ],
            rows: RowSource(count: rows.count, cells: { i in
                let e = rows[i].entry
                return [state.t(CaseText.appointmentDay(e.day)), time(e), channel(e, state), note(e, state)]
            }),
            total: rows.count,
            detail: { nil },
            title: CaseText.caseAppointmentsTitle(number).text(state.language),
            caption: state.t(CaseText.caseAppointmentsCaption),
            captionHints: 2,
            selection: state.cases.agendaCursor.selected,
            placeholder: rows.isEmpty ? [state.t(CaseText.caseAppointmentsEmpty)] : nil
        )
    }

    static func channel(_ e: TimelineEntry, _ state: AppState) -> String {
        if case .appointment(let ch) = e.kind { return state.t(ch.label) }
        return ""
    }

    /// The note, after ABGESAGT when the appointment was cancelled.
    static func note(_ e: TimelineEntry, _ state: AppState) -> String {
        e.cancelled ? [state.t(CaseText.appointmentCancelled).uppercased(), e.note].filter { !$0.isEmpty }.joined(separator: " – ") : e.note
    }

    /// "Mi 15.04." / "Wed 15 Apr": the weekday and the day (CaseText.agendaDay).
    static func day(_ d: Day, _ state: AppState) -> String {
        state.t(CaseText.agendaDay(weekday: d.weekday, day: d.day, month: d.month))
    }

    /// "10:00–11:00", "10:00", or "60 Min." when only the duration is known.
    static func time(_ e: TimelineEntry) -> String {
        guard let t = e.time else { return e.minutes.map { "\($0)′" } ?? "" }
        guard let m = e.minutes, let end = ClockTime(hour: (t.minutes + m) / 60 % 24, minute: (t.minutes + m) % 60) else { return t.text }
        return "\(t.text)–\(end.text)"
    }
}

/// Each step fills its own date (issue 15: "the Antrag gestellt step sets Antrag gestellt am").
///
/// Rules, so that no date a counsellor typed is lost without a trace:
/// - A step ahead fills its date with the step's day when the date is empty, or when it holds
///   the day an earlier step wrote (a new round: the follow-up application after a
///   qualification). A date typed by hand that differs stays; the step's day is in the timeline.
/// - A step back (correcting a mistake) takes back the date the mistaken step wrote: the date
///   returns to that of the round before, if there was one, else it is emptied. For the Bescheid
///   and the ZAB statement the result goes with its date (a result needs its date), and with it
///   what the Bescheid step records (Ausgleichsmaßnahme, months, file complete, fees). A date
///   typed by hand stays.
/// - Resuming and reopening fill nothing: the step's own day is no date of the step resumed.
/// - Verfahren ruht seit is emptied when the procedure goes on; the end date when an ended case
///   reopens (as the deletion date is). The timeline keeps both days.
extension CaseWorkflow {
    /// The date a step fills; nil for Antrag in Vorbereitung, which has none.
    public static func dateField(_ status: CaseStatus) -> WritableKeyPath<Case, Day?>? {
        switch status {
        case .firstCounselling: \.firstCounsellingDate
        case .preparingApplication: nil
        case .applied: \.applicationDate
        case .skillsAnalysis: \.recognition.skillsAnalysisDate
        case .onHold: \.recognition.onHoldSince
        case .decisionReceived, .zabStatement: \.decisionDate
        case .examPreparation, .bridgeCourse, .qualification: \.recognition.qualificationStart
        case .licensed: \.recognition.licenceDate
        case .closed, .withdrawn, .formallyRejected, .cancelled: \.recognition.endDate
        }
    }

    /// The case's dates after the step to `to` on `day`; called before the step's timeline entry
    /// is added (the entries so far tell which dates earlier steps wrote).
    public static func recordDates(_ c: inout Case, to status: CaseStatus, on day: Day) {
        let from = c.status, move = move(c, to: status)
        if from == .onHold { c.recognition.onHoldSince = nil }
        if from.isEnded, !status.isEnded { c.recognition.endDate = nil }
        if move == .back, let field = dateField(from), let entered = lastEntry(into: from, c.timeline),
           c[keyPath: field] == c.timeline[entered].day {
            c[keyPath: field] = lastDay(of: field, c.timeline, before: entered)
            if c[keyPath: field] == nil, field == \Case.decisionDate {
                // The result goes with its date, and so do the details only the Bescheid (or the
                // ZAB's statement) records: re-entering it must not find the mistaken ones.
                c.decision = nil
                c.recognition.compensation = nil
                c.recognition.adaptationMonths = nil
                c.recognition.fileCompleteDate = nil
                c.recognition.fees = nil
            }
        }
        guard move == .forward, let field = dateField(status) else { return }
        if c[keyPath: field] == nil || lastDay(of: field, c.timeline, before: c.timeline.count, matching: c[keyPath: field]) != nil {
            c[keyPath: field] = day
        }
    }

    /// The day of the latest entry before `end` into a step that fills `field` (with that day, if given).
    private static func lastDay(of field: WritableKeyPath<Case, Day?>, _ timeline: [TimelineEntry], before end: Int,
                                matching wanted: Day? = nil) -> Day? {
        timeline.prefix(end).last { e in
            guard case .status(_, let to) = e.kind, dateField(to) == field else { return false }
            return wanted == nil || e.day == wanted
        }?.day
    }

    static func lastEntry(into status: CaseStatus, _ timeline: [TimelineEntry]) -> Int? {
        timeline.indices.last { i in
            if case .status(_, let to) = timeline[i].kind { return to == status }
            return false
        }
    }
}

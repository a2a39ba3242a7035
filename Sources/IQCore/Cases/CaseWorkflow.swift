/// The paths a case can take (issue 15, DOMAIN.md "The recognition process"), as a table: per
/// step the steps that may follow it. Besides the usual way Erstberatung → Antrag → Bescheid →
/// Ausgleichsmaßnahme → Berufsurkunde, it holds the paths counsellors meet: counselling only
/// (Erstberatung → Abgeschlossen), a Brückenmaßnahme for academics with a ZAB Zeugnisbewertung or
/// without anything, a doctor's Kenntnisprüfung without a Gleichwertigkeitsprüfung (Antrag →
/// Vorbereitung), a Qualifikationsanalyse when documents are missing, a procedure that rests,
/// a withdrawn or formally rejected application, and a follow-up application after an
/// Anpassungsqualifizierung in a non-regulated profession (Qualifizierung → Antrag).
///
/// Three kinds of row depend on the case's timeline:
/// - back (correcting a mistake) goes to the step the case came from; without a timeline entry
///   that tells, to the row's usual previous step;
/// - a procedure that rests resumes at the step it interrupted (Antrag gestellt or
///   Qualifikationsanalyse), or may be withdrawn, rejected or cancelled;
/// - an ended case reopens where it stood, or starts anew (Erstberatung, or a new Antrag).
public enum CaseWorkflow {
    /// How a step moves a case; it decides what happens to the dates (`recordDates`).
    public enum Move: Equatable, Sendable { case forward, back, resume, reopen }

    /// The fixed part of a step's row: the steps ahead (the usual one first: the status form
    /// preselects it) and the usual previous step, for cases whose timeline does not tell.
    struct Row {
        let forward: [CaseStatus]
        let back: [CaseStatus]
        init(_ forward: [CaseStatus], back: [CaseStatus] = []) {
            self.forward = forward
            self.back = back
        }
    }

    static func row(_ status: CaseStatus) -> Row {
        switch status {
        // Counselling only ends here (Abgeschlossen); academics may go straight to a Brückenmaßnahme.
        case .firstCounselling: Row([.preparingApplication, .bridgeCourse, .closed, .cancelled])
        case .preparingApplication: Row([.applied, .cancelled], back: [.firstCounselling])
        // The Bescheid, a Qualifikationsanalyse, the ZAB's statement, a doctor's waiver of the
        // Gleichwertigkeitsprüfung (straight to the Kenntnisprüfung), or a pause or an end.
        case .applied: Row([.decisionReceived, .skillsAnalysis, .zabStatement, .examPreparation, .onHold,
                            .withdrawn, .formallyRejected, .cancelled], back: [.preparingApplication])
        case .skillsAnalysis: Row([.decisionReceived, .onHold, .withdrawn, .cancelled], back: [.applied])
        // Resuming is added from the timeline. Documents still missing: formally rejected.
        case .onHold: Row([.withdrawn, .formallyRejected, .cancelled])
        // The Ausgleichsmaßnahme (a course or the preparation for the exam), the Berufsurkunde
        // after full equivalence, or the end.
        case .decisionReceived: Row([.qualification, .examPreparation, .licensed, .closed, .cancelled], back: [.applied])
        case .zabStatement: Row([.bridgeCourse, .closed, .cancelled], back: [.applied])
        case .examPreparation: Row([.licensed, .closed, .cancelled])
        case .bridgeCourse: Row([.closed, .cancelled])
        // A follow-up application after an Anpassungsqualifizierung (non-regulated professions).
        case .qualification: Row([.licensed, .applied, .closed, .cancelled], back: [.decisionReceived])
        case .licensed: Row([.closed])
        // Reopening is added from the timeline.
        case .closed, .withdrawn, .formallyRejected, .cancelled: Row([])
        }
    }

    /// The steps a case may take now: resuming or reopening first, then the steps ahead, the
    /// step back, and the ends last. The first is preselected in the status form.
    public static func next(for c: Case) -> [CaseStatus] {
        let status = c.status
        var steps: [CaseStatus] = []
        if status == .onHold || status.isEnded {
            let earlier = predecessors(of: status).filter { !$0.isEnded }
            if let from = cameFrom(c), earlier.contains(from) { steps.append(from) } else { steps += earlier }
            if status.isEnded { steps += [.firstCounselling, .preparingApplication] }
        }
        let row = row(status)
        let ahead = preferred(row.forward.filter { !$0.isEnded }, c)
        // A step whose only way ahead is an end (Berufsurkunde → Abgeschlossen) offers that end
        // first, never the step back.
        steps += ahead.isEmpty ? Array(row.forward.prefix(1)) : ahead
        steps += back(c)
        steps += row.forward.filter(\.isEnded)
        var seen = Set<CaseStatus>()
        return steps.filter { $0 != status && seen.insert($0).inserted }
    }

    public static func canMove(_ c: Case, to status: CaseStatus) -> Bool { next(for: c).contains(status) }

    /// After the Bescheid, the step its result points to comes first: the Berufsurkunde after full
    /// equivalence, the preparation for a Kenntnis- or Eignungsprüfung the authority set, the
    /// qualification for an Anpassungslehrgang. The others stay offered, in the row's order.
    static func preferred(_ steps: [CaseStatus], _ c: Case) -> [CaseStatus] {
        guard c.status == .decisionReceived else { return steps }
        let first: CaseStatus? = switch (c.decision, c.recognition.compensation) {
        case (.full?, _): .licensed
        case (_, .knowledgeTest?), (_, .aptitudeTest?): .examPreparation
        case (_, .adaptationCourse?): .qualification
        default: nil
        }
        guard let first, steps.contains(first) else { return steps }
        return [first] + steps.filter { $0 != first }
    }

    /// The step back: where the case came from, when that was a step ahead; else the usual one.
    static func back(_ c: Case) -> [CaseStatus] {
        if let from = cameFrom(c), row(from).forward.contains(c.status) { return [from] }
        return row(c.status).back
    }

    /// What kind of move `to` is for the case (an allowed one).
    public static func move(_ c: Case, to status: CaseStatus) -> Move {
        if c.status.isEnded { return .reopen }
        if c.status == .onHold, !status.isEnded { return .resume }
        return !row(c.status).forward.contains(status) && back(c).contains(status) ? .back : .forward
    }

    /// The steps whose row leads to `status`.
    static func predecessors(of status: CaseStatus) -> [CaseStatus] {
        CaseStatus.allCases.filter { row($0).forward.contains(status) }
    }

    /// The step before the current one, by the latest timeline entry that led to it.
    static func cameFrom(_ c: Case) -> CaseStatus? {
        lastEntry(into: c.status, c.timeline).flatMap { i in
            if case .status(let from, _) = c.timeline[i].kind { return from }
            return nil
        }
    }
}

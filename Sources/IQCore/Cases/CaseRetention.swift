/// How long a case is kept: the configured periods (the configuration's `retention`,
/// `esf-retention` and `dormant`).
public struct RetentionPolicy: Equatable, Hashable, Sendable {
    /// Years after the end of the year counselling ended.
    public var afterEnd: Int
    /// Years after the end of the year counselling ended, for a case in an ESF-co-funded measure;
    /// 0 turns the rule off. The longer of this and `afterEnd` applies.
    public var esf: Int
    /// Years without activity after which a case is due too; 0 turns the rule off.
    public var dormant: Int

    public init(afterEnd: Int = 3, esf: Int = 5, dormant: Int = 3) {
        self.afterEnd = afterEnd
        self.esf = esf
        self.dormant = dormant
    }

    /// The longest period the configuration takes, in years (a guard against typos like 300).
    public static let maximumYears = 30
}

/// When a case is due for deletion and which rule says so.
public struct DeletionDue: Equatable, Sendable {
    public enum Rule: Equatable, Sendable {
        /// The date in the record that no rule gives: one the counsellor set (or an earlier
        /// configuration gave).
        case set
        /// `years` after the end of the year counselling ended.
        case afterEnd(years: Int)
        /// The ESF retention period after the end of the year counselling ended.
        case esf(years: Int)
        /// `years` without activity (derived, never stored).
        case dormant(years: Int)
    }

    public var day: Day
    public var rule: Rule

    public init(day: Day, rule: Rule) {
        self.day = day
        self.rule = rule
    }
}

/// The deletion rules of a case's life (storage limitation, Art. 5(1)(e) DSGVO), in one place:
///
/// - Ending a case (closed, cancelled) stores a deletion date at the end of the `afterEnd`-th
///   year after the year it ended — or of the `esf`-th year for a case in a measure, when that is
///   later. A date already in the case stays. Reopening a case clears the date.
/// - A case without a date that has had no activity for `dormant` years is due at the end of the
///   `dormant`-th year after its last activity. This date is derived, never stored, so new
///   activity moves it on by itself. Activity is the day of the latest timeline entry (status
///   step, appointment, referral), else the day the record was last changed.
///
/// ESF: IQ's qualification measures are co-funded by the European Social Fund (slides: "Gefördert
/// durch das BMAS und den ESF"; the 2014–2020 Förderhandbuch IQ names the "ESF-Qualifizierung im
/// Kontext Anerkennungsgesetz" as the basis of the qualification part). Every measure of the
/// document is such an IQ measure, so a case with a measure counts as ESF-co-funded. The ESF rules
/// keep documents for a period counted from the programme's payments, not from the case: the
/// BMAS side conditions (BNBest-P-ESF-Bund, 2021–2027) say five years from 31 December of the
/// year the grant authority made its payment; for 2014–2020, Art. 140 of Regulation (EU)
/// No 1303/2013 (two years after the accounts that include the operation's last expenditure;
/// the Northern Ireland managing authority fixed 31.12.2030). The program knows neither payment,
/// so it counts from the case's end (a lower bound) with a configurable default of five years;
/// a later date the Träger was given can be set in the case and wins.
/// Sources (checked 2026-12-04): Förderhandbuch IQ, version 2.1 (2019),
/// http://de.readkong.com/page/forderhandbuch-iq-netzwerk-hamburg-5097950 ; BNBest-P-ESF-Bund as
/// quoted in https://www.diegeldfinder.de/blog/post/aufbewahrungspflicht ; Art. 140 CPR in
/// https://www.economy-ni.gov.uk/articles/esf-information-memo-0423-guidance-document-retention
public enum CaseRetention {
    /// The deletion date ending a case stores, when it has none.
    public static func dateOnEnding(_ c: Case, on day: Day, policy: RetentionPolicy) -> DeletionDue {
        let standard = DeletionDue(day: Day.endOfYear(day.year + policy.afterEnd), rule: .afterEnd(years: policy.afterEnd))
        guard isESFFunded(c), policy.esf > 0 else { return standard }
        let esf = Day.endOfYear(day.year + policy.esf)
        return esf > standard.day ? DeletionDue(day: esf, rule: .esf(years: policy.esf)) : standard
    }

    /// The case after a status change from `wasEnded`: a date when it ends (a date in the case
    /// stays), none when it is reopened (closing it again starts the clock anew).
    public static func afterStep(_ c: Case, wasEnded: Bool, on day: Day, policy: RetentionPolicy) -> Case {
        var c = c
        if c.status.isEnded, !wasEnded, c.deletionDate == nil { c.deletionDate = dateOnEnding(c, on: day, policy: policy).day }
        if !c.status.isEnded, wasEnded { c.deletionDate = nil }
        return c
    }

    /// Whether the case is in an ESF-co-funded measure (see above).
    public static func isESFFunded(_ c: Case) -> Bool { c.measureID != nil }

    /// The day of the case's last activity: its latest timeline entry or recorded step date (an
    /// imported case has dates but no timeline), else its last change.
    public static func lastActivity(_ c: Case) -> Day {
        let r = c.recognition
        let dates = c.timeline.map(\.day) + [c.firstCounsellingDate, c.applicationDate, c.decisionDate, r.fileCompleteDate,
                                              r.skillsAnalysisDate, r.qualificationStart, r.licenceDate, r.onHoldSince, r.endDate].compactMap { $0 }
        return dates.max() ?? Day(c.meta.modifiedAt)
    }

    /// When the case is due and why: the date in the case (named by the rule that gives it, if
    /// one does); for an ended case without one (imported, or from an older file) the date its
    /// ending gives; else the dormant rule's date; nil when none applies.
    public static func due(_ c: Case, policy: RetentionPolicy) -> DeletionDue? {
        if let stored = c.deletionDate { return DeletionDue(day: stored, rule: rule(of: stored, c, policy: policy)) }
        if c.status.isEnded, let ended = endDay(c) { return dateOnEnding(c, on: ended, policy: policy) }
        guard policy.dormant > 0 else { return nil }
        return DeletionDue(day: Day.endOfYear(lastActivity(c).year + policy.dormant), rule: .dormant(years: policy.dormant))
    }

    /// Whether the case belongs in the `D` list on `today`.
    public static func isDue(_ c: Case, on today: Day, policy: RetentionPolicy) -> Bool {
        due(c, policy: policy).map { $0.day <= today } ?? false
    }

    /// The rule that gives a stored date: the ending rule when the case ended and the date is the
    /// one it gives for the day it ended, else `.set`.
    static func rule(of stored: Day, _ c: Case, policy: RetentionPolicy) -> DeletionDue.Rule {
        guard c.status.isEnded, let ended = endDay(c) else { return .set }
        let expected = dateOnEnding(c, on: ended, policy: policy)
        if expected.day == stored { return expected.rule }
        if stored == Day.endOfYear(ended.year + policy.afterEnd) { return .afterEnd(years: policy.afterEnd) }
        return .set
    }

    /// The day the case ended: its "Beendet am", else the latest step into an ended status from
    /// an open one.
    static func endDay(_ c: Case) -> Day? {
        if let recorded = c.recognition.endDate { return recorded }
        return c.timeline.last { entry in
            if case .status(let from, let to) = entry.kind { return to.isEnded && !from.isEnded }
            return false
        }?.day
    }
}

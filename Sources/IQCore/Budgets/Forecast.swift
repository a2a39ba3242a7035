/// When a measure runs out of money or places if enrolment goes on as it has so far this year.
///
/// The rate is the measure's enrolled cases spread evenly over the part of its year gone by
/// (from 1 January to today): the program records no enrolment dates apart from the cases'
/// timelines, which imported cases may lack, so the forecast uses the count it is sure of.
public struct Forecast: Equatable, Sendable {
    public enum Outcome: Equatable, Sendable {
        /// The allocation or the planned places are unknown.
        case unknown
        /// The measure's year has not begun.
        case notStarted
        /// Nobody is enrolled yet, so there is no rate.
        case noEnrolments
        /// Already used up (or over).
        case exhausted
        /// Runs out in this month of the measure's year.
        case runsOut(year: Int, month: Int)
        /// Lasts to the end of the measure's year at this rate.
        case lastsTheYear
        /// The year is over and it did not run out.
        case yearEnded
    }

    /// Enrolments per month so far; nil before the year begins.
    public var ratePerMonth: Double?
    public var money: Outcome
    public var places: Outcome

    public static func of(_ f: MeasureFigures, today: Day) -> Forecast {
        let year = f.measure.year
        let elapsed: Double? = today.year < year ? nil
            : today.year > year ? 12
            : Double(today.month - 1) + Double(today.day) / Double(Day.daysIn(today.month, today.year))
        let rate = elapsed.map { Double(f.enrolled) / $0 }
        let cost = f.measure.costPerParticipant.map { Double($0.cents) }
        let money = outcome(used: f.committed.map { Double($0.cents) }, limit: f.measure.allocation.map { Double($0.cents) },
                            perEnrolment: cost, rate: rate, elapsed: elapsed, year: year, today: today)
        let places = outcome(used: Double(f.enrolled), limit: f.measure.plannedParticipants.map(Double.init),
                             perEnrolment: 1, rate: rate, elapsed: elapsed, year: year, today: today)
        return Forecast(ratePerMonth: rate, money: money, places: places)
    }

    private static func outcome(used: Double?, limit: Double?, perEnrolment: Double?, rate: Double?, elapsed: Double?,
                                year: Int, today: Day) -> Outcome {
        guard let used, let limit, let perEnrolment else { return .unknown }
        if used >= limit { return .exhausted }
        guard let elapsed, let rate else { return .notStarted }
        if today.year > year { return .yearEnded }
        guard rate > 0, perEnrolment > 0 else { return .noEnrolments }
        let monthsLeft = (limit - used) / (rate * perEnrolment)
        let at = elapsed + monthsLeft
        if at > 12 { return .lastsTheYear }
        // Month n (1-based) covers the elapsed span (n - 1, n].
        return .runsOut(year: year, month: max(1, min(12, Int(at.rounded(.up)))))
    }
}

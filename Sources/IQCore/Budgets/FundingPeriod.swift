/// A funding period (Förderrunde) of the IQ programme and how far it had got when the source
/// was written: the 2018 slides call 2015–2018 "aktuell" and 2019–2022 "beantragt".
public struct FundingPeriod: Equatable, Sendable {
    public enum Status: String, Equatable, Sendable {
        /// "aktuell": the period running when the source was written.
        case current
        /// "beantragt": applied for, not yet granted.
        case appliedFor
    }

    public let years: ClosedRange<Int>
    public let status: Status

    public init(_ years: ClosedRange<Int>, _ status: Status) {
        self.years = years
        self.status = status
    }

    /// "2019–2022".
    public var yearsText: String { "\(years.lowerBound)–\(years.upperBound)" }
}

/// The funding periods a source states, with the day it stated them (the statuses are as of
/// then, not today).
public struct FundingPeriods: Equatable, Sendable {
    public let periods: [FundingPeriod]
    /// nil when the source gives no date.
    public let asOf: Day?

    public init(_ periods: [FundingPeriod], asOf: Day?) {
        self.periods = periods
        self.asOf = asOf
    }

    /// The period a budget year falls in; nil for a year outside every period.
    public func period(containing year: Int) -> FundingPeriod? {
        periods.first { $0.years.contains(year) }
    }
}

// Seed funding periods of the IQ programme.
//
// Source: iq-nrw-2018-slides.txt, "Eckpunkte des Förderprogramms IQ": "Start: 2005, aktuell:
// 2015 – 2018, beantragt: 2019 – 2022"; the presentation is dated Düsseldorf, 20.09.2018.

extension Seed {
    public static let fundingPeriods = FundingPeriods(
        [FundingPeriod(2015...2018, .current), FundingPeriod(2019...2022, .appliedFor)],
        asOf: Day(year: 2018, month: 9, day: 20))
}

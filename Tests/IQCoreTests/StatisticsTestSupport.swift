import Foundation
import XCTest
import IQTestSupport
@testable import IQCore

/// Shared fixture of the statistics tests: hand-built cases (with personal data that must never
/// show) and the document holding them.
protocol StatisticsTesting {}

extension StatisticsTesting {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day {
        Day(year: y, month: m, day: d) ?? .endOfYear(y)
    }

    static func makeCase(_ n: Int, year: Int = 2025, status: CaseStatus = .firstCounselling, country: String = "",
                         occupation: String = "", site: RecordID? = nil, first: Day? = nil, measure: RecordID? = nil) -> Case {
        let number = "NRW-\(year)-" + String(repeating: "0", count: 6 - String(n).count) + String(n)
        var c = Case(id: RecordID("c.\(year).\(n)"), meta: RecordMeta(modifiedAt: fixedDate, modifiedBy: "berater.koeln"),
                     number: number, status: status)
        c.person.firstName = n % 2 == 0 ? "Oluwaseun" : "Zofia"
        c.person.lastName = n % 2 == 0 ? "Quartermain" : "Wiśniewska"
        c.counsellor = "berater.koeln"
        c.countryOfTraining = country
        c.referenzberuf = occupation
        c.siteID = site
        c.measureID = measure
        if let first {
            // Entries out of order: the earliest counts, not the first in the array.
            c.timeline = [TimelineEntry(day: day(first.year, first.month, 28), kind: .appointment(channel: .phone)),
                          TimelineEntry(day: first, kind: .status(from: .firstCounselling, to: status))]
        }
        return c
    }

    /// 2025: seven cases from Syria (three spellings) in Köln, March, six of them in the Pflege
    /// measure; two from Poland with a free-text Referenzberuf in two spellings, in Münster;
    /// one cancelled case without country, occupation, timeline, in Münster. 2024: one closed case.
    static func cases() -> [Case] {
        let march = day(2025, 3, 4)
        var all: [Case] = []
        for n in 1...7 {
            all.append(makeCase(n, country: ["SY", "Syrien", "syrien"][n % 3], occupation: "Pflegefachfrau", site: "s.koeln",
                                first: march, measure: n <= 6 ? "m.pflege" : nil))
        }
        all.append(makeCase(8, status: .applied, country: "PL", occupation: "Kältetechnikerin", site: "s.muenster", first: march))
        all.append(makeCase(9, status: .applied, country: "Polen", occupation: "KALTETECHNIKERIN", site: "s.muenster", first: march))
        all.append(makeCase(10, status: .cancelled, site: "s.muenster"))
        all.append(makeCase(1, year: 2024, status: .closed, country: "TR", occupation: "Pflegefachfrau", site: "s.koeln",
                            first: day(2024, 11, 2)))
        return all
    }

    static func document(cases: [Case] = cases(), payments: [Payment] = []) -> Document {
        var d = Fixture.document()
        for c in cases { d.cases.put(c) }
        for p in payments { d.payments.put(p) }
        return d
    }
}

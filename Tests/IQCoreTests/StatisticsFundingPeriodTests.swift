import Foundation
import XCTest
import IQTestSupport
@testable import IQCore

/// The slides' funding periods in every format of `iq-tui stats`.
final class StatisticsFundingPeriodTests: XCTestCase, StatisticsTesting {
    func testTextNamesThePeriodsUnderTheMeasures() {
        let doc = Self.document()
        let all = StatsReport.text(doc, year: nil, language: .de).components(separatedBy: "\n")
        guard let heading = all.firstIndex(of: "Maßnahmen") else { return XCTFail("no measures heading") }
        XCTAssertEqual(all[heading + 2], "Förderperioden: 2015–2018 aktuell · 2019–2022 beantragt (Stand 20.09.2018)")
        let year = StatsReport.text(doc, year: 2016, language: .en)
        XCTAssertTrue(year.contains("\nFunding period 2015–2018 current (as of 2018-09-20)\n"), year)
        XCTAssertFalse(StatsReport.text(doc, year: 2031, language: .de).contains("Förderperiode"), "a year outside the periods")
    }

    func testCSVEndsWithThePeriodTable() throws {
        let csv = StatsReport.csv(Self.document(), year: nil, language: .de)
        let rows = try CSV.read(csv).rows.map(\.fields)
        XCTAssertEqual(Array(rows.suffix(3)), [
            ["Förderperiode", "von", "bis", "Status", "Stand der Quelle"],
            ["2015–2018", "2015", "2018", "aktuell", "20.09.2018"],
            ["2019–2022", "2019", "2022", "beantragt", "20.09.2018"],
        ])
        let en = try CSV.read(StatsReport.csv(Self.document(), year: 2019, language: .en)).rows.map(\.fields)
        XCTAssertEqual(en.last, ["2019–2022", "2019", "2022", "applied for", "2018-09-20"])
    }

    func testJSONCarriesThePeriods() throws {
        let json = StatsReport.json(Self.document(), year: nil, language: .de)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let periods = object?["fundingPeriods"] as? [String: Any]
        XCTAssertEqual(periods?["asOf"] as? String, "2018-09-20")
        let list = periods?["periods"] as? [[String: Any]] ?? []
        XCTAssertEqual(list.map { $0["from"] as? Int }, [2015, 2019])
        XCTAssertEqual(list.map { $0["to"] as? Int }, [2018, 2022])
        XCTAssertEqual(list.map { $0["status"] as? String }, ["current", "appliedFor"])
        XCTAssertEqual(list.map { $0["label"] as? String }, ["aktuell", "beantragt"])
    }
}

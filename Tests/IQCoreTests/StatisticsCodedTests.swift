import Foundation
import XCTest
@testable import IQCore

/// The breakdowns by the coded documentation fields, each with the small-count suppression.
final class StatisticsCodedTests: XCTestCase, StatisticsTesting {
    /// Twelve cases of 2025: seven with the same values (a count shown), three with others
    /// (counts below five), two without any (not recorded).
    static func codedCases() -> [Case] {
        (1...12).map { n in
            var c = makeCase(n, first: day(2025, 2, 1))
            guard n <= 10 else { return c }
            let common = n <= 7
            c.nationality = common ? "SY" : (n == 8 ? "Syrisch frei" : "TR")
            c.residenceStatus = common ? .humanitarian25 : .toleration
            c.germanLevel = common ? .b1 : .c1
            c.benefits = common ? Benefits.sgbII : Benefits.none
            c.person.sex = common ? .female : .male
            c.cameVia = common ? .jobcenter : .other
            c.counsellingChannel = common ? .inPerson : .video
            c.counsellingResult = common ? .applicationRecommended : .referredElsewhere
            return c
        }
    }

    private func categories(_ dimension: CaseBreakdown.Dimension, _ language: Language = .de) throws -> [CaseBreakdown.Category] {
        let stats = CaseStatistics.calculate(Self.document(cases: Self.codedCases()), year: 2025, language: language)
        return try XCTUnwrap(stats.breakdown(dimension)).categories
    }

    func testEveryCodedFieldIsABreakdownWithEveryValueListed() throws {
        let expected: [(CaseBreakdown.Dimension, String, String, Int)] = [
            (.residenceStatus, "humanitarian25", "§ 25 AufenthG (humanitäre Gründe)", ResidenceStatus.allCases.count),
            (.germanLevel, "b1", "B1", GermanLevel.allCases.count),
            (.benefits, "sgbII", Benefits.sgbII.label.text(.de), Benefits.allCases.count),
            (.sex, "female", Sex.female.label.text(.de), Sex.allCases.count),
            (.cameVia, "jobcenter", ReferralSource.jobcenter.label.text(.de), ReferralSource.allCases.count),
            (.counsellingChannel, "inPerson", "persönlich", Channel.allCases.count),
            (.counsellingResult, "applicationRecommended", "Antragstellung empfohlen", CounsellingResult.allCases.count),
        ]
        for (dimension, key, label, values) in expected {
            let all = try categories(dimension)
            XCTAssertEqual(all.count, values + 1, "every value plus „not recorded“: \(dimension)")
            let common = try XCTUnwrap(all.first { $0.key == key }, "\(dimension)")
            XCTAssertEqual(common.label, label)
            XCTAssertEqual(common.shown, .count(7), "\(dimension)")
            XCTAssertEqual(all.last?.key, CaseStatistics.unknownKey, "not recorded last: \(dimension)")
            XCTAssertEqual(all.last?.shown, .belowThreshold, "two cases without a value: \(dimension)")
            // Three others ("<5") and two not recorded ("<5") beside a 7 of 12: the 7 would give
            // them away together (5 = 3 + 2 could be 4 + 1), so no cell is left computable.
            let hidden = all.filter { $0.shown.isSuppressed }
            XCTAssertGreaterThanOrEqual(hidden.count, 2, "\(dimension)")
            XCTAssertFalse(all.contains { $0.shown.value.map { (1...4).contains($0) } ?? false }, "no small count shown: \(dimension)")
            XCTAssertEqual(all.filter { $0.shown == .count(0) }.count, values - 2, "zeros are shown: \(dimension)")
        }
        XCTAssertEqual(try categories(.counsellingChannel, .en).first { $0.key == "video" }?.label, "video")
    }

    func testNationalityCountsCodesAndNeverTheFreeText() throws {
        let all = try categories(.nationality)
        XCTAssertEqual(all.first { $0.key == "SY" }?.label, "Syrien")
        XCTAssertEqual(all.first { $0.key == "SY" }?.shown, .count(7))
        XCTAssertEqual(all.first { $0.key == "TR" }?.shown, .belowThreshold)
        XCTAssertEqual(all.first { $0.key == CaseStatistics.otherKey }?.shown, .belowThreshold)
        XCTAssertFalse(all.contains { $0.label.contains("frei") }, "typed text is never a label")
        XCTAssertEqual(Set(all.map(\.key)), ["SY", "TR", CaseStatistics.otherKey, CaseStatistics.unknownKey], "only what occurs")
    }

    func testSmallCountsAreSuppressedInEveryOutput() throws {
        var few = Self.codedCases().prefix(3).map { $0 }
        few[0].person.sex = .diverse
        let document = Self.document(cases: few)
        let stats = CaseStatistics.calculate(document, year: 2025, language: .de)
        let sex = try XCTUnwrap(stats.breakdown(.sex))
        XCTAssertEqual(sex.total, .belowThreshold)
        XCTAssertEqual(sex.categories.first { $0.key == "diverse" }?.shown, .belowThreshold)
        XCTAssertEqual(sex.categories.first { $0.key == "female" }?.shown, .belowThreshold)
        for text in [StatsReport.text(document, year: 2025, language: .de), StatsReport.csv(document, year: 2025, language: .de),
                     StatsReport.json(document, year: 2025, language: .de)] {
            XCTAssertTrue(text.contains("Nach Geschlecht") && text.contains("Nach Staatsangehörigkeit") && text.contains("Nach Aufenthaltsstatus"))
            XCTAssertFalse(text.contains("Zofia") || text.contains("Quartermain"))
        }
    }
}

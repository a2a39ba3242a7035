import Foundation
import XCTest
import IQTestSupport
@testable import IQCore

/// Case statistics: suppression of small counts, the case figures and the reference figures.
final class StatisticsFigureTests: XCTestCase, StatisticsTesting {
    private func category(_ b: CaseBreakdown?, _ key: String) -> CaseBreakdown.Category? {
        b?.categories.first { $0.key == key }
    }

    // MARK: Suppression

    func testSingleCountsBelowFiveAreSuppressed() {
        XCTAssertEqual(Suppression.shown(0), .count(0))
        for n in 1...4 {
            XCTAssertEqual(Suppression.shown(n), .belowThreshold)
            XCTAssertEqual(Suppression.shown(n).text(.de), "<5")
            XCTAssertEqual(Suppression.shown(n).plain, "<5")
        }
        XCTAssertEqual(Suppression.shown(5), .count(5))
        XCTAssertEqual(Suppression.shown(12_345).text(.de), "12.345")
        XCTAssertEqual(Suppression.shown(12_345).text(.en), "12,345")
        XCTAssertEqual(Suppression.shown(12_345).plain, "12345")
    }

    func testOneSuppressedCategoryWithholdsTheNextSmallest() {
        let (two, total) = Suppression.breakdown([7, 3])
        XCTAssertEqual(two, [.withheld, .belowThreshold], "7 would give 10 - 7 = 3 back")
        XCTAssertEqual(total, .count(10))
        XCTAssertEqual(Suppression.breakdown([8, 3, 6, 0]).categories, [.count(8), .belowThreshold, .withheld, .count(0)])
        XCTAssertEqual(Suppression.breakdown([6, 3, 6]).categories, [.withheld, .belowThreshold, .count(6)], "ties: the first")
        XCTAssertEqual(ShownCount.withheld.text(.de), "x")
    }

    func testTwoSuppressedCategoriesNeedNoMore() {
        let (shown, total) = Suppression.breakdown([7, 3, 2])
        XCTAssertEqual(shown, [.count(7), .belowThreshold, .belowThreshold])
        XCTAssertEqual(total, .count(12))
    }

    func testSmallTotalsAreSuppressed() {
        XCTAssertEqual(Suppression.breakdown([3]).categories, [.belowThreshold])
        XCTAssertEqual(Suppression.breakdown([3]).total, .belowThreshold)
        XCTAssertEqual(Suppression.breakdown([2, 1, 0]).categories, [.belowThreshold, .belowThreshold, .count(0)])
        XCTAssertEqual(Suppression.breakdown([2, 1]).total, .belowThreshold)
        XCTAssertEqual(Suppression.breakdown([]).total, .count(0))
        XCTAssertEqual(Suppression.breakdown([0, 0]).categories, [.count(0), .count(0)])
    }

    /// Whatever the counts, no single suppressed category can be computed from a shown total.
    func testNoSuppressedCountCanBeComputedBack() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let counts = (0..<Int.random(in: 1...6, using: &generator)).map { _ in Int.random(in: 0...12, using: &generator) }
            let (shown, total) = Suppression.breakdown(counts)
            for (count, s) in zip(counts, shown) {
                if let v = s.value { XCTAssertEqual(v, count) }
                if count > 0 && count < 5 { XCTAssertEqual(s, .belowThreshold, "\(counts)") }
            }
            if total.value != nil {
                XCTAssertNotEqual(shown.filter(\.isSuppressed).count, 1, "\(counts) → \(shown)")
            }
        }
    }

    // MARK: Case figures

    func testCountsPerBreakdown() throws {
        let stats = CaseStatistics.compute(Self.document(), year: 2025, language: .de)
        XCTAssertEqual(stats.total, .count(10))
        XCTAssertEqual(stats.breakdowns.map(\.dimension), CaseBreakdown.Dimension.allCases)

        let status = stats.breakdown(.status)
        XCTAssertEqual(status?.categories.map(\.key), CaseStatus.allCases.map(\.rawValue), "every status, in workflow order")
        XCTAssertEqual(status?.categories.map(\.count), [7, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])
        XCTAssertEqual(status?.categories.map(\.shown), [.count(7), .count(0), .belowThreshold] + Array(repeating: .count(0), count: 11) + [.belowThreshold])
        XCTAssertEqual(status?.categories.first?.label, "Erstberatung")
        XCTAssertEqual(status?.total, .count(10))

        let country = stats.breakdown(.countryOfTraining)
        XCTAssertEqual(category(country, "SY")?.count, 7, "code and both spellings are one country")
        XCTAssertEqual(category(country, "SY")?.label, "Syrien")
        XCTAssertEqual(category(country, "PL")?.count, 2)
        XCTAssertEqual(category(country, CaseStatistics.unknownKey)?.label, "nicht erfasst")
        XCTAssertEqual(country?.categories.map(\.key), ["SY", "PL", CaseStatistics.unknownKey], "shown first, suppressed by label, unknown last")

        let occupation = stats.breakdown(.referenzberuf)
        let pflege = try XCTUnwrap(ReferenceOccupations.find("Pflegefachfrau"))
        XCTAssertEqual(category(occupation, pflege.id)?.label, pflege.name)
        XCTAssertEqual(category(occupation, pflege.id)?.count, 7)
        // Typed text that matches no code list may name someone: it is one category, never a label.
        XCTAssertEqual(category(occupation, CaseStatistics.otherKey)?.count, 2)
        XCTAssertEqual(category(occupation, CaseStatistics.otherKey)?.label, "andere (Freitext, nicht zugeordnet)")
        XCTAssertFalse(occupation?.categories.contains { $0.key.hasPrefix("text:") } ?? true)
        XCTAssertEqual(category(occupation, CaseStatistics.unknownKey)?.count, 1)

        // Site: exactly one category below five beside the total → the next-smallest is withheld.
        let site = stats.breakdown(.site)
        XCTAssertEqual(category(site, "s.koeln")?.label, "Beratungsstelle Köln")
        XCTAssertEqual(category(site, "s.koeln")?.shown, .withheld)
        XCTAssertEqual(category(site, "s.muenster")?.shown, .belowThreshold)
        XCTAssertEqual(site?.total, .count(10))

        let month = stats.breakdown(.month)
        XCTAssertEqual(month?.categories.map(\.key), ["2025-03", CaseStatistics.unknownKey], "the earliest entry's month; none: unknown")
        XCTAssertEqual(month?.categories.map(\.count), [9, 1])
        XCTAssertEqual(month?.categories.first?.label, "03.2025")
        XCTAssertEqual(CaseStatistics.compute(Self.document(), year: 2025, language: .en).breakdown(.month)?.categories.first?.label, "2025-03")
    }

    func testYearFilterUsesTheFirstEntryElseTheCaseNumber() {
        let doc = Self.document()
        XCTAssertEqual(CaseStatistics.compute(doc, year: nil, language: .de).total, .count(11))
        XCTAssertEqual(CaseStatistics.compute(doc, year: 2024, language: .de).total, .belowThreshold)
        XCTAssertEqual(CaseStatistics.compute(doc, year: 2023, language: .de).total, .count(0))
        // The cancelled case has no timeline: its number puts it in 2025.
        XCTAssertEqual(CaseStatistics.year(of: Self.makeCase(10)), 2025)
        var moved = Self.makeCase(3, year: 2024, first: Self.day(2025, 1, 9))
        XCTAssertEqual(CaseStatistics.year(of: moved), 2025, "the dated entry wins over the number")
        moved.number = "ALT-17"
        moved.timeline = []
        XCTAssertNil(CaseStatistics.year(of: moved))
    }

    func testDeletedSiteAndEmptyDocument() {
        let doc = Self.document(cases: (1...6).map { Self.makeCase($0, site: "s.gone") })
        XCTAssertEqual(CaseStatistics.compute(doc, year: nil, language: .de).breakdown(.site)?.categories.map(\.label), ["Standort gelöscht"])
        let empty = CaseStatistics.compute(Document(), year: nil, language: .de)
        XCTAssertEqual(empty.total, .count(0))
        XCTAssertEqual(empty.breakdown(.status)?.categories.count, CaseStatus.allCases.count)
        XCTAssertEqual(empty.breakdown(.month)?.categories, [])
    }

    // MARK: Reference figures

    func testReferenceFiguresAsText() {
        let all = ReferenceFigures.sections.flatMap(\.figures)
        func figure(_ key: Message) -> ReferenceFigure? { all.first { $0.label == key } }
        XCTAssertEqual(figure(ReferenceText.refApplicationsSince2012)?.text(.de), "111.501")
        XCTAssertEqual(figure(ReferenceText.refNoEquivalence2017)?.text(.de), "2,1 %")
        XCTAssertEqual(figure(ReferenceText.refNoEquivalence2017)?.text(.en), "2.1%")
        XCTAssertEqual(figure(ReferenceText.refNewFromSyria)?.text(.de), "ca. 3.600")
        XCTAssertEqual(figure(ReferenceText.refNursingGap2030)?.text(.de), "fast 500.000")
        XCTAssertEqual(figure(ReferenceText.refCareRecipients)?.text(.de), "3,9 Mio.")
        XCTAssertEqual(figure(ReferenceText.refCareWorkers)?.text(.en), "approx. 1 million")
        XCTAssertEqual(figure(ReferenceText.refHealthDoctors)?.text(.de), "in der Quelle nicht angegeben", "the slide's \"...\" is not a zero")
        XCTAssertNil(figure(ReferenceText.refHealthDoctors)?.countValue)
        XCTAssertEqual(figure(ReferenceText.refHealthNursing)?.countValue, 1_432)
        XCTAssertEqual(Set(all.map(\.label)).count, all.count, "each figure once")
        // The recognition statistics are federal (BIBB, Statistisches Bundesamt): said in their title.
        let recognition = ReferenceFigures.sections.first { $0.figures.contains { $0.label == ReferenceText.refApplicationsSince2012 } }
        XCTAssertEqual(recognition?.title.text(.de), "Statistik der beruflichen Anerkennung (bundesweit)")
        XCTAssertEqual(recognition?.title.text(.en), "Statistics of professional recognition (Germany-wide)")
    }

    /// Every figure is on the line of the slides it names (when the slides are beside the repository).
    func testReferenceFiguresMatchTheirSlideLines() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/domain/iq-nrw-2018-slides.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw XCTSkip("the slides text is not here") }
        let lines = text.components(separatedBy: "\n")
        for f in ReferenceFigures.sections.flatMap(\.figures) {
            guard lines.indices.contains(f.slideLine - 1) else { return XCTFail("\(f.label): no line \(f.slideLine)") }
            // The slides' text separates words by tabs.
            let line = lines[f.slideLine - 1].replacingOccurrences(of: "\t", with: " ")
            let before = f.slideLine >= 2 ? lines[f.slideLine - 2].replacingOccurrences(of: "\t", with: " ") : ""
            let expected: String
            switch f.value {
            case .count(let n): expected = NumberFormat.integer(n, .de)
            case .percent(let tenths): expected = tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10),\(tenths % 10) %"
            case .millions(let tenths): expected = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10),\(tenths % 10) Mio."
            case .doubling: expected = "2050"
            case .words: expected = "Referenzberufen"
            case .notGiven: expected = f.label == ReferenceText.refHealthDoctors ? "..." : "Serbien"
            }
            XCTAssertTrue(line.contains(expected), "\(f.label): line \(f.slideLine) \"\(line)\" lacks \(expected)")
            switch f.qualifier {
            case .exact: break
            case .about: XCTAssertTrue(line.contains("ca.") || line.contains("etwa"), "\(f.label): \(line)")
            case .almost: XCTAssertTrue((before + line).contains("fast"), "\(f.label): \(line)")
            }
        }
    }
}

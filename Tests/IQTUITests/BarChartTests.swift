import XCTest
@testable import IQCore
@testable import IQTUI

/// The horizontal bar chart and the statistics view built from it.
final class BarChartTests: XCTestCase {
    private func drawn(_ chart: BarChart, width: Int, ascii: Bool = false) -> Canvas {
        var c = Canvas(width: width, height: chart.bars.count, ascii: ascii)
        chart.draw(in: Rect(x: 0, y: 0, width: width, height: chart.bars.count), on: &c)
        return c
    }

    private let zeroHalfFull = BarChart(bars: [
        BarChart.Bar(label: "A", value: 0, text: "0"),
        BarChart.Bar(label: "B", value: 50, text: "50"),
        BarChart.Bar(label: "C", value: 100, text: "100"),
    ])

    // MARK: Bars

    func testZeroHalfAndFullBars() {
        // Width 30: label 1 + space, 24 cells, space, text 3.
        XCTAssertEqual(zeroHalfFull.layout(width: 30), BarChart.Layout(labelWidth: 1, barCells: 24, textWidth: 3))
        let c = drawn(zeroHalfFull, width: 30)
        XCTAssertEqual(c.row(0), "A" + String(repeating: " ", count: 26) + "  0")
        XCTAssertEqual(c.row(1), "B " + String(repeating: "█", count: 12) + String(repeating: " ", count: 12) + "  50")
        XCTAssertEqual(c.row(2), "C " + String(repeating: "█", count: 24) + " 100")
        XCTAssertEqual(c[2, 1].role, .chartBar)
        XCTAssertEqual(c[25, 2].role, .chartBar)
        XCTAssertEqual(c[0, 0].role, .label)
        XCTAssertEqual(c[29, 2].role, .normal)
    }

    func testEighthBlocks() {
        let chart = BarChart(bars: [BarChart.Bar(label: "x", value: 3, text: "3"), BarChart.Bar(label: "y", value: 16, text: "16")])
        // 20 columns: label 1, 1 space, 15 cells, 1 space, text 2. 3/16 of 15 cells = 2.8 cells = 22.5 eighths → 23 (rounded).
        let c = drawn(chart, width: 20)
        XCTAssertEqual(chart.layout(width: 20).barCells, 15)
        XCTAssertEqual(c.row(0), "x ██▉" + String(repeating: " ", count: 12) + "  3")
    }

    func testASCII() {
        let c = drawn(zeroHalfFull, width: 30, ascii: true)
        XCTAssertEqual(c.row(1), "B " + String(repeating: "#", count: 12) + String(repeating: " ", count: 12) + "  50")
        XCTAssertEqual(c.row(2), "C " + String(repeating: "#", count: 24) + " 100")
        XCTAssertTrue(c.text().unicodeScalars.allSatisfy(\.isASCII))
    }

    func testSuppressedAndUnknownBarsAreNotToScale() {
        let chart = BarChart(bars: [
            BarChart.Bar(label: "Köln", value: 40, text: "40"),
            BarChart.Bar(label: "Bonn", value: nil, text: "<5"),
            BarChart.Bar(label: "Ärzte", value: nil, text: "unbekannt"),
        ])
        let c = drawn(chart, width: 40)
        let layout = chart.layout(width: 40)
        let barStart = layout.labelWidth + 1
        XCTAssertEqual(c[barStart, 1].glyph, "░")
        XCTAssertEqual(c[barStart, 1].role, .dim)
        XCTAssertEqual((barStart + 1..<barStart + layout.barCells).filter { c[$0, 1].glyph != " " }, [], "only the mark")
        XCTAssertTrue(c.row(1).hasSuffix("<5"))
        XCTAssertTrue(c.row(2).hasSuffix("unbekannt"))
        XCTAssertEqual(c[barStart + layout.barCells - 1, 0].glyph, "█", "the largest shown value is the full bar")
        XCTAssertEqual(drawn(chart, width: 40, ascii: true)[barStart, 1].glyph, ".")
        // Nothing to scale by: every bar without a value, none drawn.
        let none = drawn(BarChart(bars: [BarChart.Bar(label: "a", value: nil, text: "<5")]), width: 20)
        XCTAssertFalse(none.row(0).contains("█"))
    }

    func testGivenMaximum() {
        let chart = BarChart(bars: [BarChart.Bar(label: "a", value: 5, text: "5")], maximum: 10)
        let c = drawn(chart, width: 14) // 1 + 1 + 10 cells + 1 + 1
        XCTAssertEqual(c.row(0), "a █████      5")
    }

    func testTinyWidths() {
        let chart = BarChart(bars: [BarChart.Bar(label: "Pflege", value: 1_432, text: "1.432")])
        // The text stays; the bar goes first, then the label is cut.
        XCTAssertEqual(drawn(chart, width: 5).row(0), "1.432")
        XCTAssertEqual(drawn(chart, width: 8).row(0), "P… 1.432")
        XCTAssertEqual(chart.layout(width: 8).barCells, 0)
        XCTAssertEqual(drawn(chart, width: 3).row(0), "1.…")
        XCTAssertEqual(chart.layout(width: 0), BarChart.Layout(labelWidth: 0, barCells: 0, textWidth: 0))
        // Never outside the rectangle.
        var c = Canvas(width: 20, height: 2)
        c.fill(c.bounds, glyph: "·")
        chart.draw(in: Rect(x: 4, y: 0, width: 6, height: 1), on: &c)
        XCTAssertEqual(c.row(0), "···· 1.432··········")
        XCTAssertEqual(c.row(1), String(repeating: "·", count: 20))
        chart.draw(in: Rect(x: 18, y: 1, width: 0, height: 1), on: &c)
        chart.draw(in: Rect(x: -3, y: 5, width: 10, height: 1), on: &c)
        XCTAssertEqual(c.row(1), String(repeating: "·", count: 20))
    }

    // MARK: Statistics view

    private static func state(cases: Int, language: Language = .de) -> AppState {
        var document = Fixture.document
        for n in 0..<cases {
            var c = Case(id: RecordID("c\(n)"), meta: .seed, number: "NRW-2025-00010\(n)", status: n < 6 ? .firstCounselling : .applied)
            c.person.firstName = "Zofia"
            c.person.lastName = "Quartermain"
            c.countryOfTraining = "SY"
            c.referenzberuf = "Pflegefachfrau"
            c.siteID = n < 6 ? "s.bi" : "s.k"
            c.timeline = [TimelineEntry(day: Day(year: 2025, month: 3, day: 4) ?? .endOfYear(2025), kind: .appointment(channel: .phone))]
            document.cases.put(c)
        }
        return AppState(document: document, language: language, options: AppState.Options(ascii: false, mouse: true))
    }

    func testLinesHaveChartsAndNoNames() {
        let lines = StatisticsView.lines(Self.state(cases: 8), year: 2025)
        XCTAssertEqual(lines.first, StatisticsLine(.title("IQ Netzwerk NRW – Statistik (2025)")))
        let bars = lines.compactMap { line -> BarChart.Bar? in
            if case .bar(let chart, let row) = line.kind { return chart.bars[row] }
            return nil
        }
        let applied = bars.first { $0.label == "Antrag gestellt" }
        XCTAssertEqual(applied?.text, "<5")
        XCTAssertNil(applied?.value, "a suppressed count is not drawn to scale")
        XCTAssertEqual(bars.first { $0.label == "Erstberatung" }?.value, nil, "6 beside a total of 8 would give the <5 back")
        XCTAssertEqual(bars.first { $0.label == "Erstberatung" }?.text, "x")
        XCTAssertEqual(bars.first { $0.label == "Syrien" }?.value, 8)
        XCTAssertEqual(bars.first { $0.label == "Pflege" }?.text, "1.432")
        XCTAssertEqual(bars.first { $0.label == "Ärztinnen und Ärzte" }?.value, nil)
        XCTAssertTrue(lines.contains(StatisticsLine(.note("Monat der Erstberatung, sonst des ersten Eintrags im Verlauf; ohne beides: „nicht erfasst“"))))
        XCTAssertTrue(lines.contains(StatisticsLine(.note("Quelle: BiBB und Statistisches Bundesamt"))))
        XCTAssertTrue(lines.contains(StatisticsLine(.field(label: "Summe", value: "8"))))
    }

    func testDrawnViewScrollsAndNamesNoOne() {
        let state = Self.state(cases: 8)
        var all = Canvas(width: 70, height: 200)
        StatisticsView.draw(state, year: nil, scroll: 0, in: all.bounds, on: &all)
        let text = all.text()
        for secret in ["Zofia", "Quartermain", "NRW-2025"] { XCTAssertFalse(text.contains(secret), secret) }
        XCTAssertTrue(text.hasPrefix("IQ Netzwerk NRW – Statistik (alle Jahre)"))
        XCTAssertTrue(text.contains("<5"))
        XCTAssertTrue(text.contains("░"), "the suppressed bar's mark")
        XCTAssertTrue(text.contains("Quelle: Arbeitgeberverband Pflege"))
        let rows = StatisticsView.rowCount(state, year: nil, width: 70)
        XCTAssertLessThan(rows, 200)
        XCTAssertGreaterThan(rows, 40)

        var scrolled = Canvas(width: 70, height: 10)
        StatisticsView.draw(state, year: nil, scroll: 3, in: scrolled.bounds, on: &scrolled)
        XCTAssertEqual(scrolled.row(0), all.row(3))
        // Past the end: the last page, not an empty pane.
        var end = Canvas(width: 70, height: 10)
        StatisticsView.draw(state, year: nil, scroll: 10_000, in: end.bounds, on: &end)
        XCTAssertEqual(end.row(9), all.row(rows - 1))
    }

    func testNoCasesAndNarrowPane() {
        var narrow = Canvas(width: 24, height: 40)
        StatisticsView.draw(Self.state(cases: 0, language: .en), year: 2031, scroll: 0, in: narrow.bounds, on: &narrow)
        XCTAssertTrue(narrow.text().contains("No cases recorded."))
        XCTAssertTrue(narrow.text().contains("Cases (anonymised): 0"))
        var ascii = Canvas(width: 60, height: 200, ascii: true)
        StatisticsView.draw(Self.state(cases: 8), year: nil, scroll: 0, in: ascii.bounds, on: &ascii)
        XCTAssertTrue(ascii.text().contains("#"), "the health figures as ASCII bars")
        XCTAssertFalse(ascii.text().contains("█") || ascii.text().contains("░"))
        var tiny = Canvas(width: 3, height: 2)
        StatisticsView.draw(Self.state(cases: 8), year: nil, scroll: 0, in: tiny.bounds, on: &tiny)
        StatisticsView.draw(Self.state(cases: 8), year: nil, scroll: 0, in: Rect(x: 0, y: 0, width: 0, height: 0), on: &tiny)
    }
}

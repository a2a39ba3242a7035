import XCTest
@testable import IQCore
@testable import IQTUI

final class GaugeTests: XCTestCase {
    private static let budget: Int64 = 1_500_000

    /// A budget gauge as a screen would build it: spent / allocated and the percentage.
    private func gauge(_ spent: Int64, maximum: Int64? = budget, label: String = "Gesundheitsberufe",
                       _ language: Language = .de) -> Gauge {
        let spentText = NumberFormat.money(.euros(spent), language)
        let text: String
        if let maximum {
            let fraction = Double(spent) / Double(maximum)
            text = "\(spentText) / \(NumberFormat.money(.euros(maximum), language))  \(PercentFormat.percent(fraction, language))"
        } else {
            text = "\(spentText) / Budget unbekannt"
        }
        return Gauge(label: label, value: Double(spent), maximum: maximum.map(Double.init), text: text)
    }

    private func drawn(_ g: Gauge, width: Int, ascii: Bool = false) -> Canvas {
        var c = Canvas(width: width, height: 1, ascii: ascii)
        g.draw(in: Rect(x: 0, y: 0, width: width, height: 1), on: &c)
        return c
    }

    // MARK: levels

    func testLevelThresholds() {
        XCTAssertEqual(Gauge.level(0), .normal)
        XCTAssertEqual(Gauge.level(0.849), .normal)
        XCTAssertEqual(Gauge.level(0.85), .warning)
        XCTAssertEqual(Gauge.level(1.0), .warning)
        XCTAssertEqual(Gauge.level(1.0001), .over)
        XCTAssertEqual(Gauge.level(1.3), .over)
        XCTAssertEqual(Gauge.level(.infinity), .over)
        XCTAssertEqual(Gauge.level(.nan), .normal)
        XCTAssertEqual(GaugeLevel.normal.role, .gaugeNormal)
        XCTAssertEqual(GaugeLevel.warning.role, .gaugeWarning)
        XCTAssertEqual(GaugeLevel.over.role, .gaugeOver)
    }

    func testFractionAndZeroMaximum() {
        XCTAssertEqual(gauge(750_000).fraction, 0.5)
        XCTAssertNil(gauge(5, maximum: nil).fraction)
        XCTAssertEqual(Gauge(label: "", value: 5, maximum: 0, text: "").fraction, .infinity)
        XCTAssertEqual(Gauge(label: "", value: 0, maximum: 0, text: "").fraction, 0)
        XCTAssertEqual(Gauge(label: "", value: 5, maximum: 0, text: "").level, .over)
    }

    // MARK: eighth blocks

    func testEighthBlockPrecision() {
        let full = "█"
        XCTAssertEqual(FillBar.glyphs(fraction: 0.5, cells: 10, ascii: false),
                       Array(repeating: full, count: 5) + Array(repeating: " ", count: 5))
        XCTAssertEqual(FillBar.glyphs(fraction: 0.55, cells: 10, ascii: false),
                       Array(repeating: full, count: 5) + ["▌"] + Array(repeating: " ", count: 4))
        // 8 cells = 64 eighths: 0.0625 → 4 eighths, half of the first cell.
        XCTAssertEqual(FillBar.glyphs(fraction: 0.0625, cells: 8, ascii: false),
                       ["▌"] + Array(repeating: " ", count: 7))
        // Each partial block, one eighth at a time, in a single cell.
        let partials = (1...7).map { FillBar.glyphs(fraction: Double($0) / 8, cells: 1, ascii: false)[0] }
        XCTAssertEqual(partials, ["▏", "▎", "▍", "▌", "▋", "▊", "▉"])
        XCTAssertEqual(FillBar.glyphs(fraction: 1, cells: 1, ascii: false), [full])
        // 10 cells at 0.3375 = 27 eighths: 3 full + ▍.
        XCTAssertEqual(FillBar.glyphs(fraction: 0.3375, cells: 10, ascii: false),
                       [full, full, full, "▍"] + Array(repeating: " ", count: 6))
    }

    func testBarNeverOverstatesEitherEnd() {
        XCTAssertEqual(FillBar.glyphs(fraction: 0, cells: 4, ascii: false), [" ", " ", " ", " "])
        XCTAssertEqual(FillBar.glyphs(fraction: 0.0001, cells: 4, ascii: false), ["▏", " ", " ", " "])
        XCTAssertEqual(FillBar.glyphs(fraction: 0.9999, cells: 4, ascii: false), ["█", "█", "█", "▉"])
        XCTAssertEqual(FillBar.glyphs(fraction: 1.3, cells: 4, ascii: false), ["█", "█", "█", "█"])
        XCTAssertEqual(FillBar.glyphs(fraction: -0.2, cells: 2, ascii: false), [" ", " "])
        XCTAssertEqual(FillBar.glyphs(fraction: .nan, cells: 2, ascii: false), [" ", " "])
        XCTAssertEqual(FillBar.glyphs(fraction: 0.0001, cells: 4, ascii: true), ["#", "-", "-", "-"])
        XCTAssertEqual(FillBar.glyphs(fraction: 0.9999, cells: 4, ascii: true), ["#", "#", "#", "-"])
    }

    func testASCIIRoundsToWholeCells() {
        XCTAssertEqual(FillBar.glyphs(fraction: 0.55, cells: 10, ascii: true).joined(), "######----")
        XCTAssertEqual(FillBar.glyphs(fraction: 0.54, cells: 10, ascii: true).joined(), "#####-----")
        XCTAssertEqual(FillBar.glyphs(fraction: 0.5, cells: 10, ascii: true).joined(), "#####-----")
        XCTAssertEqual(FillBar.glyphs(fraction: 1.3, cells: 10, ascii: true).joined(), "##########")
    }

    // MARK: goldens

    private func sheet(ascii: Bool) -> Canvas {
        var gauges = [gauge(0), gauge(750_000), gauge(1_500_000), gauge(1_950_000), gauge(930_000, maximum: nil)]
        // As a table would: numbers right-aligned to one width, so the bars line up.
        let textWidth = gauges.map { TextWidth.of($0.text) }.max() ?? 0
        for i in gauges.indices { gauges[i].text = TextWidth.pad(gauges[i].text, to: textWidth, alignRight: true) }
        // And percentages alone, where the bar gets most of the row and shows its eighths.
        for spent in [0, 750_000, 1_500_000, 1_950_000] as [Int64] {
            let fraction = Double(spent) / Double(Self.budget)
            gauges.append(Gauge(label: "Gesundheit", value: Double(spent), maximum: Double(Self.budget),
                                text: TextWidth.pad(PercentFormat.percent(fraction, .de), to: 7, alignRight: true)))
        }
        gauges.append(Gauge(label: "Integration", value: 0.624, maximum: 1, text: "  62,4 %"))
        var c = Canvas(width: 60, height: gauges.count, ascii: ascii)
        for (i, g) in gauges.enumerated() { g.draw(in: Rect(x: 0, y: i, width: 60, height: 1), on: &c) }
        return c
    }

    func testGoldenUnicode() {
        assertGolden(sheet(ascii: false), "gauge-unicode-60")
    }

    func testGoldenASCII() {
        let c = sheet(ascii: true)
        assertGolden(c, "gauge-ascii-60")
        XCTAssertTrue(c.text().unicodeScalars.allSatisfy { $0.value < 0x80 || "€".unicodeScalars.contains($0) })
    }

    func testOverflowMarkAndTextFollowTheBar() {
        let over = drawn(gauge(1_950_000), width: 60).row(0)
        XCTAssertTrue(over.contains("]▶ 1.950.000 € / 1.500.000 €  130,0 %"), over)
        let full = drawn(gauge(1_500_000), width: 60).row(0)
        XCTAssertTrue(full.contains("] "), full)
        XCTAssertFalse(full.contains("▶"), full)
        let asciiOver = drawn(gauge(1_950_000), width: 60, ascii: true).row(0)
        XCTAssertTrue(asciiOver.contains("##]+ 1.950.000"), asciiOver)
    }

    // MARK: roles

    func testRolesByLevel() {
        for (spent, role) in [(750_000 as Int64, StyleRole.gaugeNormal), (1_350_000, .gaugeWarning),
                              (1_500_000, .gaugeWarning), (1_950_000, .gaugeOver)] {
            let c = drawn(gauge(spent), width: 60)
            let open = (0..<60).first { c[$0, 0].glyph == "[" }!
            XCTAssertEqual(c[open, 0].role, .dim)
            XCTAssertEqual(c[open + 1, 0].glyph, "█")
            XCTAssertEqual(c[open + 1, 0].role, role, "spent \(spent)")
            let close = (0..<60).first { c[$0, 0].glyph == "]" }!
            // The track reads without colour: a dim middle dot.
            for x in (open + 1)..<close where c[x, 0].glyph != FillBar.trackGlyph {
                XCTAssertEqual(c[x, 0].role, role)
            }
            for x in (open + 1)..<close where c[x, 0].glyph == FillBar.trackGlyph {
                XCTAssertEqual(c[x, 0].role, .dim)
            }
            if role == .gaugeOver { XCTAssertEqual(c[close + 1, 0].role, .gaugeOver) }
            XCTAssertEqual(c[0, 0].role, .label)
        }
    }

    // MARK: small widths

    /// Draws into the middle of a wider canvas prefilled with "x", so any stray write shows.
    private func framed(_ g: Gauge, width: Int, ascii: Bool = false) -> (inside: String, canvas: Canvas) {
        var c = Canvas(width: width + 4, height: 3, ascii: ascii)
        c.fill(c.bounds, glyph: "x")
        g.draw(in: Rect(x: 2, y: 1, width: width, height: 1), on: &c)
        XCTAssertEqual(c.row(0), String(repeating: "x", count: width + 4))
        XCTAssertEqual(c.row(2), String(repeating: "x", count: width + 4))
        let row = Array(c.row(1))
        XCTAssertEqual(String(row.prefix(2)), "xx", "width \(width)")
        XCTAssertEqual(String(row.suffix(2)), "xx", "width \(width)")
        return (String(row.dropFirst(2).dropLast(2)), c)
    }

    func testSmallWidthsKeepTheNumbers() {
        let short = Gauge(label: "Gesundheit", value: 0.624, maximum: 1, text: PercentFormat.percent(0.624, .de))
        // 8 and 12: no label, no bar (it needs brackets, 3 cells, the mark column and a gap), numbers.
        XCTAssertEqual(framed(short, width: 8).inside, "62,4 %  ")
        XCTAssertEqual(framed(short, width: 12).inside, "62,4 %      ")
        XCTAssertEqual(framed(short, width: 12, ascii: true).inside, "62,4 %      ")
        // 14: the label goes first, the bar stays.
        XCTAssertEqual(framed(short, width: 14).inside, "[██▌·]  62,4 %")
        XCTAssertEqual(framed(short, width: 14, ascii: true).inside, "[##--]  62,4 %")
        // 20: label (a quarter of the width, cut), bar, numbers.
        XCTAssertEqual(framed(short, width: 20).inside, "Gesu… [██▌·]  62,4 %")
        XCTAssertEqual(framed(short, width: 20, ascii: true).inside, "Ge... [##--]  62,4 %")
    }

    func testSmallWidthsWithLongTextCutOnlyTheNumbers() {
        for width in [1, 2, 8, 12, 20] {
            let (inside, c) = framed(gauge(930_000), width: width)
            XCTAssertTrue(inside.hasPrefix(String("930.000 €".prefix(min(width - 1, 5)))), "\(width): \(inside)")
            XCTAssertFalse(inside.contains("["), "\(width): the bar is dropped for the numbers")
            XCTAssertEqual(c[2, 1].role, .normal)
        }
        let (unknown, _) = framed(gauge(930_000, maximum: nil), width: 12)
        XCTAssertEqual(unknown, "930.000 € /…")
    }

    func testRectBeyondTheCanvasIsClipped() {
        var c = Canvas(width: 10, height: 1)
        gauge(750_000).draw(in: Rect(x: 4, y: 0, width: 60, height: 1), on: &c)
        XCTAssertEqual(c.row(0).prefix(4), "    ")
        gauge(750_000).draw(in: Rect(x: 0, y: 5, width: 60, height: 1), on: &c) // below: nothing
        var empty = Canvas(width: 10, height: 1)
        gauge(750_000).draw(in: Rect(x: 0, y: 0, width: 0, height: 1), on: &empty)
        XCTAssertEqual(empty, Canvas(width: 10, height: 1))
    }

    // MARK: PercentFormat

    func testPercentFormat() {
        XCTAssertEqual(PercentFormat.percent(0.624, .de), "62,4 %")
        XCTAssertEqual(PercentFormat.percent(0.624, .en), "62.4%")
        XCTAssertEqual(PercentFormat.percent(0, .de), "0,0 %")
        XCTAssertEqual(PercentFormat.percent(0, .en), "0.0%")
        XCTAssertEqual(PercentFormat.percent(1, .de), "100,0 %")
        XCTAssertEqual(PercentFormat.percent(1.3, .de), "130,0 %")
        XCTAssertEqual(PercentFormat.percent(1.3, .en), "130.0%")
        XCTAssertEqual(PercentFormat.percent(0.62449, .de), "62,4 %")
        XCTAssertEqual(PercentFormat.percent(0.62451, .de), "62,5 %")
        XCTAssertEqual(PercentFormat.percent(12.345, .de), "1.234,5 %")
        XCTAssertEqual(PercentFormat.percent(12.345, .en), "1,234.5%")
        XCTAssertEqual(PercentFormat.percent(-0.05, .de), "-5,0 %")
        XCTAssertEqual(PercentFormat.percent(-0.0001, .de), "0,0 %")
        XCTAssertEqual(PercentFormat.percent(.nan, .de), "–")
        XCTAssertEqual(PercentFormat.percent(.infinity, .en), "–")
        XCTAssertEqual(PercentFormat.percent(-.infinity, .de), "–")
    }
}

import XCTest
@testable import IQCore
@testable import IQTUI

/// The locations pane on screen: goldens, the map in the four-pane screen and the split.
final class LocationsScreenMapTests: XCTestCase, LocationsScreenTesting {
    /// The attribution's required part (the full text may be cut at the map's edge).
    private let attribution = "© GeoBasis-DE / BKG 2021"

    private func isBraille(_ scalar: Unicode.Scalar) -> Bool { (0x2800...0x28FF).contains(scalar.value) }

    /// The cells of a rect that hold a Braille glyph.
    private func brailleCells(_ canvas: Canvas, in rect: Rect) -> Int {
        var n = 0
        for y in rect.y..<rect.maxY {
            for x in rect.x..<rect.maxX where canvas[x, y].glyph.unicodeScalars.contains(where: isBraille) { n += 1 }
        }
        return n
    }

    // MARK: Goldens

    func testZoomedPaneWithTheSeedData() throws {
        let state = seedState()
        for (w, h) in [(80, 24), (120, 40)] {
            let canvas = Fixture.render(state, w, h)
            assertGolden(canvas, "locations-seed-zoomed-\(w)x\(h)")
            let layout = ScreenLayout(state: state, size: Size(width: w, height: h))
            let map = try XCTUnwrap(mapRect(layout))
            XCTAssertGreaterThan(brailleCells(canvas, in: map), 100, "the outline in Braille at \(w)x\(h)")
            XCTAssertTrue(canvas.text().contains(attribution), "\(w)x\(h)")
            XCTAssertTrue(canvas.row(layout.panes[.locations]!.maxY - 1).contains(attribution), "the attribution in the pane's lower edge")
            XCTAssertTrue(canvas.text().contains("27"), "the count of all sites")
        }
    }

    func testZoomedPaneInASCII() throws {
        let state = seedState(ascii: true)
        let canvas = Fixture.render(state, 80, 24)
        assertGolden(canvas, "locations-seed-ascii-80x24")
        let screen = canvas.text()
        XCTAssertFalse(screen.unicodeScalars.contains(where: isBraille), "no Braille in ASCII mode")
        XCTAssertFalse(screen.unicodeScalars.contains { (0x2500...0x259F).contains($0.value) }, "no box drawing in ASCII mode")
        XCTAssertFalse(screen.contains("●") || screen.contains("◉"), "ASCII markers")
        XCTAssertTrue(screen.contains(attribution))
        let map = try XCTUnwrap(mapRect(ScreenLayout(state: state, size: Size(width: 80, height: 24))))
        XCTAssertGreaterThan(cells(of: "o", canvas, in: map).count, 5, "site markers as o")

        for (w, h) in [(120, 40), (200, 60), (60, 30)] {
            for zoomed in [true, false] {
                let text = Fixture.render(seedState(zoomed: zoomed, ascii: true), w, h).text()
                XCTAssertFalse(text.unicodeScalars.contains(where: isBraille), "\(w)x\(h) zoomed \(zoomed)")
            }
        }
    }

    func testDistanceListFromHoexter() throws {
        var state = seedState()
        setPlace("Höxter", in: &state)
        let canvas = Fixture.render(state, 80, 24)
        assertGolden(canvas, "locations-hoexter-80x24")
        assertGolden(Fixture.render(state, 120, 40), "locations-hoexter-120x40")
        let screen = canvas.text()
        XCTAssertTrue(screen.contains("ab Höxter (Detmold)"), "the caption names the place")
        // The client's place has its own mark (not a site's dot), labelled, and the legend says so.
        let whole = Rect(x: 0, y: 0, width: 80, height: 24)
        XCTAssertEqual(cells(of: "⌂", canvas, in: whole).count, 1, "the client's place on the map")
        XCTAssertTrue(screen.contains("⌂ Wohnort"), "the legend")
        XCTAssertTrue(screen.contains(attribution))
        // The list's first rows: the distance right-aligned, in German with a decimal comma.
        let list = LocationsPane.split(ScreenLayout(state: state, size: Size(width: 80, height: 24)).content(of: .locations)!).list
        let lines = text(canvas, in: list)
        XCTAssertTrue(lines[0].hasPrefix("    km"), lines[0])
        let first = SiteList.rows(state)[0]
        XCTAssertTrue(lines[1].contains(NumberFormat.decimal(first.km!, digits: 1, .de)), lines[1])
        XCTAssertTrue(lines[1].contains(first.site.city), lines[1])
        XCTAssertTrue(lines[1].contains(","), "decimal comma: \(lines[1])")

        // The last row of the whole list is the mobile team without a distance.
        Fixture.drive(&state, .navigation(.move(.end)))
        let end = text(Fixture.render(state, 120, 40), in: LocationsPane.split(
            ScreenLayout(state: state, size: Size(width: 120, height: 40)).content(of: .locations)!).list)
        let mobile = try XCTUnwrap(end.first { $0.contains("WHKT mobiles Beratungsteam") })
        XCTAssertTrue(mobile.hasPrefix("     –"), mobile)
        XCTAssertTrue(mobile.contains("mobil"), mobile)

        // English: decimal point and "from".
        var en = seedState(language: .en)
        setPlace("Hoexter", in: &en)
        let english = Fixture.render(en, 120, 40).text()
        XCTAssertTrue(english.contains("from Höxter (Detmold)"))
        XCTAssertTrue(english.contains(NumberFormat.decimal(SiteList.rows(en)[0].km!, digits: 1, .en)))
    }

    func testCompletionListWhileTyping() throws {
        var state = seedState()
        Fixture.drive(&state, .locations(.beginPlace))
        let hint = Fixture.render(state, 80, 24).text()
        XCTAssertTrue(hint.contains("Ort eingeben"), "nothing typed: the hint")
        typePlace("mün", into: &state)
        let canvas = Fixture.render(state, 80, 24)
        assertGolden(canvas, "locations-completion-muen-80x24")
        let screen = canvas.text()
        for name in state.locations.completions.map(\.name) { XCTAssertTrue(screen.contains(name), name) }
        XCTAssertTrue(screen.contains("Wohnort: mün"), "the place typed in the frame's bottom edge")
        XCTAssertFalse(screen.contains(attribution), "no map while typing")
        XCTAssertFalse(screen.unicodeScalars.contains(where: isBraille))
        let cursor = try XCTUnwrap(canvas.cursor, "the terminal cursor sits after what is typed")
        let pane = ScreenLayout(state: state, size: Size(width: 80, height: 24)).panes[.locations]!
        XCTAssertEqual(cursor, Point(x: pane.x + 1 + TextWidth.of(" Wohnort: mün"), y: pane.maxY - 1))

        // ↓ moves the highlight to the second completion.
        let list = ScreenLayout(state: state, size: Size(width: 80, height: 24)).listRows(of: .locations)!
        XCTAssertEqual(canvas[list.x + 2, list.y].role, .selection)
        Fixture.drive(&state, .locations(.moveCompletion(1)))
        let moved = Fixture.render(state, 80, 24)
        XCTAssertEqual(moved[list.x + 2, list.y + 1].role, .selection)
        XCTAssertNotEqual(moved[list.x + 2, list.y].role, .selection)
    }

    // MARK: The map in the four-pane screen

    func testFourPanesShowTheMapOnlyWhenThereIsRoom() throws {
        let small = seedState(zoomed: false)
        let canvas = Fixture.render(small, 80, 24)
        let layout = ScreenLayout(state: small, size: Size(width: 80, height: 24))
        XCTAssertNil(mapRect(layout), "no map in a quarter of 80x24")
        let pane = layout.panes[.locations]!
        XCTAssertEqual(brailleCells(canvas, in: pane), 0)
        XCTAssertFalse(canvas.text().contains(attribution), "no map, no attribution")
        XCTAssertTrue(text(canvas, in: pane).contains { $0.contains("DGB Bildungswerk Aachen") }, "the list is shown")

        let big = Fixture.render(small, 200, 60)
        let bigLayout = ScreenLayout(state: small, size: Size(width: 200, height: 60))
        let map = try XCTUnwrap(mapRect(bigLayout), "a map at 200x60")
        let bigPane = bigLayout.panes[.locations]!
        XCTAssertTrue(map.x > bigPane.x && map.maxX < bigPane.maxX && map.y > bigPane.y && map.maxY < bigPane.maxY)
        XCTAssertGreaterThan(brailleCells(big, in: map), 100)
        XCTAssertEqual(brailleCells(big, in: bigLayout.panes[.partners]!), 0, "the map stays in its pane")
        XCTAssertTrue(big.row(bigPane.maxY - 1).contains(attribution))
        XCTAssertFalse(cells(of: "●", big, in: map).isEmpty, "site markers")
        let list = LocationsPane.split(bigLayout.content(of: .locations)!).list
        XCTAssertTrue(text(big, in: list).contains { $0.contains("DGB Bildungswerk Aachen") }, "the list beside the map")
    }

    func testAttributionWheneverTheMapIsShown() throws {
        let sizes = [(60, 16), (70, 30), (80, 24), (100, 30), (120, 40), (150, 20), (160, 50), (200, 60), (140, 44)]
        var shown = 0
        for (w, h) in sizes {
            for zoomed in [true, false] {
                for ascii in [false, true] {
                    var state = seedState(zoomed: zoomed, ascii: ascii)
                    for origin in [nil, "Höxter"] as [String?] {
                        if let origin { setPlace(origin, in: &state) }
                        let layout = ScreenLayout(state: state, size: Size(width: w, height: h))
                        let canvas = Fixture.render(state, w, h)
                        let label = "\(w)x\(h) zoomed \(zoomed) ascii \(ascii) origin \(origin ?? "-")"
                        guard let map = mapRect(layout) else {
                            XCTAssertFalse(canvas.text().contains(attribution), label)
                            continue
                        }
                        shown += 1
                        XCTAssertGreaterThanOrEqual(map.width, MapView.minimumSize.width, label)
                        XCTAssertGreaterThanOrEqual(map.height, MapView.minimumSize.height, label)
                        // In the pane's lower edge, where it always fits whole (the licence asks for it).
                        let pane = layout.panes[.locations]!
                        XCTAssertTrue(canvas.row(pane.maxY - 1).contains(attribution), label)
                        if ascii {
                            XCTAssertFalse(canvas.text().unicodeScalars.contains(where: isBraille), label)
                        } else {
                            XCTAssertGreaterThan(brailleCells(canvas, in: map), 0, label)
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(shown, 10)
    }

    func testSelectedSiteMarkerAndLabel() throws {
        var state = seedState()
        Fixture.drive(&state, .locations(.selectSite("site.sbh-west-paderborn")))
        for (w, h) in [(80, 24), (120, 40)] {
            let (sized, layout) = sized(state, w, h)
            XCTAssertEqual(SiteList.rows(sized)[sized[.locations].cursor.selected].site.id, "site.sbh-west-paderborn")
            let canvas = Screen.render(sized, size: Size(width: w, height: h))
            let map = try XCTUnwrap(mapRect(layout))
            let selected = cells(of: "◉", canvas, in: map)
            XCTAssertEqual(selected.count, 1, "one selected marker at \(w)x\(h)")
            XCTAssertEqual(canvas[selected[0].x, selected[0].y].role, .selection)
            XCTAssertNotNil(marker(labelled: "SBH West Paderborn", glyph: "◉", canvas, in: map), "labelled with the site's name")
            // It sits where Paderborn is.
            var scratch = Canvas(width: w, height: h)
            let hits = LocationsPane.map(sized, rows: SiteList.rows(sized)).draw(in: map, on: &scratch)
            let projected = try XCTUnwrap(hits.projection?.cell(GeoPoint(51.72, 8.75)))
            XCTAssertEqual(selected[0], projected)
        }

        // In ASCII the selected marker is @.
        var ascii = seedState(ascii: true)
        Fixture.drive(&ascii, .locations(.selectSite("site.mozaik-bielefeld")))
        let canvas = Fixture.render(ascii, 120, 40)
        let map = try XCTUnwrap(mapRect(ScreenLayout(state: ascii, size: Size(width: 120, height: 40))))
        XCTAssertNotNil(marker(labelled: "MOZAIK Bielefeld", glyph: "@", canvas, in: map))
        XCTAssertTrue(cells(of: "◉", canvas, in: map).isEmpty)

        // The mobile team has no marker: nothing is drawn as selected.
        var mobile = seedState()
        Fixture.drive(&mobile, .locations(.selectSite("site.whkt-mobil")))
        let mobileCanvas = Fixture.render(mobile, 120, 40)
        XCTAssertTrue(cells(of: "◉", mobileCanvas, in: mapRect(ScreenLayout(state: mobile, size: Size(width: 120, height: 40)))!).isEmpty)
    }

    // MARK: Split

    func testSplitBesideBelowOrNone() throws {
        // Wide: beside, the list at least 36 columns (45 %), one column between.
        for width in [72, 78, 118, 198] {
            let content = Rect(x: 3, y: 2, width: width, height: 10)
            let split = LocationsPane.split(content)
            let map = try XCTUnwrap(split.map, "\(width)")
            XCTAssertEqual(split.list, Rect(x: 3, y: 2, width: max(36, width * 45 / 100), height: 10))
            XCTAssertEqual(map.x, split.list.maxX + 1)
            XCTAssertEqual(map.maxX, content.maxX)
            XCTAssertEqual(map.y, content.y)
            XCTAssertEqual(map.height, content.height)
        }
        // Narrow and tall: below, the list on top.
        for (width, height) in [(71, 18), (40, 30), (58, 26)] {
            let content = Rect(x: 1, y: 1, width: width, height: height)
            let split = LocationsPane.split(content)
            let map = try XCTUnwrap(split.map, "\(width)x\(height)")
            XCTAssertEqual(split.list.x, content.x)
            XCTAssertEqual(split.list.width, width)
            XCTAssertEqual(map.width, width)
            XCTAssertEqual(split.list.y, content.y)
            XCTAssertEqual(map.y, split.list.maxY)
            XCTAssertEqual(map.maxY, content.maxY)
            XCTAssertGreaterThan(split.list.height, 1)
        }
        // Small: only the list.
        for (width, height) in [(71, 17), (38, 9), (58, 10), (0, 0)] {
            let content = Rect(x: 1, y: 1, width: width, height: height)
            let split = LocationsPane.split(content)
            XCTAssertNil(split.map, "\(width)x\(height)")
            XCTAssertEqual(split.list, content)
        }
    }
}

/// The map's legend and marks (issue 16 §7).
extension LocationsScreenMapTests {
    func testLegendCityCountsAndDashedBorders() throws {
        for ascii in [false, true] {
            let (sized, layout) = sized(seedState(ascii: ascii), 200, 50)
            let canvas = Screen.render(sized, size: Size(width: 200, height: 50))
            assertGolden(canvas, ascii ? "locations-legend-ascii-200x50" : "locations-legend-200x50")
            let text = canvas.text()
            XCTAssertTrue(text.contains(ascii ? "o Standort . @ gewählt . 2-9 Standorte einer Stadt . ^ Wohnort . - NRW . : Regierungsbezirk"
                                              : "● Standort · ◉ gewählt · 2–9 Standorte einer Stadt · ⌂ Wohnort · ⣀ NRW · ⠄ Regierungsbezirk"), text)
            // Köln has several sites: its mark is their count, not a dot.
            let map = try XCTUnwrap(mapRect(layout))
            let koeln = SiteList.rows(sized).filter { $0.site.city == "Köln" && $0.site.coordinate != nil }.count
            XCTAssertGreaterThan(koeln, 1)
            XCTAssertFalse(cells(of: koeln < 10 ? String(koeln) : "+", canvas, in: map).isEmpty, "Köln's count on the map")
        }
        // Without colour the borders still differ: the outline in ASCII line glyphs, the borders ':'.
        let (sized, layout) = sized(seedState(ascii: true), 200, 50)
        let canvas = Screen.render(sized, size: Size(width: 200, height: 50))
        let map = try XCTUnwrap(mapRect(layout))
        let dashes = (map.y + 1..<map.maxY).flatMap { y in (map.x..<map.maxX).filter { canvas[$0, y].glyph == ":" } }
        XCTAssertFalse(dashes.isEmpty, "the Regierungsbezirk borders as ':'")
    }

    /// The client's place in a town with the selected site: ⌂ stands beside the site's mark,
    /// not under it, and the town is labelled once.
    func testTheClientsPlaceBesideASelectedSiteOfItsTown() throws {
        for ascii in [false, true] {
            var state = seedState(ascii: ascii)
            setPlace("Köln", in: &state)
            let row = try XCTUnwrap(SiteList.rows(state).firstIndex { $0.site.city == "Köln" && $0.site.coordinate != nil })
            Fixture.drive(&state, .navigation(.select(.locations, row: row)))
            let (sized, layout) = sized(state, 200, 50)
            let canvas = Screen.render(sized, size: Size(width: 200, height: 50))
            let map = try XCTUnwrap(mapRect(layout))
            let client = cells(of: LocationsPane.clientGlyph(sized), canvas, in: Rect(x: map.x, y: map.y + 2, width: map.width, height: map.height - 2))
            let selected = cells(of: ascii ? "@" : "◉", canvas, in: map)
            XCTAssertEqual(client.count, 1, "the client's place is on the map (ascii \(ascii))")
            XCTAssertEqual(selected.count, 1)
            if let c = client.first, let s = selected.first { XCTAssertTrue(c.y == s.y && abs(c.x - s.x) == 1, "beside: \(c) \(s)") }
            let words = text(canvas, in: map).joined(separator: " ").split(separator: " ")
            // The client's place says "Köln"; the selected site's name may say it again, no city label does.
            let name = SiteList.rows(sized)[row].site.name.split(separator: " ").filter { $0 == "Köln" }.count
            XCTAssertEqual(words.filter { $0 == "Köln" }.count, 1 + name, "the town labelled once (ascii \(ascii))")
        }
    }
}

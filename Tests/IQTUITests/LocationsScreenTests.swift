import XCTest
@testable import IQCore
@testable import IQTUI

/// The locations pane on screen with the seed data: list and map, the distance list, the place
/// completions, ASCII mode, the attribution, marker clicks and the pane's keys.
final class LocationsScreenTests: XCTestCase {
    // MARK: Helpers

    /// The attribution's required part (the full text may be cut at the map's edge).
    private let attribution = "© GeoBasis-DE / BKG 2021"

    /// The seed document, the locations pane focused (and zoomed).
    private func seedState(zoomed: Bool = true, ascii: Bool = false, language: Language = .de) -> AppState {
        var state = AppState(document: Seed.document, language: language, options: AppState.Options(ascii: ascii, mouse: true))
        Fixture.drive(&state, .navigation(.focus(.locations)))
        if zoomed { Fixture.drive(&state, .navigation(.toggleZoom)) }
        return state
    }

    /// The state with the layout the runtime maps its keys against at this size.
    private func sized(_ state: AppState, _ width: Int, _ height: Int) -> (state: AppState, layout: ScreenLayout) {
        (state, ScreenLayout(state: state, size: Size(width: width, height: height)))
    }

    private func typePlace(_ text: String, into state: inout AppState) {
        for ch in text { Fixture.drive(&state, .locations(.editPlace(.insert(String(ch))))) }
    }

    private func setPlace(_ text: String, in state: inout AppState) {
        Fixture.drive(&state, .locations(.beginPlace), .locations(.editPlace(.deleteToStart)))
        typePlace(text, into: &state)
        Fixture.drive(&state, .locations(.acceptPlace))
    }

    private func isBraille(_ scalar: Unicode.Scalar) -> Bool { (0x2800...0x28FF).contains(scalar.value) }

    /// The cells of a rect that hold a Braille glyph.
    private func brailleCells(_ canvas: Canvas, in rect: Rect) -> Int {
        var n = 0
        for y in rect.y..<rect.maxY {
            for x in rect.x..<rect.maxX where canvas[x, y].glyph.unicodeScalars.contains(where: isBraille) { n += 1 }
        }
        return n
    }

    /// The text of a rect, one string per row.
    private func text(_ canvas: Canvas, in rect: Rect) -> [String] {
        (rect.y..<rect.maxY).map { y in (rect.x..<rect.maxX).map { canvas[$0, y].glyph }.joined() }
    }

    /// The map's rect in the locations pane, when the pane shows one.
    private func mapRect(_ layout: ScreenLayout) -> Rect? {
        layout.content(of: .locations).flatMap { LocationsPane.split($0).map }
    }

    /// Cells holding `glyph` inside a rect.
    private func cells(of glyph: String, _ canvas: Canvas, in rect: Rect) -> [Point] {
        var found: [Point] = []
        for y in rect.y..<rect.maxY {
            for x in rect.x..<rect.maxX where canvas[x, y].glyph == glyph { found.append(Point(x: x, y: y)) }
        }
        return found
    }

    /// The marker labelled `label` on screen: a marker glyph with the label beside it.
    private func marker(labelled label: String, glyph: String = "●", _ canvas: Canvas, in rect: Rect) -> Point? {
        let width = label.count
        return cells(of: glyph, canvas, in: rect).first { p in
            let right = (0..<width).map { canvas[p.x + 2 + $0, p.y].glyph }.joined()
            let left = (0..<width).map { canvas[p.x - 1 - width + $0, p.y].glyph }.joined()
            return (right == label && canvas[p.x + 1, p.y].glyph == " ") || (left == label && canvas[p.x - 1, p.y].glyph == " ")
        }
    }

    private func click(_ point: Point, _ state: AppState, _ layout: ScreenLayout) -> Action? {
        KeyMap.action(for: .mouse(MouseEvent(.press, x: point.x, y: point.y)), in: state, layout: layout)
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
        XCTAssertTrue(screen.contains("⌂ Höxter"), "the client's place on the map")
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

    // MARK: Mouse

    func testClickOnAMarkerSelectsItsSite() throws {
        for (zoomed, w, h) in [(true, 120, 40), (true, 80, 24), (false, 200, 60), (true, 70, 30)] {
            let (state, layout) = sized(seedState(zoomed: zoomed), w, h)
            let canvas = Screen.render(state, size: Size(width: w, height: h))
            let map = try XCTUnwrap(mapRect(layout))
            XCTAssertFalse(cells(of: "●", canvas, in: map).isEmpty)
            // Detmold has one site only; where its marker is, the map itself says.
            var scratch = Canvas(width: w, height: h)
            let hits = LocationsPane.fitted(LocationsPane.map(state, rows: SiteList.rows(state)), to: map, in: try XCTUnwrap(layout.content(of: .locations))).draw(in: map, on: &scratch)
            let detmold = try XCTUnwrap(hits.markers.first { $0.id == "site.netzwerk-lippe-detmold" }?.cell, "\(w)x\(h)")
            XCTAssertTrue(["●", "◉"].contains(canvas[detmold.x, detmold.y].glyph), "the marker is drawn where the hit says")
            let action = click(detmold, state, layout)
            XCTAssertEqual(action, .locations(.selectSite("site.netzwerk-lippe-detmold")), "\(w)x\(h)")
            // A click beside the marker still hits it (where no other marker is as near).
            let others = (cells(of: "●", canvas, in: map) + cells(of: "◉", canvas, in: map)).filter { $0 != detmold }
            if !others.contains(where: { abs($0.x - detmold.x) <= 3 && abs($0.y - detmold.y) <= 2 }) {
                XCTAssertEqual(click(Point(x: detmold.x, y: detmold.y + 1), state, layout), action, "\(w)x\(h)")
                XCTAssertEqual(click(Point(x: detmold.x + 1, y: detmold.y), state, layout), action, "\(w)x\(h)")
            }

            var after = state
            if let action { Fixture.drive(&after, action) }
            XCTAssertEqual(SiteList.rows(after)[after[.locations].cursor.selected].site.id, "site.netzwerk-lippe-detmold")
            let redrawn = Screen.render(after, size: Size(width: w, height: h))
            XCTAssertEqual(redrawn[detmold.x, detmold.y].glyph, "◉", "the clicked marker is drawn as selected")

            // Every marker drawn selects a site the list shows.
            let ids = Set(SiteList.rows(state).map(\.site.id.rawValue))
            for cell in cells(of: "●", canvas, in: map) {
                guard case .locations(.selectSite(let id))? = click(cell, state, layout) else {
                    XCTFail("marker at \(cell) not hit at \(w)x\(h)")
                    continue
                }
                XCTAssertTrue(ids.contains(id.rawValue), id.rawValue)
            }
        }
    }

    func testClickOnTheMapAwayFromMarkersOnlyFocuses() throws {
        let (state, layout) = sized(seedState(zoomed: false), 200, 60)
        var unfocused = state
        Fixture.drive(&unfocused, .navigation(.focus(.partners)))
        let map = try XCTUnwrap(mapRect(layout))
        // The map's top-left corner is far from every site.
        XCTAssertEqual(click(Point(x: map.x, y: map.y), unfocused, layout), .navigation(.focus(.locations)))
        // A marker click from another pane focuses the locations pane through selectSite.
        let canvas = Screen.render(unfocused, size: Size(width: 200, height: 60))
        let detmold = try XCTUnwrap(marker(labelled: "Detmold", canvas, in: map))
        XCTAssertEqual(click(detmold, unfocused, layout), .locations(.selectSite("site.netzwerk-lippe-detmold")))
        Fixture.drive(&unfocused, .locations(.selectSite("site.netzwerk-lippe-detmold")))
        XCTAssertEqual(unfocused.focus, .locations)

        // The client's place is a marker too, but not a site: a click on it only focuses.
        var home = state
        setPlace("Höxter", in: &home)
        let homeCanvas = Screen.render(home, size: Size(width: 200, height: 60))
        let label = try XCTUnwrap(cells(of: "⌂", homeCanvas, in: map).first, "the home label")
        XCTAssertEqual(click(label, home, layout), .navigation(.focus(.locations)))
    }

    func testClickOnTheListStillSelectsRows() throws {
        for (zoomed, w, h) in [(true, 120, 40), (false, 200, 60), (false, 80, 24), (true, 70, 30)] {
            let (state, layout) = sized(seedState(zoomed: zoomed), w, h)
            let rows = try XCTUnwrap(layout.listRows(of: .locations))
            XCTAssertEqual(click(Point(x: rows.x + 2, y: rows.y + 3), state, layout), .navigation(.select(.locations, row: 3)), "\(w)x\(h)")
            XCTAssertEqual(click(Point(x: rows.x + 2, y: rows.y), state, layout), .navigation(.open),
                           "a click on the selected row opens it")
            var moved = state
            Fixture.drive(&moved, .navigation(.select(.locations, row: 3)))
            let canvas = Screen.render(moved, size: Size(width: w, height: h))
            let name = SiteList.rows(moved)[3].site.name
            XCTAssertTrue((rows.x..<rows.maxX).map { canvas[$0, rows.y + 3].glyph }.joined().contains(name.prefix(12)), name)
        }
        // With a place set the rows are by distance: a click selects the nth nearest.
        let sizedState = sized(seedState(), 120, 40)
        var state = sizedState.state
        let layout = sizedState.layout
        setPlace("Aachen", in: &state)
        let rows = layout.listRows(of: .locations)!
        XCTAssertEqual(click(Point(x: rows.x + 1, y: rows.y + 1), state, layout), .navigation(.select(.locations, row: 1)))
    }

    func testNoMouseWhileTypingAPlace() throws {
        let (start, layout) = sized(seedState(), 120, 40)
        var state = start
        Fixture.drive(&state, .locations(.beginPlace))
        let rows = layout.listRows(of: .locations)!
        XCTAssertNil(click(Point(x: rows.x + 1, y: rows.y + 1), state, layout))
    }

    // MARK: Keys

    func testKeysInTheSiteList() throws {
        let (state, layout) = sized(seedState(zoomed: false), 80, 24)
        let key = { (k: Key) in KeyMap.action(for: k, in: state, layout: layout) }
        XCTAssertEqual(state.inputMode, .navigation)
        XCTAssertEqual(key(.enter), .locations(.openOperator))
        XCTAssertEqual(key(.char("i")), .navigation(.open))
        XCTAssertEqual(key(.char("o")), .locations(.beginPlace))
        XCTAssertEqual(key(.char("x")), .locations(.clearPlace))
        XCTAssertEqual(key(.char("v")), .locations(.cycleService))
        XCTAssertEqual(key(.down), .navigation(.move(.down)))
        XCTAssertEqual(key(.char("/")), .filter(.begin))
        XCTAssertEqual(key(.escape), .navigation(.back))
        XCTAssertEqual(key(.char("q")), .session(.requestQuit))

        // The same keys mean nothing special in the partner pane.
        var partners = state
        Fixture.drive(&partners, .navigation(.focus(.partners)))
        XCTAssertNil(KeyMap.action(for: .char("o"), in: partners, layout: layout))
        XCTAssertNil(KeyMap.action(for: .char("v"), in: partners, layout: layout))
        XCTAssertNil(KeyMap.action(for: .char("x"), in: partners, layout: layout))

        // Enter then i do what the key map says.
        var s = state
        Fixture.drive(&s, key(.enter)!)
        XCTAssertEqual(s.focus, .partners)
        XCTAssertEqual(s.directory.path, [SiteList.rows(state)[0].site.operatorID!])
        var d = state
        Fixture.drive(&d, key(.char("i"))!)
        XCTAssertEqual(d.focus, .locations)
        XCTAssertTrue(d[.locations].isDetailOpen, "i shows the site itself")
    }

    func testKeysWhileTypingAPlace() throws {
        let sizedState = sized(seedState(), 80, 24)
        var state = sizedState.state
        let layout = sizedState.layout
        Fixture.drive(&state, KeyMap.action(for: .char("o"), in: state, layout: layout)!)
        XCTAssertEqual(state.inputMode, .placeEntry)
        let key = { (k: Key) in KeyMap.action(for: k, in: state, layout: layout) }
        for ch in ["q", "o", "x", "v", "i", "1", "2", "z", "?", "ä", "ß", " ", "-", "/"] as [Character] {
            XCTAssertEqual(key(.char(ch)), .locations(.editPlace(.insert(String(ch)))), "\(ch) types")
        }
        XCTAssertEqual(key(.enter), .locations(.acceptPlace))
        XCTAssertEqual(key(.escape), .locations(.cancelPlace))
        XCTAssertEqual(key(.down), .locations(.moveCompletion(1)))
        XCTAssertEqual(key(.tab), .locations(.moveCompletion(1)))
        XCTAssertEqual(key(.up), .locations(.moveCompletion(-1)))
        XCTAssertEqual(key(.backTab), .locations(.moveCompletion(-1)))
        XCTAssertEqual(key(.backspace), .locations(.editPlace(.backspace)))
        XCTAssertEqual(key(.left), .locations(.editPlace(.left)))
        XCTAssertEqual(key(.ctrl("u")), .locations(.editPlace(.deleteToStart)))
        XCTAssertEqual(key(.function(10)), .session(.requestQuit))

        // Typing through the key map: "hoexter", Enter.
        for ch in "hoexter" {
            Fixture.drive(&state, KeyMap.action(for: .char(ch), in: state, layout: layout)!)
        }
        XCTAssertEqual(state.locations.placeEntry?.text, "hoexter")
        Fixture.drive(&state, KeyMap.action(for: .enter, in: state, layout: layout)!)
        XCTAssertEqual(state.locations.origin?.name, "Höxter")
        XCTAssertEqual(state.inputMode, .navigation)
        XCTAssertEqual(KeyMap.action(for: .char("x"), in: state, layout: layout), .locations(.clearPlace))
    }

    func testHelpListsThePlaceKeys() throws {
        var state = seedState()
        Fixture.drive(&state, .help(.toggle))
        let help = Fixture.render(state, 120, 40).text()
        XCTAssertTrue(help.contains("Wohnort eingeben"), "o in the help of the locations pane")
        var typing = seedState()
        Fixture.drive(&typing, .locations(.beginPlace))
        let groups = KeyMap.groups(for: typing)
        XCTAssertEqual(groups.map(\.title), [HelpText.helpSectionPlace])
    }
}

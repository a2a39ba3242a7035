import XCTest
@testable import IQCore
@testable import IQTUI

/// The locations pane's mouse and keys.
final class LocationsScreenInputTests: XCTestCase, LocationsScreenTesting {
    private func click(_ point: Point, _ state: AppState, _ layout: ScreenLayout) -> Action? {
        KeyMap.action(for: .mouse(MouseEvent(.press, x: point.x, y: point.y)), in: state, layout: layout)
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

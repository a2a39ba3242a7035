import XCTest
@testable import IQCore
@testable import IQTUI

final class KeyMapTests: XCTestCase {
    let layout = ScreenLayout(size: Size(width: 80, height: 24), zoomed: nil)

    func action(_ key: Key, _ state: AppState) -> Action? {
        KeyMap.action(for: key, in: state, layout: layout)
    }

    func testMouseLabelsComeFromTheTextTables() {
        XCTAssertEqual(KeyMap.mouseGroups(Fixture.state(.de)).flatMap(\.bindings).map(\.label), ["Klick", "Rad"])
        XCTAssertEqual(KeyMap.mouseGroups(Fixture.state(.en)).flatMap(\.bindings).map(\.label), ["Click", "Wheel"])
    }

    /// A printable key in a form goes straight to the focused field without looking at the form's
    /// bindings (the paste path); that is only right while no form binding is a character.
    func testNoFormBindingIsAPrintableCharacter() {
        let forms: [Action] = [.directory(.newPartner), .directory(.openFilter), .cases(.newCase), .budgets(.new)]
        var seen = 0
        for open in forms {
            var state = Fixture.state()
            if case .budgets = open { Fixture.drive(&state, .navigation(.focus(.budgets))) }
            Fixture.drive(&state, open)
            guard let count = state.form?.fields.count else { return XCTFail("\(open) opens no form") }
            for _ in 0..<count {
                XCTAssertEqual(state.inputMode, .form)
                let keys = KeyMap.groups(for: state).flatMap(\.bindings).flatMap(\.keys)
                XCTAssertFalse(keys.contains { if case .char = $0 { true } else { false } }, "\(open), field \(state.form?.focus ?? -1)")
                seen += 1
                Fixture.drive(&state, .form(.focusNext))
            }
        }
        XCTAssertGreaterThan(seen, 40)
    }

    func testNavigationKeys() {
        let s = Fixture.state()
        XCTAssertEqual(action(.tab, s), .navigation(.focusNext))
        XCTAssertEqual(action(.backTab, s), .navigation(.focusPrevious))
        XCTAssertEqual(action(.char("1"), s), .navigation(.focus(.partners)))
        XCTAssertEqual(action(.char("2"), s), .navigation(.focus(.locations)))
        XCTAssertEqual(action(.char("3"), s), .navigation(.focus(.cases)))
        XCTAssertEqual(action(.char("4"), s), .navigation(.focus(.budgets)))
        XCTAssertEqual(action(.up, s), .navigation(.move(.up)))
        XCTAssertEqual(action(.char("k"), s), .navigation(.move(.up)))
        XCTAssertEqual(action(.down, s), .navigation(.move(.down)))
        XCTAssertEqual(action(.char("j"), s), .navigation(.move(.down)))
        XCTAssertEqual(action(.pageUp, s), .navigation(.move(.by(-layout.listPage))), "a page of the layout's rows")
        XCTAssertEqual(action(.pageDown, s), .navigation(.move(.by(layout.listPage))))
        XCTAssertEqual(action(.home, s), .navigation(.move(.home)))
        XCTAssertEqual(action(.end, s), .navigation(.move(.end)))
        XCTAssertEqual(action(.enter, s), .navigation(.open))
        XCTAssertEqual(action(.escape, s), .navigation(.back))
        XCTAssertEqual(action(.char("?"), s), .help(.toggle))
        XCTAssertEqual(action(.function(1), s), .help(.toggle))
        XCTAssertEqual(action(.char("q"), s), .session(.requestQuit))
        XCTAssertEqual(action(.function(10), s), .session(.requestQuit))
        XCTAssertEqual(action(.ctrl("l"), s), .session(.redraw))
        XCTAssertEqual(action(.char("/"), s), .filter(.begin))
        XCTAssertNil(action(.char("x"), s), "an unbound key does nothing")
    }

    func testTextEntryTakesPrintableKeys() {
        var s = Fixture.state()
        Fixture.drive(&s, .filter(.begin))
        XCTAssertEqual(s.inputMode, .textEntry)
        XCTAssertEqual(action(.char("q"), s), .filter(.edit(.insert("q"))), "q types, it does not quit")
        XCTAssertEqual(action(.char("1"), s), .filter(.edit(.insert("1"))))
        XCTAssertEqual(action(.char("ä"), s), .filter(.edit(.insert("ä"))))
        XCTAssertEqual(action(.backspace, s), .filter(.edit(.backspace)))
        XCTAssertEqual(action(.ctrl("w"), s), .filter(.edit(.deleteWordBackward)))
        XCTAssertEqual(action(.enter, s), .filter(.accept))
        XCTAssertEqual(action(.escape, s), .filter(.cancel))
        XCTAssertEqual(action(.down, s), .navigation(.move(.down)), "arrows still move the list")
        XCTAssertEqual(action(.function(10), s), .session(.requestQuit), "F10 quits from anywhere")
    }

    func testHelpAndConfirmModes() {
        var s = Fixture.state()
        Fixture.drive(&s, .help(.toggle))
        XCTAssertEqual(action(.escape, s), .help(.close))
        XCTAssertEqual(action(.char("?"), s), .help(.close))
        guard case .help(.scroll(1, _))? = action(.char("j"), s) else { return XCTFail("j scrolls the help") }
        XCTAssertNil(action(.char("1"), s), "pane keys do not act behind the help")

        var d = Fixture.state()
        d.hasUnsavedChanges = true
        Fixture.drive(&d, .session(.requestQuit))
        // j and y no longer mean "yes": they type into the dialog, which says how to answer.
        XCTAssertEqual(action(.char("j"), d), .dialog(.type("j")))
        XCTAssertEqual(action(.char("y"), d), .dialog(.type("y")))
        XCTAssertEqual(action(.enter, d), .dialog(.press))
        XCTAssertEqual(action(.right, d), .dialog(.move(1)))
        XCTAssertEqual(action(.tab, d), .dialog(.move(1)))
        XCTAssertEqual(action(.left, d), .dialog(.move(-1)))
        XCTAssertEqual(action(.char("n"), d), .dialog(.cancel))
        XCTAssertEqual(action(.escape, d), .dialog(.cancel))
        XCTAssertNil(action(.down, d), "moving down answers nothing")
    }

    func testDetailEscGoesBack() {
        var s = Fixture.state()
        Fixture.drive(&s, .navigation(.focus(.locations)), .navigation(.open))
        XCTAssertEqual(action(.escape, s), .navigation(.back))
        XCTAssertEqual(action(.backspace, s), .navigation(.back))
        var p = Fixture.state()
        Fixture.drive(&p, .navigation(.open))
        XCTAssertEqual(action(.escape, p), .navigation(.back), "Esc closes the partner detail")
        XCTAssertEqual(action(.backspace, p), .directory(.walkBack), "Backspace walks back through the network")
        XCTAssertEqual(action(.enter, p), .navigation(.open), "Enter follows the selected relation")
    }

    func testMouse() {
        let s = Fixture.state()
        let sites = layout.listRows(of: .locations)!
        let click = Key.mouse(MouseEvent(.press, x: sites.x + 3, y: sites.y + 1))
        XCTAssertEqual(action(click, s), .navigation(.select(.locations, row: 1)))
        let cases = layout.panes[.cases]!
        XCTAssertEqual(action(.mouse(MouseEvent(.press, x: cases.x + 5, y: cases.y + 3)), s), .navigation(.focus(.cases)))
        let partners = layout.listRows(of: .partners)!
        XCTAssertEqual(action(.mouse(MouseEvent(.press, x: partners.x, y: partners.y)), s), .navigation(.open),
                       "a click on the selected row of the focused pane opens it")
        XCTAssertEqual(action(.mouse(MouseEvent(.wheelDown, x: sites.x, y: sites.y)), s), .navigation(.scroll(.locations, by: 3)))
        XCTAssertEqual(action(.mouse(MouseEvent(.wheelUp, x: sites.x, y: sites.y)), s), .navigation(.scroll(.locations, by: -3)))
        XCTAssertEqual(action(.mouse(MouseEvent(.press, x: sites.x, y: sites.y + 5)), s), .navigation(.focus(.locations)),
                       "a click below the last row only focuses")
        XCTAssertNil(action(.mouse(MouseEvent(.press, x: 5, y: 23)), s), "the status bar is not a pane")
    }

    func testHelpListsEveryBindingOfTheContext() {
        var s = Fixture.state()
        Fixture.drive(&s, .help(.toggle))
        let text = Fixture.render(s, 120, 40).text()
        var underlying = s
        underlying.overlay = nil
        for group in KeyMap.groups(for: underlying) {
            for binding in group.bindings {
                XCTAssertTrue(text.contains(binding.description.text(.de)), "help lacks \(binding.description)")
            }
        }
    }

    func testScrollKeysCarryHowFarTheLastFrameCouldScroll() {
        var s = Fixture.state()
        Fixture.drive(&s, .navigation(.focus(.locations)), .navigation(.open))
        let view = ViewState(scrollEnd: 17)
        XCTAssertEqual(KeyMap.action(for: .pageDown, in: s, layout: layout, view: view), .navigation(.scrollDetail(by: 10, limit: 17)))
        XCTAssertEqual(KeyMap.action(for: .pageUp, in: s, layout: layout, view: view), .navigation(.scrollDetail(by: -10, limit: 17)))
        XCTAssertEqual(action(.pageDown, s), .navigation(.scrollDetail(by: 10, limit: .max)), "no frame yet: the end is unknown")
        var statistics = Fixture.state()
        Fixture.drive(&statistics, .navigation(.focus(.budgets)), .budgets(.cycleView(-1)))
        XCTAssertEqual(KeyMap.action(for: .end, in: statistics, layout: layout, view: view), .navigation(.scrollDetail(by: 17, limit: 17)))
        XCTAssertEqual(KeyMap.action(for: .home, in: statistics, layout: layout, view: view), .navigation(.scrollDetail(by: -17, limit: 17)))
        XCTAssertEqual(KeyMap.action(for: .down, in: statistics, layout: layout, view: view), .navigation(.scrollDetail(by: 1, limit: 17)))
    }

    /// Home/End (g/G) go to the top and the bottom in every open entry that scrolls, as PgUp/PgDn
    /// page there: the open case, the open site, the open measure; the open partner moves its
    /// relation cursor to the first and last relation.
    func testHomeAndEndReachTheEndsOfEveryOpenEntry() {
        let view = ViewState(scrollEnd: 17)
        let opened: [[Action]] = [
            [.navigation(.focus(.cases)), .navigation(.open)],
            [.navigation(.focus(.locations)), .navigation(.open)],
            [.navigation(.focus(.budgets)), .navigation(.open)],
        ]
        for actions in opened {
            var s = Fixture.state()
            s.document.cases = RecordTable([CaseScreenTests.olena])
            Fixture.drive(&s, actions)
            XCTAssertTrue(s[s.focus].isDetailOpen, "\(actions)")
            for key in [Key.home, .char("g")] {
                XCTAssertEqual(KeyMap.action(for: key, in: s, layout: layout, view: view), .navigation(.scrollDetail(by: -17, limit: 17)), "\(actions) \(key)")
            }
            for key in [Key.end, .char("G")] {
                XCTAssertEqual(KeyMap.action(for: key, in: s, layout: layout, view: view), .navigation(.scrollDetail(by: 17, limit: 17)), "\(actions) \(key)")
            }
        }
        var partner = Fixture.state()
        Fixture.drive(&partner, .navigation(.focus(.partners)), .navigation(.open))
        XCTAssertEqual(action(.home, partner), .navigation(.move(.home)))
        XCTAssertEqual(action(.end, partner), .navigation(.move(.end)))
        var help = Fixture.state()
        Fixture.drive(&help, .help(.toggle))
        // The help measures its own end: End scrolls all of it, Home all of it back.
        guard case .help(.scroll(let by, let end))? = action(.end, help), case .help(.scroll(let back, _))? = action(.home, help) else {
            return XCTFail("Home/End do not scroll the help")
        }
        XCTAssertEqual(by, end)
        XCTAssertEqual(back, -end)
    }

    /// Space folds a relation group in the open partner (it pages elsewhere): the status bar says so.
    func testTheOpenPartnersStatusBarSaysWhatSpaceDoes() {
        var partner = Fixture.state()
        Fixture.drive(&partner, .navigation(.focus(.partners)), .navigation(.open))
        let hint = StatusBar.hint(partner, width: 200)
        XCTAssertTrue(hint.contains("Space:Auf/zu"), hint)
        XCTAssertTrue(StatusBar.hint(partner, width: 70).contains("Space:Auf/zu"), "kept at 80 columns too")
        XCTAssertEqual(action(.char(" "), partner), .directory(.toggleRelationGroup))
    }

    func testFocusedPaneDeterminesPageSize() {
        let zoomed = ScreenLayout(size: Size(width: 80, height: 24), zoomed: .partners)
        XCTAssertEqual(zoomed.listPage, 24 - 1 - 2 - 1)
        XCTAssertEqual(layout.listPage, 11 - 2 - 1)
    }
}

import XCTest
@testable import IQCore
@testable import IQTUI

/// The status bar names the mode and the focused pane's most used keys, taken from the key map,
/// fitted to the width without cutting a hint; messages never cut a path in the middle.
final class StatusBarTests: XCTestCase {
    let layout = ScreenLayout(size: Size(width: 80, height: 24), zoomed: nil)

    func lastLine(_ state: AppState, _ width: Int = 80, _ height: Int = 24) -> String {
        Fixture.render(state, width, height).text().components(separatedBy: "\n")[height - 1]
    }

    func focused(_ pane: Pane, _ language: Language = .de) -> AppState {
        var s = Fixture.state(language)
        Fixture.drive(&s, .navigation(.focus(pane)))
        return s
    }

    /// While a database connection is lost the right end says so, beside the unsaved mark.
    func testALostDatabaseConnectionIsMarked() {
        for (language, word) in [(Language.de, "keine Verbindung"), (.en, "offline")] {
            var state = Fixture.state(language)
            XCTAssertFalse(lastLine(state).contains(word))
            state.store.watchLost = true
            XCTAssertTrue(lastLine(state).contains(word), lastLine(state))
        }
    }

    func testEachPaneNamesItsOwnKeys() {
        XCTAssertEqual(StatusBar.hint(focused(.cases), width: 200),
                       "n:Neu  e:Bearbeiten  w:Schritt  a:Termin  r:Verweis  /:Suche  f:Filter  Enter:Öffnen  ?:Hilfe  ::Befehle  Tab:Bereich  q:Beenden")
        XCTAssertEqual(StatusBar.hint(focused(.partners), width: 200),
                       "n:Neu  e:Bearbeiten  /:Suche  f:Filter  t:Baum  Enter:Öffnen  d:Löschen  ?:Hilfe  ::Befehle  Tab:Bereich  q:Beenden")
        XCTAssertEqual(StatusBar.hint(focused(.locations, .en), width: 200),
                       "/:Search  o:Place  v:Service  Enter:Operator  i:Open  ?:Help  ::Commands  Tab:Pane  q:Quit")
        XCTAssertTrue(StatusBar.hint(focused(.budgets), width: 200).hasPrefix("v:Ansicht  y:Jahr  n:Neu  e:Bearbeiten  b:Zahlung"))
        var detail = focused(.partners)
        Fixture.drive(&detail, .navigation(.open))
        XCTAssertTrue(StatusBar.hint(detail, width: 200).hasPrefix("Enter:Folgen  Space:Auf/zu  Esc:Schließen  Backspace:Zurück  ↑↓:Beziehung"),
                      StatusBar.hint(detail, width: 200))
    }

    /// Every key a hint names does what the hint says: pressed, it gives the hinted action.
    func testHintsCannotDriftFromTheKeyMap() {
        var states = Pane.allCases.map { focused($0) }
        var detail = focused(.partners)
        Fixture.drive(&detail, .navigation(.open))
        states.append(detail)
        var form = focused(.cases)
        Fixture.drive(&form, .cases(.newCase))
        states.append(form)
        var search = focused(.partners)
        Fixture.drive(&search, .filter(.begin))
        states.append(search)
        var help = Fixture.state()
        Fixture.drive(&help, .help(.toggle))
        states.append(help)
        var palette = Fixture.state()
        Fixture.drive(&palette, .palette(.open))
        states.append(palette)
        for state in states {
            let paging = state.inputMode == .help ? HelpOverlay.paging(state, height: 24) : Paging(layout: layout, view: ViewState())
            let hints = StatusHints.line(state, paging: paging).hints
            XCTAssertFalse(hints.isEmpty, "\(state.inputMode) \(state.focus)")
            for hint in hints {
                for (key, action) in hint.keys {
                    XCTAssertEqual(KeyMap.action(for: key, in: state, layout: layout), action, "\(hint.text) in \(state.inputMode) \(state.focus)")
                }
            }
        }
    }

    func testModeIsNamedInFormsFiltersDialogsAndHelp() {
        var form = focused(.cases)
        Fixture.drive(&form, .cases(.newCase))
        XCTAssertTrue(StatusBar.hint(form, width: 200).hasPrefix("Formular │ Strg-S:Speichern  Esc:Abbrechen  Tab:Feld"), StatusBar.hint(form, width: 200))
        var formEN = focused(.cases, .en)
        Fixture.drive(&formEN, .cases(.newCase))
        XCTAssertTrue(StatusBar.hint(formEN, width: 200).hasPrefix("Form │ Ctrl-S:Save  Esc:Cancel  Tab:Field"), StatusBar.hint(formEN, width: 200))
        var filter = focused(.partners)
        Fixture.drive(&filter, .directory(.openFilter))
        XCTAssertTrue(StatusBar.hint(filter, width: 200).hasPrefix("Filter │ Strg-S:Anwenden"), StatusBar.hint(filter, width: 200))
        var search = focused(.partners)
        Fixture.drive(&search, .filter(.begin))
        XCTAssertEqual(StatusBar.hint(search, width: 200), "Suche │ Enter:Übernehmen  Esc:Verwerfen  ↑↓:Wählen")
        var help = Fixture.state()
        Fixture.drive(&help, .help(.toggle))
        XCTAssertEqual(StatusBar.hint(help, width: 200), "Hilfe │ Esc:Schließen  PgUp/PgDn:Blättern  Home/End:Anfang/Ende")
        var quit = Fixture.state()
        quit.hasUnsavedChanges = true
        Fixture.drive(&quit, .session(.requestQuit))
        XCTAssertTrue(StatusBar.hint(quit, width: 200).hasPrefix("Dialog │ "))
        XCTAssertTrue(lastLine(quit).contains("Dialog │ "))
        var asciiForm = Fixture.state(ascii: true)
        Fixture.drive(&asciiForm, .navigation(.focus(.cases)), .cases(.newCase))
        XCTAssertTrue(lastLine(asciiForm).contains("Formular | Strg-S"), lastLine(asciiForm))
    }

    /// At 80 columns the least important hints go first, and no hint is cut in half.
    func testNarrowLineDropsWholeHintsLeastImportantFirst() {
        let full = StatusHints.line(focused(.cases)).hints.map(\.text)
        let line = lastLine(focused(.cases))
        XCTAssertTrue(line.hasPrefix(" iq-tui  n:Neu  e:Bearbeiten  w:Schritt  a:Termin  r:Verweis  /:Suche"), line)
        XCTAssertTrue(line.contains("?:Hilfe"), "help stays longest: \(line)")
        XCTAssertFalse(line.contains("q:Beenden"), "quit goes first: \(line)")
        let shown = line.dropFirst(" iq-tui  ".count).components(separatedBy: "  ").filter { !$0.isEmpty }
        for hint in shown { XCTAssertTrue(full.contains(hint.trimmingCharacters(in: .whitespaces)), "cut hint '\(hint)' in \(line)") }
        for width in 0...120 {
            let text = StatusHints.fit(focused(.cases), width: width)
            XCTAssertLessThanOrEqual(TextWidth.of(text), width)
            for hint in text.components(separatedBy: "  ") where !hint.isEmpty { XCTAssertTrue(full.contains(hint), "\(width): \(hint)") }
        }
    }

    /// Refused keys (workshop mode) are not offered.
    func testWorkshopModeOffersNoRefusedKey() {
        let hints = StatusHints.line(WorkshopScreenTests.state()).hints.map(\.text)
        XCTAssertTrue(hints.contains("/:Suche"), "\(hints)")
        XCTAssertFalse(hints.contains("n:Neu") || hints.contains("e:Bearbeiten") || hints.contains("d:Löschen"), "\(hints)")
    }

    func testStrgInGermanCtrlInEnglish() {
        var de = Fixture.state()
        Fixture.drive(&de, .help(.toggle))
        let help = Fixture.render(de, 120, 40).text()
        XCTAssertTrue(help.contains("Strg-S"), help)
        XCTAssertFalse(help.contains("Ctrl"), help)
        var en = Fixture.state(.en)
        Fixture.drive(&en, .help(.toggle))
        XCTAssertTrue(Fixture.render(en, 120, 40).text().contains("Ctrl-S"))
        var palette = Fixture.state()
        Fixture.drive(&palette, .palette(.open))
        let shown = Fixture.render(palette, 120, 40).text()
        XCTAssertFalse(shown.contains("Ctrl"), shown)
    }

    func testStartMessageNeverCutsAPath() {
        var s = Fixture.state()
        let path = "/home/beraterin.mustermann/.local/share/iq-tui/iq-tui.plist"
        s.store.file = SnapshotFile(path: path)
        s.status = StatusMessage(StoreText.statusCreated(path))
        let line = lastLine(s)
        // At 80×24 the words, the file's name and the help key fit together.
        XCTAssertTrue(line.contains("Neue Datendatei mit Netzwerkdaten angelegt: …/iq-tui.plist"), line)
        XCTAssertTrue(line.hasSuffix("?:Hilfe"), line)
        var en = s
        en.language = .en
        XCTAssertTrue(lastLine(en).contains("…/iq-tui.plist") && lastLine(en).hasSuffix("?:Help"), lastLine(en))
        let wide = lastLine(s, 200, 24)
        XCTAssertTrue(wide.hasPrefix(" iq-tui  Neue Datendatei mit Netzwerkdaten angelegt: " + path + "  "), wide)
        XCTAssertTrue(wide.hasSuffix("?:Hilfe"), "with room, the keys stay beside the message: \(wide)")
        XCTAssertEqual(StatusBar.fitting("Gespeichert: /a/b/c.plist", path: "/a/b/c.plist", width: 10), "…/c.plist")
        var ascii = Fixture.state(ascii: true)
        ascii.store.file = SnapshotFile(path: path)
        ascii.status = StatusMessage(StoreText.statusCreated(path))
        let asciiLine = lastLine(ascii)
        XCTAssertTrue(asciiLine.contains("angelegt: .../iq-tui.plist"), "ASCII terminals get three dots: \(asciiLine)")
    }

    /// A message (a save, the start, autosave) stands beside the mode and the most important
    /// keys, not over them: in a form the mode stays pinned left and Strg-S / Esc stay visible.
    func testAMessageKeepsTheModeAndTheKeysInView() {
        var form = focused(.cases)
        Fixture.drive(&form, .cases(.newCase))
        form.status = StatusMessage(StoreText.statusSaved("12:00"))
        let line = lastLine(form)
        XCTAssertTrue(line.hasPrefix(" iq-tui  Formular │ Gespeichert 12:00."), line)
        XCTAssertTrue(line.contains("Strg-S:Speichern  Esc:Abbrechen"), line)
        var filter = focused(.cases, .en)
        Fixture.drive(&filter, .cases(.openFilter))
        filter.status = StatusMessage(StoreText.statusSaved("12:00"))
        XCTAssertTrue(lastLine(filter).contains("Filter │ Saved 12:00."), lastLine(filter))
        XCTAssertTrue(lastLine(filter).contains("Ctrl-S:Apply"), lastLine(filter))
        var list = focused(.cases)
        list.status = StatusMessage(StoreText.statusSaved("12:00"))
        let listLine = lastLine(list)
        XCTAssertTrue(listLine.contains("Gespeichert 12:00.") && listLine.contains("n:Neu") && listLine.hasSuffix("?:Hilfe"), listLine)
        var dialog = focused(.cases)
        dialog.hasUnsavedChanges = true
        Fixture.drive(&dialog, .session(.requestQuit))
        dialog.status = StatusMessage(StoreText.statusSaved("12:00"))
        let dialogLine = lastLine(dialog, 120)
        XCTAssertTrue(dialogLine.contains("Dialog │ Gespeichert 12:00.") && dialogLine.contains("Enter"), dialogLine)
    }

    /// The help pages with PgUp/PgDn and Space, Home/End, by its own height.
    func testHelpPages() {
        let small = ScreenLayout(size: Size(width: 60, height: 16), zoomed: nil)
        var s = Fixture.state()
        Fixture.drive(&s, .help(.toggle))
        func press(_ key: Key) {
            guard let action = KeyMap.action(for: key, in: s, layout: small) else { return XCTFail("\(key) unbound in the help") }
            Fixture.drive(&s, action)
        }
        let paging = HelpOverlay.paging(s, height: 16)
        XCTAssertGreaterThan(paging.scrollEnd, paging.rows, "the help is more than two pages at 60×16")
        press(.pageDown)
        XCTAssertEqual(s.helpScroll, paging.rows)
        press(.char(" "))
        XCTAssertEqual(s.helpScroll, min(2 * paging.rows, paging.scrollEnd))
        press(.end)
        XCTAssertEqual(s.helpScroll, paging.scrollEnd)
        XCTAssertTrue(Fixture.render(s, 60, 16).text().contains("Maus"), "the last section is shown")
        press(.pageDown)
        XCTAssertEqual(s.helpScroll, paging.scrollEnd, "no further than the end")
        press(.pageUp)
        XCTAssertEqual(s.helpScroll, paging.scrollEnd - paging.rows, "PgUp after End moves at once")
        press(.home)
        XCTAssertEqual(s.helpScroll, 0)
        XCTAssertTrue(Fixture.render(s, 60, 16).text().contains("PgUp PgDn"), "the footer names the paging keys")
    }

    func testStartScreenSaysWhatTheProgramIsAndWhereToBegin() {
        let screen = Fixture.render(Fixture.state(), 80, 24).text()
        XCTAssertTrue(screen.contains("iq-tui: Partner, Standorte,"), screen)
        XCTAssertTrue(screen.contains("Hier beginnen: 3"), screen)
    }
}

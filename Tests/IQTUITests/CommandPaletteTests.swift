import XCTest
@testable import IQCore
@testable import IQTUI

/// The command palette: its commands built from the key map, their ranking, its keys and its screen.
final class CommandPaletteTests: XCTestCase {
    let layout = ScreenLayout(size: Size(width: 80, height: 24), zoomed: nil)

    /// Keys as the runtime handles them: through the key map into the reducer.
    func press(_ state: inout AppState, _ keys: Key...) {
        for key in keys {
            guard let action = KeyMap.action(for: key, in: state, layout: layout) else { continue }
            Fixture.drive(&state, action)
        }
    }

    func type(_ state: inout AppState, _ text: String) {
        for ch in text { press(&state, .char(ch)) }
    }

    func command(_ commands: [PaletteCommand], _ context: String, _ description: String) -> PaletteCommand? {
        commands.first { $0.context == context && $0.description == description }
    }

    func testEveryPaneHasItsCommands() {
        let commands = CommandPalette.commands(Fixture.state())
        let newCase = command(commands, "Fälle", "Neuer Fall")
        XCTAssertEqual(newCase?.keys, "n")
        XCTAssertEqual(newCase?.run, .palette(.run(.cases(.newCase), focus: .cases)))
        XCTAssertEqual(command(commands, "Partner", "Neuer Partner")?.keys, "n")
        XCTAssertEqual(command(commands, "Partner", "Partner löschen (fragt; u macht es rückgängig)")?.keys, "d / Del")
        XCTAssertEqual(command(commands, "Standorte", "Wohnort eingeben: Liste nach Entfernung")?.action, .locations(.beginPlace))
        XCTAssertEqual(command(commands, "Budgets · Maßnahmen", "Neue Maßnahme / Zahlung")?.action, .budgets(.new))
        XCTAssertEqual(command(commands, "Budgets · Maßnahmen", "Zahlung zur Maßnahme buchen")?.keys, "b")
        XCTAssertEqual(command(commands, "Fälle", "Liste filtern (ohne Groß-/Kleinschreibung und Akzente)")?.action, .filter(.begin))
        // The keys of every pane, once, with no pane to focus first.
        XCTAssertEqual(command(commands, "Überall", "Speichern")?.keys, "Strg-S")
        XCTAssertEqual(command(commands, "Überall", "Rückgängig")?.keys, "u / Strg-Z")
        XCTAssertEqual(command(commands, "Überall", "Wiederherstellen")?.keys, "Strg-R / Strg-Y")
        XCTAssertEqual(command(commands, "Überall", "Hilfe ein / aus")?.keys, "? / F1")
        XCTAssertEqual(command(commands, "Überall", "Beenden (fragt bei ungespeicherten Änderungen)")?.keys, "q / F10")
        XCTAssertEqual(command(commands, "Überall", "Bereich vergrößern / alle zeigen")?.run, .palette(.run(.navigation(.toggleZoom), focus: nil)))
        // The four pane jumps share one help line; here each names its pane.
        XCTAssertEqual(command(commands, "Überall", "Zum Bereich Fälle")?.keys, "3")
        XCTAssertEqual(command(commands, "Überall", "Zum Bereich Budgets")?.action, .navigation(.focus(.budgets)))
    }

    func testLeavesOutMovementMouseAndItself() {
        let commands = CommandPalette.commands(Fixture.state())
        for command in commands {
            switch command.action {
            case .navigation(.move), .navigation(.scroll), .navigation(.scrollDetail), .navigation(.focusNext),
                 .navigation(.focusPrevious), .navigation(.select), .palette:
                XCTFail("\(command.description) is movement or the palette")
            default: break
            }
            XCTAssertFalse(command.keys.isEmpty, "\(command.description) has no key (help or mouse only)")
        }
        let pairs = commands.map { "\($0.context)|\($0.description)" }
        XCTAssertEqual(pairs.count, Set(pairs).count, "no command twice")
        XCTAssertEqual(commands.filter { $0.action == .store(.save) }.count, 1)
        XCTAssertEqual(commands.filter { $0.action == .help(.toggle) }.count, 1)
    }

    func testFocusedPaneComesFirst() {
        var s = Fixture.state()
        XCTAssertEqual(CommandPalette.commands(s).first?.context, "Partner")
        Fixture.drive(&s, .navigation(.focus(.cases)))
        let commands = CommandPalette.commands(s)
        XCTAssertEqual(commands.first?.context, "Fälle")
        XCTAssertEqual(commands.first { $0.context != "Fälle" }?.context, "Überall", "then the keys of every pane")
        XCTAssertEqual(command(commands, "Fälle", "Neuer Fall")?.pane, .cases)
    }

    func testCommandsFollowEachPanesContext() {
        var s = Fixture.state()
        // The budget statistics view has no records to create: its commands are the views and years.
        Fixture.drive(&s, .navigation(.focus(.budgets)), .budgets(.cycleView(-1)), .navigation(.focus(.partners)))
        XCTAssertEqual(s.budgets.view, .statistics)
        var commands = CommandPalette.commands(s)
        XCTAssertNil(commands.first { $0.action == .budgets(.new) })
        XCTAssertNotNil(command(commands, "Budgets · Statistik", "Ansicht: Maßnahmen, Zahlungen, Träger, Statistik"))
        // In an open partner Enter follows a relation.
        Fixture.drive(&s, .navigation(.open))
        commands = CommandPalette.commands(s)
        XCTAssertEqual(command(commands, "Partner", "Beziehung folgen, Gruppe auf-/zuklappen")?.keys, "Enter")
        XCTAssertEqual(command(commands, "Partner", "Zurück auf dem Weg durchs Netzwerk")?.action, .directory(.walkBack))
        XCTAssertNil(command(commands, "Partner", "Eintrag öffnen"))
    }

    func testWorkshopModeListsOnlyWhatWorksThere() {
        var s = AppState(document: WorkshopMode.document)
        s.isWorkshop = true
        let commands = CommandPalette.commands(s)
        XCTAssertFalse(commands.isEmpty)
        for command in commands {
            XCTAssertNil(WorkshopMode.refusal(command.action), "\(command.description) is refused in workshop mode")
            if let pane = command.pane { XCTAssertTrue(WorkshopMode.panes.contains(pane)) }
        }
        XCTAssertNotNil(commands.first { $0.action == .locations(.beginPlace) })
    }

    func testEnglishCommands() {
        let commands = CommandPalette.commands(Fixture.state(.en))
        XCTAssertNotNil(commands.first { $0.context == "Cases" && $0.keys == "n" && $0.action == .cases(.newCase) })
        XCTAssertEqual(CommandPalette.rank(commands, query: "undo").first?.action, .document(.undo))
        XCTAssertEqual(CommandPalette.rank(commands, query: "new case").first?.action, .cases(.newCase))
        XCTAssertEqual(CommandPalette.rank(commands, query: "go cases").first?.action, .navigation(.focus(.cases)))
    }

    func testRanking() {
        let commands = CommandPalette.commands(Fixture.state())
        let top = { (query: String) in CommandPalette.rank(commands, query: query).first.map { "\($0.context): \($0.description)" } }
        XCTAssertEqual(top("neuer fall"), "Fälle: Neuer Fall")
        XCTAssertEqual(top("fälle neu"), "Fälle: Neuer Fall")
        XCTAssertEqual(top("faelle neu"), "Fälle: Neuer Fall")
        XCTAssertEqual(top("partner loschen"), "Partner: Partner löschen (fragt; u macht es rückgängig)")
        XCTAssertEqual(top("ruckgangig"), "Überall: Rückgängig")
        XCTAssertEqual(top("ctrl-s"), "Überall: Speichern", "the keys are searched")
        XCTAssertEqual(top("strg-s"), "Überall: Speichern", "as they are shown, too")
        XCTAssertEqual(top("zahlung"), "Budgets · Maßnahmen: Zahlung zur Maßnahme buchen", "the description that starts with it")
        XCTAssertEqual(top("beenden"), "Überall: Beenden (fragt bei ungespeicherten Änderungen)", "before the shorter 'Zurück, … Zoom beenden'")
        XCTAssertEqual(top("massnahme"), "Budgets · Maßnahmen: Maßnahme / Zahlung entfernen")
        XCTAssertEqual(CommandPalette.rank(commands, query: "").count, commands.count, "an empty query lists all")
        XCTAssertTrue(CommandPalette.rank(commands, query: "qqqxxx").isEmpty)
    }

    func testColonOpensThePaletteInListsAndEntries() {
        var s = Fixture.state()
        XCTAssertEqual(KeyMap.action(for: .char(":"), in: s, layout: layout), .palette(.open))
        Fixture.drive(&s, .navigation(.focus(.locations)), .navigation(.open))
        XCTAssertTrue(s[.locations].isDetailOpen)
        XCTAssertEqual(KeyMap.action(for: .char(":"), in: s, layout: layout), .palette(.open))
        Fixture.drive(&s, .navigation(.focus(.budgets)), .budgets(.cycleView(-1)))
        XCTAssertEqual(KeyMap.action(for: .char(":"), in: s, layout: layout), .palette(.open), "also in the statistics view")
    }

    func testColonIsTextInFiltersAndForms() {
        var s = Fixture.state()
        press(&s, .char("/"), .char(":"))
        XCTAssertNil(s.palette)
        XCTAssertEqual(s[.partners].filter.text, ":", "a colon typed in a filter is text")
        var f = Fixture.state()
        press(&f, .char("n"), .char(":"))
        XCTAssertNil(f.palette)
        XCTAssertEqual(f.form?.focusedField?.text.text, ":", "and in a form")
        var p = Fixture.state()
        Fixture.drive(&p, .navigation(.focus(.locations)), .locations(.beginPlace))
        XCTAssertEqual(KeyMap.action(for: .char(":"), in: p, layout: layout), .locations(.editPlace(.insert(":"))))
    }

    func testPaletteKeys() {
        var s = Fixture.state()
        press(&s, .char(":"))
        XCTAssertEqual(s.inputMode, .palette)
        XCTAssertEqual(KeyMap.action(for: .char("q"), in: s, layout: layout), .palette(.edit(.insert("q"))), "q types, it does not quit")
        XCTAssertEqual(KeyMap.action(for: .char("?"), in: s, layout: layout), .palette(.edit(.insert("?"))))
        XCTAssertEqual(KeyMap.action(for: .up, in: s, layout: layout), .palette(.select(0)), "the first match stays the first")
        XCTAssertEqual(KeyMap.action(for: .ctrl("u"), in: s, layout: layout), .palette(.edit(.deleteToStart)))
        press(&s, .down, .ctrl("n"), .down)
        XCTAssertEqual(s.palette?.selection, 3)
        press(&s, .ctrl("p"))
        XCTAssertEqual(s.palette?.selection, 2)
        XCTAssertEqual(KeyMap.action(for: .enter, in: s, layout: layout), CommandPalette.matches(s)[2].run)
        press(&s, .end)
        let count = CommandPalette.matches(s).count
        for _ in 0..<count + 3 { press(&s, .pageDown) }
        XCTAssertEqual(s.palette?.selection, count - 1, "the highlight stops at the last match")
        press(&s, .escape)
        XCTAssertNil(s.palette)
        XCTAssertEqual(s.inputMode, .navigation)

        press(&s, .char(":"))
        type(&s, "qqqxxx")
        XCTAssertNil(KeyMap.action(for: .enter, in: s, layout: layout), "Enter does nothing when nothing matches")
        press(&s, .ctrl("w"))
        XCTAssertEqual(s.palette?.query.text, "")
    }

    func testTheArt15ReportIsACommandOfTheCasePane() {
        let commands = CommandPalette.commands(Fixture.state())
        let report = command(commands, "Fälle", "Auskunft nach Art. 15 DSGVO in eine private Datei schreiben")
        XCTAssertEqual(report?.keys, "A")
        XCTAssertEqual(report?.run, .palette(.run(.cases(.writeReport), focus: .cases)))
        XCTAssertEqual(CommandPalette.rank(commands, query: "auskunft").first?.action, .cases(.writeReport))
        var en = Fixture.state()
        en.language = .en
        XCTAssertEqual(CommandPalette.rank(CommandPalette.commands(en), query: "art 15 report").first?.action, .cases(.writeReport))
    }

    func testRunningACommandOfAnotherPane() {
        var s = Fixture.state()
        XCTAssertEqual(s.focus, .partners)
        press(&s, .char(":"))
        type(&s, "neuer fall")
        press(&s, .enter)
        XCTAssertNil(s.palette)
        XCTAssertEqual(s.focus, .cases)
        XCTAssertEqual(s.form?.purpose, .newCase, "the case form is open, as after 3 and n")

        var z = Fixture.state()
        press(&z, .char(":"))
        type(&z, "vergroessern")
        press(&z, .enter)
        XCTAssertTrue(z.isZoomed)
        XCTAssertEqual(z.focus, .partners, "a command of every pane runs where the user is")

        var b = Fixture.state()
        press(&b, .char(":"))
        type(&b, "budgets ansicht")
        press(&b, .enter)
        XCTAssertEqual(b.focus, .budgets)
        XCTAssertEqual(b.budgets.view, .payments)
    }

    func testHelpShowsThePaletteKeys() {
        var s = Fixture.state()
        let navigationHelp = Fixture.render({ var h = s; Fixture.drive(&h, .help(.toggle)); return h }(), 120, 40).text()
        XCTAssertTrue(navigationHelp.contains(":  ") && navigationHelp.contains("Befehle: jeden Befehl suchen und ausführen"))
        press(&s, .char(":"), .function(1))
        XCTAssertEqual(s.inputMode, .help)
        let text = Fixture.render(s, 120, 40).text()
        XCTAssertTrue(text.contains("Befehl wählen"))
        XCTAssertTrue(text.contains("gewählten Befehl ausführen"))
        XCTAssertTrue(text.contains("↑ ↓ Tab / Strg-P Strg-N"), "Strg in German")
        press(&s, .escape)
        XCTAssertEqual(s.inputMode, .palette, "closing the help returns to the palette")
    }

    func testStatusBarHints() {
        var s = Fixture.state()
        XCTAssertTrue(StatusBar.hint(s, width: 200).contains("::Befehle"))
        XCTAssertTrue(StatusBar.hint(Fixture.state(.en), width: 200).contains("::Commands"))
        press(&s, .char(":"))
        XCTAssertEqual(StatusBar.hint(s, width: 200), "Befehle │ Enter:Ausführen  Esc:Schließen  ↑↓:Wählen")
    }

    func testScreen() {
        var s = Fixture.state()
        press(&s, .char(":"))
        let empty = Fixture.render(s, 80, 24)
        assertGolden(empty, "palette-de-80x24")
        XCTAssertEqual(empty.cursor, Point(x: 6, y: 3), "the cursor in the query line")
        type(&s, "neu")
        press(&s, .down)
        let canvas = Fixture.render(s, 80, 24)
        assertGolden(canvas, "palette-neu-80x24")
        // The highlighted row is the second match.
        let second = CommandPalette.matches(s)[1]
        let row = (0..<24).first { canvas.row($0).contains(second.description) }
        XCTAssertNotNil(row)
        if let row { XCTAssertEqual(canvas[10, row].role, .selection) }
        type(&s, "xyz")
        XCTAssertTrue(Fixture.render(s, 80, 24).text().contains("Kein Befehl passt zu „neuxyz“"))
        // The smallest screen still shows the query and some matches.
        let small = Fixture.render(s, 60, 16)
        XCTAssertTrue(small.text().contains(": neuxyz"))
        press(&s, .ctrl("u"))
        XCTAssertTrue(Fixture.render(s, 60, 16).text().contains("Neuer Partner"))
        var en = Fixture.state(.en)
        press(&en, .char(":"))
        type(&en, "del")
        assertGolden(Fixture.render(en, 80, 24), "palette-en-del-80x24")
    }
}

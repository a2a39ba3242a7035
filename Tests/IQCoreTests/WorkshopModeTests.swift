import Foundation
import XCTest
@testable import IQCore
import IQRandom
import IQTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `--workshop`: only the built-in network and the map, no case data ever read, nothing written.
final class WorkshopModeTests: XCTestCase {
    private func parse(_ arguments: [String]) -> Result<LaunchOptions, LaunchOptions.ParseError> {
        LaunchOptions.parse(arguments, environment: [:])
    }

    private func workshop(_ arguments: [String] = ["--workshop"], environment: [String: String] = [:]) throws -> Startup {
        // Where the data file would be does not matter: workshop mode opens none.
        Startup.make(options: try LaunchOptions.parse(arguments, environment: environment).get(), dataFile: "/x/iq-tui/iq-tui.plist", user: "trainer")
    }

    func testParsing() throws {
        let options = try parse(["--workshop"]).get()
        XCTAssertTrue(options.workshop)
        XCTAssertEqual(options.command, .run)
        XCTAssertFalse(try parse([]).get().workshop)
        XCTAssertTrue(try parse(["--workshop", "--read-only"]).get().workshop, "read-only adds nothing, but is no contradiction")
        let display = try parse(["--lang", "en", "--ascii", "--no-mouse", "--workshop"]).get()
        XCTAssertEqual([display.language == .en, display.ascii, !display.mouse, display.workshop], [true, true, true, true])
        XCTAssertEqual(parse(["--workshop=yes"]), .failure(.unknownOption("--workshop=yes")))
    }

    func testParsingRefusesWhatNeedsTheDataFile() {
        XCTAssertEqual(parse(["--workshop", "--data", "team.plist"]), .failure(.notWithWorkshop("--data")))
        XCTAssertEqual(parse(["--data=team.plist", "--workshop"]), .failure(.notWithWorkshop("--data")))
        XCTAssertEqual(parse(["--workshop", "--format", "xml"]), .failure(.notWithWorkshop("--format")))
        XCTAssertEqual(parse(["--workshop", "--autosave", "0"]), .failure(.notWithWorkshop("--autosave")))
        XCTAssertEqual(parse(["--workshop", "export", "cases"]), .failure(.notWithWorkshop("export")))
        XCTAssertEqual(parse(["check", "--workshop"]), .failure(.notWithWorkshop("check")))
        for language in Language.allCases {
            let text = LaunchOptions.ParseError.notWithWorkshop("--data").message.text(language)
            XCTAssertTrue(text.contains("--data") && text.contains("--workshop"), text)
        }
        XCTAssertTrue(CommandLineText.cliUsage.text(.de).contains("--workshop"))
        XCTAssertTrue(CommandLineText.cliUsage.text(.en).contains("--workshop"))
    }

    func testStartupHasTheNetworkWithoutCasesAndOnlyTwoPanes() throws {
        let startup = try workshop()
        XCTAssertFalse(startup.startsStore)
        XCTAssertEqual(startup.actions, [])
        let state = startup.state
        XCTAssertTrue(state.isWorkshop)
        XCTAssertNil(state.store.file, "no data file, so nothing can be read or written")
        XCTAssertEqual(state.store.phase, .detached)
        XCTAssertEqual(state.visiblePanes, [.partners, .locations])
        XCTAssertTrue(state.document.cases.isEmpty)
        XCTAssertTrue(state.document.measures.isEmpty)
        XCTAssertTrue(state.document.payments.isEmpty)
        XCTAssertEqual(state.document.partners.count, Seed.partners.count)
        XCTAssertEqual(state.document.sites.count, Seed.sites.count)
        XCTAssertTrue(state.document.partners.items.contains { !$0.relations.isEmpty }, "the network: partners with their relations")
        XCTAssertFalse(state.hasUnsavedChanges)

        // The ordinary start, for contrast: it opens the data file.
        // (Where the data file is found: DataLocationTests, in IQStoreTests.)
        let normal = Startup.make(options: LaunchOptions(), dataFile: "/x/iq-tui/iq-tui.plist", user: "anna")
        XCTAssertTrue(normal.startsStore)
        XCTAssertEqual(normal.state.store.file?.path, "/x/iq-tui/iq-tui.plist")
        XCTAssertEqual(normal.state.visiblePanes, Pane.allCases)
    }

    func testTabCyclesTheTwoPanesAndThreeAndFourSaySo() throws {
        let store = TestStore(try workshop().state)
        store.send(.navigation(.focusNext)) { $0.focus = .locations }
        store.send(.navigation(.focusNext)) { $0.focus = .partners }
        store.send(.navigation(.focusPrevious)) { $0.focus = .locations }
        for pane in [Pane.cases, .budgets] {
            store.send(.navigation(.focus(pane))) { $0.status = shown(WorkshopText.workshopOnlyNetwork, .warning) }
        }
        // Zoom works.
        store.send(.navigation(.toggleZoom)) { $0.isZoomed = true }
        // Outside workshop mode Tab still visits all four.
        let normal = TestStore(AppState(document: Document()))
        for expected in [Pane.locations, .cases, .budgets, .partners] {
            normal.send(.navigation(.focusNext)) { $0.focus = expected }
        }
        normal.send(.navigation(.focusPrevious)) { $0.focus = .budgets }
    }

    func testEditingSavingAndQuittingNeverAsk() throws {
        let store = TestStore(try workshop().state)
        store.send(.store(.save)) { $0.status = shown(WorkshopText.workshopNothingSaved, .warning) }
        // No form, no question: a word why.
        for action: Action in [.directory(.newPartner), .directory(.editPartner), .directory(.deletePartner), .document(.undo), .document(.redo)] {
            store.send(action) { $0.status = shown(WorkshopText.workshopNoEdits, .warning) }
        }
        // An edit is refused too: the document stays and nothing is unsaved (the same word why
        // is shown again).
        let renamed = Partner(id: Seed.partners[0].id, name: "Umbenannt", category: .network)
        store.send(.document(.perform(.put(.partner(renamed)), label: StoreText.labelRecovery)))
        // The partner filter form is no edit: it works.
        store.send(.directory(.openFilter)) { $0.form = PartnerForm.filterForm($0) }
        XCTAssertEqual(store.state.form?.purpose, .partnerFilter)
        store.send(.form(.cancel)) { $0.form = nil }
        // Quitting asks no question.
        store.send(.session(.requestQuit), effects: [.quit])
    }

    /// A long random run over every kind of action: no file work is ever asked for, the network
    /// never changes, no case appears and the focus stays on the two panes.
    func testNoStoreEffectsAcrossALongRandomActionSequence() throws {
        var state = try workshop().state
        let document = state.document
        var random = SeededRandom(seed: 8)
        for step in 0..<5_000 {
            let action = ActionPool.any(&random, step: step, from: fixedDate)
            // The features themselves cannot ask for file work either: the store has no file.
            var unguarded = state
            XCTAssertFalse(AppReducer.route(&unguarded, action, testEnvironment).contains(where: Self.isStoreWork), "\(action)")
            let effects = AppReducer.reduce(into: &state, action: action, environment: testEnvironment)
            XCTAssertFalse(effects.contains(where: Self.isStoreWork), "step \(step): \(action) -> \(effects)")
            XCTAssertTrue(state.visiblePanes.contains(state.focus))
            XCTAssertNil(state.store.file)
            XCTAssertFalse(state.hasUnsavedChanges)
            XCTAssertEqual(state.document, document, "step \(step): \(action)")
            if let purpose = state.form?.purpose { XCTAssertEqual(purpose, .partnerFilter, "only the filter form opens") }
        }
        XCTAssertTrue(state.document.cases.isEmpty)
    }

    static func isStoreWork(_ effect: Effect) -> Bool {
        if case .store = effect { return true }
        return false
    }
}

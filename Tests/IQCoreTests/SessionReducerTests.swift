import XCTest
@testable import IQCore
import IQTestSupport

final class SessionReducerTests: XCTestCase {

    /// A store with one unsaved edit.
    private func unsavedStore(file: StaticString = #filePath, line: UInt = #line) -> TestStore {
        let store = TestStore(Fixture.state())
        var renamed = Fixture.agentur
        renamed.name = "Agentur für Arbeit Köln (neu)"
        store.send(.document(.perform(.put(.partner(renamed)), label: CommonText.colName)), file: file, line: line) {
            $0.expectEdit(.put(.partner(renamed.stamped())), label: CommonText.colName)
        }
        return store
    }

    // MARK: Quitting

    func testRequestQuitWithoutUnsavedChangesQuits() {
        let store = TestStore(Fixture.state())
        store.send(.session(.requestQuit), effects: [.quit])
    }

    func testRequestQuitWithUnsavedChangesAsksFirst() {
        let store = unsavedStore()
        store.send(.session(.requestQuit)) { $0.overlay = .confirmQuit }
        XCTAssertEqual(store.state.inputMode, .confirm)
    }

    func testConfirmQuitQuits() {
        let store = unsavedStore()
        store.send(.session(.requestQuit)) { $0.overlay = .confirmQuit }
        store.send(.session(.confirmQuit), effects: [.quit])
    }

    func testCancelQuitClosesTheQuestionAndKeepsTheWork() {
        let store = unsavedStore()
        store.send(.session(.requestQuit)) { $0.overlay = .confirmQuit }
        // The document and its unsaved mark stay as they were.
        store.send(.session(.cancelQuit)) { $0.overlay = nil }
        XCTAssertEqual(store.state.inputMode, .navigation)
    }

    func testCancelQuitLeavesTheHelpOpen() {
        let store = TestStore(Fixture.state())
        store.send(.help(.toggle), .session(.cancelQuit)) { $0.overlay = .help }
    }

    func testRequestQuitFromTheFilterReturnsToTheFilterWhenCancelled() {
        let store = unsavedStore()
        store.send(.filter(.begin)) { $0[.partners].isFiltering = true }
        store.type("köln") { $0[.partners].filter = typedFilter("köln") }
        store.send(.session(.requestQuit)) { $0.overlay = .confirmQuit }
        XCTAssertEqual(store.state.inputMode, .confirm)
        store.send(.session(.cancelQuit)) { $0.overlay = nil }
        XCTAssertEqual(store.state.inputMode, .textEntry)
    }

    func testTerminationSignalsQuitEvenWithUnsavedChanges() {
        for signal in [TerminationSignal.hangup, .terminate, .interrupt] {
            TestStore(Fixture.state()).send(.session(.terminate(signal)), effects: [.quit])
            unsavedStore().send(.session(.terminate(signal)), effects: [.quit])
        }
    }

    func testSignalNames() {
        XCTAssertEqual(TerminationSignal.hangup.rawValue, "SIGHUP")
        XCTAssertEqual(TerminationSignal.terminate.rawValue, "SIGTERM")
        XCTAssertEqual(TerminationSignal.interrupt.rawValue, "SIGINT")
    }

    // MARK: Redraw and clock

    func testRedrawAsksForAFullRepaint() {
        TestStore(Fixture.state()).send(.session(.redraw), effects: [.redrawAll])
    }

    func testStatusMessageStaysUntilItExpiresThenDisappears() {
        let store = TestStore(Fixture.state())
        store.send(.document(.undo)) { $0.status = shown(CommonText.statusNothingToUndo, .warning) }

        store.send(.session(.tick(fixedDate.addingTimeInterval(1)))) { $0.lastTick = fixedDate.addingTimeInterval(1) }
        // Still shown just before it expires.
        store.send(.session(.tick(fixedDate.addingTimeInterval(4.9)))) { $0.lastTick = fixedDate.addingTimeInterval(4.9) }
        store.send(.session(.tick(fixedDate.addingTimeInterval(5.1)))) {
            $0.lastTick = fixedDate.addingTimeInterval(5.1)
            $0.status = nil
        }
    }

    func testStatusMessageWithoutExpiryStays() {
        var state = Fixture.state()
        state.status = StatusMessage(CommonText.statusNothingToRedo, severity: .error, expiresAt: nil)
        let store = TestStore(state)
        store.send(.session(.tick(fixedDate.addingTimeInterval(3600)))) { $0.lastTick = fixedDate.addingTimeInterval(3600) }
    }

    func testTickWithoutStatusChangesNothing() {
        // The tick only records the time.
        TestStore(Fixture.state()).send(.session(.tick(fixedDate))) { $0.lastTick = fixedDate }
    }

    // MARK: Help overlay

    func testHelpToggleOpensAndClosesTheHelp() {
        let store = TestStore(Fixture.state())
        store.send(.help(.toggle)) { $0.overlay = .help }
        XCTAssertEqual(store.state.inputMode, .help)
        store.send(.help(.toggle)) { $0.overlay = nil }
        XCTAssertEqual(store.state.inputMode, .navigation)
    }

    func testHelpCloseClosesOnlyTheHelp() {
        let store = TestStore(Fixture.state())
        store.send(.help(.toggle), .help(.close))
        // Closing a closed help is harmless.
        store.send(.help(.close))

        let asking = unsavedStore()
        // Esc in the help must not dismiss the quit question.
        asking.send(.session(.requestQuit), .help(.close)) { $0.overlay = .confirmQuit }
    }

    func testHelpScrollNeverGoesNegative() {
        let store = TestStore(Fixture.state())
        store.send(.help(.toggle), .help(.scroll(-1))) { $0.overlay = .help }
        store.send(.help(.scroll(3)), .help(.scroll(1))) { $0.helpScroll = 4 }
        store.send(.help(.scroll(-2))) { $0.helpScroll = 2 }
        store.send(.help(.scroll(-10))) { $0.helpScroll = 0 }
    }

    func testHelpPagesStopAtTheEndTheKeyMapMeasured() {
        let store = TestStore(Fixture.state())
        store.send(.help(.toggle), .help(.scroll(5, end: 3))) {
            $0.overlay = .help
            $0.helpScroll = 3
        }
        store.send(.help(.scroll(-1, end: 3))) { $0.helpScroll = 2 }
        store.send(.help(.scroll(.max, end: .max))) { $0.helpScroll = .max }
        // A request past a smaller end (the terminal grew) counts from the end.
        store.send(.help(.scroll(-1, end: 4))) { $0.helpScroll = 3 }
        store.send(.help(.scroll(-10, end: 4))) { $0.helpScroll = 0 }
    }

    func testHelpScrollResetsWhenTheHelpIsToggled() {
        let store = TestStore(Fixture.state())
        store.send(.help(.toggle), .help(.scroll(5))) {
            $0.overlay = .help
            $0.helpScroll = 5
        }
        store.send(.help(.toggle)) {
            $0.overlay = nil
            $0.helpScroll = 0
        }
        // The help opens at its top.
        store.send(.help(.toggle)) { $0.overlay = .help }
    }

    func testRequestQuitFromTheHelpWithUnsavedChangesAsks() {
        let store = unsavedStore()
        store.send(.help(.toggle)) { $0.overlay = .help }
        store.send(.session(.requestQuit)) { $0.overlay = .confirmQuit }
        XCTAssertEqual(store.state.inputMode, .confirm)
    }
}

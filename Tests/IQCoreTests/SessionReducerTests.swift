import XCTest
@testable import IQCore

final class SessionReducerTests: XCTestCase {

    /// A state with one unsaved edit.
    private func unsavedState() -> AppState {
        var state = Fixture.state()
        var renamed = Fixture.agentur
        renamed.name = "Agentur für Arbeit Köln (neu)"
        reduce(&state, .document(.perform(.put(.partner(renamed)), label: Message(.colName))))
        XCTAssertTrue(state.hasUnsavedChanges)
        return state
    }

    // MARK: Quitting

    func testRequestQuitWithoutUnsavedChangesQuits() {
        var state = Fixture.state()
        XCTAssertEqual(reduce(&state, .session(.requestQuit)), [.quit])
        XCTAssertNil(state.overlay)
    }

    func testRequestQuitWithUnsavedChangesAsksFirst() {
        var state = unsavedState()
        let effects = reduce(&state, .session(.requestQuit))
        XCTAssertEqual(effects, [])
        XCTAssertEqual(state.overlay, .confirmQuit)
        XCTAssertEqual(state.inputMode, .confirm)
    }

    func testConfirmQuitQuits() {
        var state = unsavedState()
        reduce(&state, .session(.requestQuit))
        XCTAssertEqual(reduce(&state, .session(.confirmQuit)), [.quit])
    }

    func testCancelQuitClosesTheQuestionAndKeepsTheWork() {
        var state = unsavedState()
        let document = state.document
        reduce(&state, .session(.requestQuit))
        let effects = reduce(&state, .session(.cancelQuit))
        XCTAssertEqual(effects, [])
        XCTAssertNil(state.overlay)
        XCTAssertEqual(state.inputMode, .navigation)
        XCTAssertTrue(state.hasUnsavedChanges)
        XCTAssertEqual(state.document, document)
    }

    func testCancelQuitLeavesTheHelpOpen() {
        var state = Fixture.state()
        reduce(&state, .help(.toggle), .session(.cancelQuit))
        XCTAssertEqual(state.overlay, .help)
    }

    func testRequestQuitFromTheFilterReturnsToTheFilterWhenCancelled() {
        var state = unsavedState()
        reduce(&state, .filter(.begin))
        typeText("köln", into: &state)
        reduce(&state, .session(.requestQuit))
        XCTAssertEqual(state.inputMode, .confirm)
        reduce(&state, .session(.cancelQuit))
        XCTAssertEqual(state.inputMode, .textEntry)
        XCTAssertEqual(state[.partners].filter.text, "köln")
    }

    func testTerminationSignalsQuitEvenWithUnsavedChanges() {
        for signal in [TerminationSignal.hangup, .terminate, .interrupt] {
            var clean = Fixture.state()
            XCTAssertEqual(reduce(&clean, .session(.terminate(signal))), [.quit], "\(signal)")
            var dirty = unsavedState()
            XCTAssertEqual(reduce(&dirty, .session(.terminate(signal))), [.quit], "\(signal)")
        }
    }

    func testSignalNames() {
        XCTAssertEqual(TerminationSignal.hangup.rawValue, "SIGHUP")
        XCTAssertEqual(TerminationSignal.terminate.rawValue, "SIGTERM")
        XCTAssertEqual(TerminationSignal.interrupt.rawValue, "SIGINT")
    }

    // MARK: Redraw and clock

    func testRedrawAsksForAFullRepaint() {
        var state = Fixture.state()
        let before = state
        XCTAssertEqual(reduce(&state, .session(.redraw)), [.redrawAll])
        XCTAssertEqual(state, before)
    }

    func testStatusMessageStaysUntilItExpiresThenDisappears() throws {
        var state = Fixture.state()
        reduce(&state, .document(.undo))
        let status = try XCTUnwrap(state.status)
        XCTAssertEqual(status.expiresAt, fixedDate.addingTimeInterval(5))

        reduce(&state, .session(.tick(fixedDate.addingTimeInterval(1))))
        XCTAssertNotNil(state.status)
        reduce(&state, .session(.tick(fixedDate.addingTimeInterval(4.9))))
        XCTAssertNotNil(state.status, "still shown just before it expires")
        XCTAssertEqual(state.status, status)

        let effects = reduce(&state, .session(.tick(fixedDate.addingTimeInterval(5.1))))
        XCTAssertNil(state.status)
        XCTAssertEqual(effects, [])
    }

    func testStatusMessageWithoutExpiryStays() {
        var state = Fixture.state()
        state.status = StatusMessage(Message(.statusNothingToRedo), severity: .error, expiresAt: nil)
        reduce(&state, .session(.tick(fixedDate.addingTimeInterval(3600))))
        XCTAssertEqual(state.status?.message, Message(.statusNothingToRedo))
    }

    func testTickWithoutStatusChangesNothing() {
        var state = Fixture.state()
        let before = state
        reduce(&state, .session(.tick(fixedDate)))
        XCTAssertEqual(state.lastTick, fixedDate, "the tick only records the time")
        state.lastTick = nil
        XCTAssertEqual(state, before)
    }

    // MARK: Help overlay

    func testHelpToggleOpensAndClosesTheHelp() {
        var state = Fixture.state()
        XCTAssertEqual(reduce(&state, .help(.toggle)), [])
        XCTAssertEqual(state.overlay, .help)
        XCTAssertEqual(state.inputMode, .help)
        reduce(&state, .help(.toggle))
        XCTAssertNil(state.overlay)
        XCTAssertEqual(state.inputMode, .navigation)
    }

    func testHelpCloseClosesOnlyTheHelp() {
        var state = Fixture.state()
        reduce(&state, .help(.toggle), .help(.close))
        XCTAssertNil(state.overlay)
        reduce(&state, .help(.close))
        XCTAssertNil(state.overlay, "closing a closed help is harmless")

        var asking = unsavedState()
        reduce(&asking, .session(.requestQuit), .help(.close))
        XCTAssertEqual(asking.overlay, .confirmQuit, "Esc in the help must not dismiss the quit question")
    }

    func testHelpScrollNeverGoesNegative() {
        var state = Fixture.state()
        reduce(&state, .help(.toggle), .help(.scroll(-1)))
        XCTAssertEqual(state.helpScroll, 0)
        reduce(&state, .help(.scroll(3)), .help(.scroll(1)))
        XCTAssertEqual(state.helpScroll, 4)
        reduce(&state, .help(.scroll(-2)))
        XCTAssertEqual(state.helpScroll, 2)
        reduce(&state, .help(.scroll(-10)))
        XCTAssertEqual(state.helpScroll, 0)
    }

    func testHelpScrollResetsWhenTheHelpIsToggled() {
        var state = Fixture.state()
        reduce(&state, .help(.toggle), .help(.scroll(5)))
        XCTAssertEqual(state.helpScroll, 5)
        reduce(&state, .help(.toggle))
        XCTAssertEqual(state.helpScroll, 0)
        reduce(&state, .help(.toggle))
        XCTAssertEqual(state.helpScroll, 0, "the help opens at its top")
    }

    func testRequestQuitFromTheHelpWithUnsavedChangesAsks() {
        var state = unsavedState()
        reduce(&state, .help(.toggle))
        XCTAssertEqual(reduce(&state, .session(.requestQuit)), [])
        XCTAssertEqual(state.inputMode, .confirm)
    }
}

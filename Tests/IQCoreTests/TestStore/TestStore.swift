import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// Runs actions through the app reducer and makes the test state everything they did, like
/// The Composable Architecture's TestStore:
///
///     let store = TestStore(Fixture.state())
///     store.send(.navigation(.focusNext)) { $0.focus = .locations }
///     store.send(.session(.save), effects: [.store(.save(…))]) { $0.store.phase = .saving }
///
/// A send fails the test when the state afterwards is not the state before plus the asserted
/// mutation (so a change the test did not state fails too), or when the effects are not
/// exactly `effects` (none unless given). The failure shows a line diff of the two states at
/// the file and line of the send.
final class TestStore {
    enum Exhaustivity {
        /// Every change and every effect must be asserted (the default).
        case on
        /// Only what the closure asserts is checked; effects are not. For invariant tests
        /// over long random-like sequences, where stating each step would repeat the reducer.
        case off
    }

    /// The state after the last send: for derived values (`rowCount`, `inputMode`) a test
    /// still checks by hand.
    private(set) var state: AppState
    var environment: Environment
    var exhaustivity: Exhaustivity

    init(_ state: AppState, environment: Environment = testEnvironment, exhaustivity: Exhaustivity = .on) {
        self.state = state
        self.environment = environment
        self.exhaustivity = exhaustivity
    }

    /// Sends the actions in order and checks the state and effects they produced together.
    func send(_ actions: Action..., effects: [Effect] = [], file: StaticString = #filePath, line: UInt = #line,
              _ update: (inout AppState) -> Void = { _ in }) {
        run(actions, effects: effects, file: file, line: line, update)
    }

    /// Sends actions without checking what they changed or asked for: for steps that only bring
    /// the state somewhere (filling a form field by field), whose own behaviour other tests
    /// specify. The next send starts from the result and is checked as usual.
    func drive(_ actions: [Action]) {
        for action in actions { _ = AppReducer.reduce(into: &state, action: action, environment: environment) }
    }

    /// Changes the state outside the reducer, as a fixture would: for a test that fills a
    /// form's fields directly instead of key by key. The next send starts from the result.
    func prepare(_ change: (inout AppState) -> Void) {
        change(&state)
    }

    /// Types `text` into the focused pane's filter one character at a time, like a user does,
    /// and checks what the whole typing changed.
    func type(_ text: String, effects: [Effect] = [], file: StaticString = #filePath, line: UInt = #line,
              _ update: (inout AppState) -> Void = { _ in }) {
        run(text.map { .filter(.edit(.insert(String($0)))) }, effects: effects, file: file, line: line, update)
    }

    private func run(_ actions: [Action], effects expectedEffects: [Effect], file: StaticString, line: UInt,
                     _ update: (inout AppState) -> Void) {
        let before = state
        var actualEffects: [Effect] = []
        for action in actions {
            actualEffects += AppReducer.reduce(into: &state, action: action, environment: environment)
        }
        var expected = exhaustivity == .on ? before : state
        update(&expected)
        let problems = TestStore.mismatches(
            expected: expected, actual: state,
            expectedEffects: exhaustivity == .on ? expectedEffects : nil, actualEffects: actualEffects)
        let sent = actions.count == 1 ? "\(actions[0])" : "\(actions.count) actions"
        for problem in problems { XCTFail("send(\(sent)): \(problem)", file: file, line: line) }
    }

    /// What a send got wrong: the state the test expected against the one the reducer made,
    /// and the effects (nil: not checked). Empty when they agree.
    static func mismatches(expected: AppState, actual: AppState, expectedEffects: [Effect]?, actualEffects: [Effect]) -> [String] {
        var problems: [String] = []
        if expected != actual {
            let diff = StateDiff.describe(expected: expected, actual: actual)
                ?? "  (the states differ in a way dump does not show)"
            problems.append("the state differs from the asserted change (− expected, + actual):\n\(diff)")
        }
        if let expectedEffects, expectedEffects != actualEffects {
            let diff = StateDiff.describe(expected: expectedEffects, actual: actualEffects) ?? ""
            problems.append("""
                the effects differ (− expected, + actual):
                  expected \(expectedEffects)
                  actual   \(actualEffects)
                \(diff)
                """)
        }
        return problems
    }
}

import XCTest
@testable import IQCore
import IQTestSupport

/// The test store must fail when it should. XCTExpectFailure does not exist on Linux, so the
/// comparison a send makes is tested directly.
final class TestStoreTests: XCTestCase {

    func testAgreeingStatesAndEffectsGiveNoProblems() {
        let state = Fixture.state()
        XCTAssertEqual(TestStore.mismatches(expected: state, actual: state, expectedEffects: [.quit], actualEffects: [.quit]), [])
    }

    func testAnUnassertedStateChangeIsAProblemThatNamesTheField() {
        var before = Fixture.state()
        before[.partners].cursor.selected = 1
        var after = before
        after[.partners].cursor.selected = 3
        let problems = TestStore.mismatches(expected: before, actual: after, expectedEffects: [], actualEffects: [])
        XCTAssertEqual(problems.count, 1)
        let problem = problems.first ?? ""
        XCTAssertTrue(problem.contains("the state differs"), problem)
        XCTAssertTrue(problem.contains("− selected: 1"), problem)
        XCTAssertTrue(problem.contains("+ selected: 3"), problem)
        XCTAssertTrue(problem.contains("directory"), "the path leads to the field: \(problem)")
        XCTAssertTrue(problem.contains("cursor"), "the path leads to the field: \(problem)")
    }

    func testAWrongAssertedValueIsAProblem() {
        let before = Fixture.state()
        var actual = before, expected = before
        actual.focus = .cases
        expected.focus = .budgets
        let problem = TestStore.mismatches(expected: expected, actual: actual, expectedEffects: [], actualEffects: []).first ?? ""
        XCTAssertTrue(problem.contains("− focus: IQCore.Pane.budgets"), problem)
        XCTAssertTrue(problem.contains("+ focus: IQCore.Pane.cases"), problem)
    }

    func testAnUnassertedEffectIsAProblem() {
        let state = Fixture.state()
        let problems = TestStore.mismatches(expected: state, actual: state, expectedEffects: [], actualEffects: [.redrawAll])
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue((problems.first ?? "").contains("the effects differ"), problems.joined())
        XCTAssertTrue((problems.first ?? "").contains("redrawAll"), problems.joined())
    }

    func testAnAssertedEffectThatDidNotHappenIsAProblem() {
        let state = Fixture.state()
        XCTAssertEqual(TestStore.mismatches(expected: state, actual: state, expectedEffects: [.quit], actualEffects: []).count, 1)
    }

    func testEffectsAreNotCheckedWhenNotAsked() {
        let state = Fixture.state()
        XCTAssertEqual(TestStore.mismatches(expected: state, actual: state, expectedEffects: nil, actualEffects: [.quit]), [])
    }

    func testSendPassesWhenTheWholeChangeIsAsserted() {
        let store = TestStore(Fixture.state())
        store.send(.navigation(.focusNext)) { $0.focus = .locations }
        store.send(.navigation(.move(.down)), .navigation(.move(.down))) { $0[.locations].cursor.selected = 2 }
        store.send(.navigation(.back))
        XCTAssertEqual(store.state.focus, .locations)
    }

    func testANonExhaustiveStoreChecksOnlyWhatIsAsserted() {
        let store = TestStore(Fixture.state(), exhaustivity: .off)
        store.send(.navigation(.focusNext), .navigation(.move(.down))) { $0.focus = .locations }
    }

    // MARK: The line diff

    func testHunksFindEachChangedRunBetweenCommonLines() {
        let old = ["a", "b", "c", "d", "e"]
        let new = ["a", "B", "c", "d", "x", "e"]
        XCTAssertEqual(LineDiff.hunks(old, new), [
            LineDiff.Hunk(oldRange: 1..<2, newRange: 1..<2),
            LineDiff.Hunk(oldRange: 4..<4, newRange: 4..<5),
        ])
    }

    func testHunksOfALongTextWithAFewChangesAreFoundEach() {
        let old = (0..<5_000).map { "line \($0)" }
        var new = old
        new[10] = "changed"
        new.remove(at: 3_000)
        new.insert("added", at: 4_000)
        XCTAssertEqual(LineDiff.hunks(old, new), [
            LineDiff.Hunk(oldRange: 10..<11, newRange: 10..<11),
            LineDiff.Hunk(oldRange: 3_000..<3_001, newRange: 3_000..<3_000),
            LineDiff.Hunk(oldRange: 4_001..<4_001, newRange: 4_000..<4_001),
        ])
    }

    func testHunksOfEqualLinesAreEmpty() {
        XCTAssertEqual(LineDiff.hunks(["a", "b"], ["a", "b"]), [])
        XCTAssertNil(StateDiff.describe(expected: [1, 2], actual: [1, 2]))
    }

    func testTheDiffShowsTheChangedRecordNotTheTablesBookkeeping() {
        var before = Fixture.state()
        before.document.partners.put(Fixture.agentur)
        var after = before
        var renamed = Fixture.agentur
        renamed.name = "Agentur neu"
        after.document.partners.put(renamed)
        let diff = StateDiff.describe(expected: before, actual: after) ?? ""
        XCTAssertTrue(diff.contains("+ name: \"Agentur neu\""), diff)
        XCTAssertFalse(diff.contains("version"), diff)
        XCTAssertFalse(diff.contains("Optional(IQCore"), "summaries of containers are cut: \(diff)")
    }

    func testPathNamesTheEnclosingFields() {
        let lines = ["▿ AppState", "  ▿ options: Options", "    - ascii: false", "    - mouse: true"]
        XCTAssertEqual(StateDiff.path(in: lines, line: 3), "AppState › options")
    }
}

import XCTest
@testable import IQCore
@testable import IQTUI

/// The frame's shortcuts give what the long way gives: remembered status hints, and text that
/// skips Foundation's normalisation because it is NFC already.
final class FrameShortcutTests: XCTestCase {
    /// Every context the hint memo serves, in both languages and in workshop mode; the memo is
    /// filled by all of them first, so a context that a key mixes up with another shows it.
    func testRememberedHintsAreTheHintsOfTheirContext() {
        var states: [AppState] = []
        for language in Language.allCases {
            for pane in Pane.allCases {
                var list = Fixture.state(language)
                Fixture.drive(&list, .navigation(.focus(pane)))
                var detail = list
                Fixture.drive(&detail, .navigation(.open))
                var search = list
                Fixture.drive(&search, .filter(.begin))
                states += [list, detail, search]
            }
            var agenda = Fixture.state(language)
            Fixture.drive(&agenda, .navigation(.focus(.cases)), .cases(.agenda(.toggle)))
            var caseAppointments = Fixture.state(language)
            Fixture.drive(&caseAppointments, .navigation(.focus(.cases)), .navigation(.open), .cases(.agenda(.caseAppointments)))
            states += [agenda, caseAppointments]
            for steps in 1..<BudgetView.allCases.count {
                var budgets = Fixture.state(language)
                Fixture.drive(&budgets, .navigation(.focus(.budgets)))
                for _ in 0..<steps { Fixture.drive(&budgets, .budgets(.cycleView(1))) }
                states.append(budgets)
            }
        }
        states.append(WorkshopScreenTests.state())
        for state in states { _ = StatusHints.line(state) }
        for state in states {
            let fresh = StatusHints.hints(state, StatusHints.specs(state).1, paging: .unmeasured).map(\.text)
            XCTAssertEqual(StatusHints.line(state).hints.map(\.text), fresh, "\(state.inputMode) \(state.focus) \(state.language)")
        }
    }

    /// Each scalar the canvas takes as NFC without asking Foundation is NFC alone, is never
    /// reordered, and never combines with what precedes it (those all have a combining class or
    /// lie in U+0300–U+036F, U+0653, U+093C … outside the set).
    func testScalarsTakenAsNFCAreNFC() {
        var count = 0
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value), Normalisation.isStable(scalar) else { continue }
            count += 1
            let text = String(scalar)
            XCTAssertEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value), [value], "U+\(String(value, radix: 16))")
            XCTAssertEqual(scalar.properties.canonicalCombiningClass, .notReordered, "U+\(String(value, radix: 16))")
            XCTAssertNotEqual(("e" + text).precomposedStringWithCanonicalMapping.unicodeScalars.count, 1, "U+\(String(value, radix: 16))")
        }
        XCTAssertGreaterThan(count, 3000)
        XCTAssertEqual(Normalisation.nfc("Mu\u{308}ller │ …"), "Müller │ …")
        XCTAssertEqual(Normalisation.nfc("\u{212B}"), "\u{C5}", "Ångström sign becomes Å")
        XCTAssertEqual(Normalisation.nfc("Müller ↑↓ ─┼"), "Müller ↑↓ ─┼")
    }
}

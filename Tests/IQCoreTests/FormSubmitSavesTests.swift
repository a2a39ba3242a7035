import XCTest
@testable import IQCore
import IQTestSupport

/// Ctrl-S in a form saves as it does everywhere: the record and the file, so the status bar
/// never says "saved" beside "● unsaved".
final class FormSubmitSavesTests: XCTestCase, CaseTesting {
    private func isSave(_ effect: Effect) -> Bool {
        if case .store(.save) = effect { true } else { false }
    }

    func testASubmittedCaseFormSavesTheFile() {
        var state = casesState([], store: StoreState(file: SnapshotFile(path: "/tmp/x/iq.plist"), user: "t"))
        state.store.phase = .ready
        let store = TestStore(state)
        newCaseForm(store)
        var submitted = store.state
        let effects = AppReducer.reduce(into: &submitted, action: .form(.submit), environment: store.environment)
        XCTAssertEqual(submitted.document.cases.count, 1)
        XCTAssertEqual(effects.filter(isSave).count, 1, "\(effects)")
        XCTAssertTrue(submitted.store.isSaving)

        // A filter form changes no record: nothing to save.
        var filtering = store.state
        filtering.form = nil
        _ = AppReducer.reduce(into: &filtering, action: .cases(.openFilter), environment: store.environment)
        XCTAssertFalse(AppReducer.reduce(into: &filtering, action: .form(.submit), environment: store.environment).contains(where: isSave))
    }
}

import XCTest
@testable import IQCore
import IQTestSupport

/// The partner filter form.
final class FormEngineFilterTests: XCTestCase, FormEngineTesting {
    func testTheFilterFormAppliesAPartnerFilterAndAlleMeansNone() {
        let store = TestStore(Fixture.state(Seed.document))
        store.send(.directory(.openFilter)) { $0.form = PartnerForm.filterForm($0) }
        XCTAssertEqual(store.state.inputMode, .form)
        XCTAssertEqual(store.state.form?.draftNames, ["category", "field", "city", "level"])
        XCTAssertEqual(focusedKey(store.state), "category")
        let f = filter(store.state)
        XCTAssertEqual(selectedLabel(\Filter.category, store.state), "alle")
        XCTAssertEqual(selectedLabel(\Filter.field, store.state), "alle")
        XCTAssertEqual(selectedLabel(\Filter.city, store.state), "alle")
        XCTAssertEqual(selectedLabel(\Filter.level, store.state), "alle")
        XCTAssertNil(f?.category.value)
        XCTAssertNil(f?.field.value)
        XCTAssertNil(f?.city.value)
        XCTAssertNil(f?.level.value)

        store.drive([.form(.typeAhead("k"))])
        XCTAssertEqual(selectedLabel(\Filter.category, store.state), "Kammern")
        store.drive([.form(.focusNext), .form(.focusNext), .form(.typeAhead("k"))])
        XCTAssertEqual(store.state.form?.model(PartnerFilterForm.self)?.city.value?.formToken, "Köln")
        // A filter changes no data.
        store.send(.form(.submit)) {
            $0.form = nil
            $0.directory.filter = PartnerFilter(category: .chamber, city: "Köln")
        }
        XCTAssertEqual(PartnerList.rows(store.state).compactMap(\.partner?.id), ["partner.hwk-koeln"])

        // Opened again, it shows the filter in force; "alle" everywhere lifts it.
        store.send(.directory(.openFilter)) { $0.form = PartnerForm.filterForm($0) }
        XCTAssertEqual(selectedLabel(\Filter.category, store.state), "Kammern")
        XCTAssertEqual(selectedLabel(\Filter.city, store.state), "Köln")
        store.drive([.form(.typeAhead("a"))])
        XCTAssertEqual(selectedLabel(\Filter.category, store.state), "alle")
        store.drive([.form(.focusNext), .form(.typeAhead("f"))])
        XCTAssertEqual(store.state.form?.model(PartnerFilterForm.self)?.field.value?.formToken, "fairIntegration")
        store.drive([.form(.focusNext), .form(.typeAhead("a"))])
        XCTAssertEqual(selectedLabel(\Filter.city, store.state), "alle", "a from Köln: round to alle before Aachen")
        store.send(.form(.submit)) {
            $0.form = nil
            $0.directory.filter = PartnerFilter(field: .fairIntegration)
        }
        XCTAssertEqual(PartnerList.rows(store.state).count, 2)

        store.send(.directory(.openFilter)) { $0.form = PartnerForm.filterForm($0) }
        store.drive([.form(.focusNext), .form(.choose(1))])
        XCTAssertEqual(selectedLabel(\Filter.field, store.state), "alle", "→ from the last option")
        store.drive([.form(.focusNext), .form(.focusNext), .form(.typeAhead("b"))])
        XCTAssertEqual(store.state.form?.model(PartnerFilterForm.self)?.level.value?.formToken, "federal")
        store.drive([.form(.choose(-1))])
        // "alle" in every field: no filter.
        store.send(.form(.submit)) {
            $0.form = nil
            $0.directory.filter = PartnerFilter()
        }
        XCTAssertEqual(PartnerList.rows(store.state).count, 92)
    }

    func testEscInTheFilterFormKeepsTheFilterInForce() {
        let store = TestStore(Fixture.state(Seed.document))
        store.send(.directory(.setFilter(PartnerFilter(level: .state))), .directory(.openFilter)) {
            $0.directory.filter = PartnerFilter(level: .state)
            $0.form = PartnerForm.filterForm($0)
        }
        XCTAssertEqual(selectedLabel(\Filter.level, store.state), "Land")
        store.send(.form(.cancel)) { $0.form = nil }
        // A discarded change applies nothing.
        store.send(.directory(.openFilter), .form(.typeAhead("k")), .form(.cancel), .form(.confirmDiscard))
    }
}

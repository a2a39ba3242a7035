import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// Measures, what enrolled cases commit, payments, sums per field and Träger, the forecast and
/// editing through the forms — the figures a coordinator reports must agree with the cases.
final class BudgetTests: XCTestCase {
    /// Fixture.measurePflege: 1.500.000 €, 120 places, 12.500 € each, Träger Caritas (2019).
    func document(enrolled: Int, cancelled: Int = 0, payments: [Payment] = []) -> Document {
        var d = Fixture.document()
        for i in 0..<(enrolled + cancelled) {
            var c = Case(id: RecordID("c\(i)"), meta: .seed, number: "NRW-2019-\(i)", status: i < enrolled ? .qualification : .cancelled)
            c.measureID = "m.pflege"
            c.providerID = i.isMultiple(of: 2) ? "p.caritas" : nil
            d.cases.put(c)
        }
        for p in payments { d.payments.put(p) }
        return d
    }

    func payment(_ id: String, _ euros: Int64, measure: RecordID = "m.pflege", provider: RecordID? = "p.caritas", day: Day? = Day(year: 2019, month: 3, day: 1)) -> Payment {
        Payment(id: RecordID(id), meta: .seed, measureID: measure, providerID: provider, day: day ?? Day.endOfYear(2019), amount: .euros(euros), reference: "Abschlag \(id)")
    }

    func testCommittedIsEnrolledTimesCostAndCancelledCasesCommitNothing() {
        let d = document(enrolled: 30, cancelled: 5)
        let f = BudgetFigures.figures(Fixture.measurePflege, in: d)
        XCTAssertEqual(f.enrolled, 30)
        XCTAssertEqual(f.committed, .euros(375_000))
        XCTAssertEqual(f.spent, Money(cents: 0))
    }

    func testUnknownCostCommitsUnknownNotZero() {
        var d = Fixture.document()
        var c = Case(id: "c", meta: .seed, number: "1", status: .qualification)
        c.measureID = "m.training"
        d.cases.put(c)
        let f = BudgetFigures.figures(Fixture.measureTraining, in: d)
        XCTAssertEqual(f.enrolled, 1)
        XCTAssertNil(f.committed)
    }

    func testSpentSumsThePaymentsOfTheMeasure() {
        let d = document(enrolled: 0, payments: [payment("a", 100_000), payment("b", 50_000, provider: nil), payment("c", 7, measure: "m.training")])
        let f = BudgetFigures.figures(Fixture.measurePflege, in: d)
        XCTAssertEqual(f.spent, .euros(150_000))
        XCTAssertEqual(f.paymentCount, 2)
    }

    func testFieldTotalsAreMarkedPartialWhenAFigureIsUnknown() {
        var d = document(enrolled: 10, payments: [payment("a", 1_000)])
        var second = Fixture.measurePflege
        second.id = "m.pflege2"
        second.allocation = nil
        d.measures.put(second)
        let fields = BudgetFigures.byField(in: d, year: 2019)
        XCTAssertEqual(fields.map(\.field), [.qualification])
        let t = fields[0].totals
        XCTAssertEqual(t.measures, 2)
        XCTAssertEqual(t.allocation, .euros(1_500_000))
        XCTAssertTrue(t.allocationIsPartial)
        XCTAssertEqual(t.planned, 240)
        XCTAssertFalse(t.plannedIsPartial)
        XCTAssertEqual(t.committed, .euros(125_000))
        XCTAssertEqual(t.spent, .euros(1_000))
        XCTAssertEqual(t.enrolled, 10)
        XCTAssertTrue(BudgetFigures.byField(in: d, year: 2017).isEmpty)
        XCTAssertEqual(BudgetFigures.byField(in: d, year: nil).map(\.field), [.qualification, .intercultural], "the programme's order")
    }

    func testProviderBreakdownCountsCasesAndPaymentsBookedToTheTraeger() {
        let d = document(enrolled: 10, payments: [payment("a", 2_000), payment("b", 500, provider: nil)])
        let rows = BudgetFigures.byProvider(in: d, year: 2019)
        XCTAssertEqual(rows.map(\.providerID), ["p.caritas"])
        XCTAssertEqual(rows[0].enrolled, 5, "cases booked to Caritas; the others have no Träger")
        XCTAssertEqual(rows[0].committed, .euros(62_500))
        XCTAssertEqual(rows[0].spent, .euros(2_000))
        XCTAssertEqual(rows[0].measures, 1)
        XCTAssertEqual(rows[0].name, "Caritas Düsseldorf")
    }

    func testSeedMeasuresMatchTheSlides() {
        let health = Seed.measures.filter { $0.name == "Qualifizierung Gesundheitsberufe" }
        let adaptation = Seed.measures.filter { $0.name.hasPrefix("Anpassungs- und Nachqualifizierung") }
        XCTAssertEqual(health.map(\.year), [2019, 2020, 2021, 2022])
        XCTAssertEqual(adaptation.map(\.year), [2019, 2020, 2021, 2022])
        XCTAssertTrue(health.allSatisfy { $0.allocation == .euros(1_500_000) && $0.plannedParticipants == 300 && $0.costPerParticipant == .euros(5_000) && $0.isApproximate })
        XCTAssertTrue(adaptation.allSatisfy { $0.allocation == .euros(1_800_000) && $0.plannedParticipants == 500 && $0.costPerParticipant == .euros(3_600) && $0.isApproximate })
    }

    // MARK: Forecast

    func testForecastNamesTheMonthMoneyOrPlacesRunOut() {
        // 30 enrolled by 30 June: 5 a month. Places: 120 - 30 = 90 more → 18 months → lasts the
        // year. Money: 1.125.000 € left at 62.500 € a month → 18 months → lasts the year too.
        let d = document(enrolled: 30)
        let june = Day(year: 2019, month: 6, day: 30)!
        var f = BudgetFigures.figures(Fixture.measurePflege, in: d)
        var forecast = Forecast.of(f, today: june)
        XCTAssertEqual(forecast.ratePerMonth ?? 0, 5, accuracy: 0.001)
        XCTAssertEqual(forecast.places, .lastsTheYear)
        XCTAssertEqual(forecast.money, .lastsTheYear)

        // 80 enrolled by 30 June: 13.3 a month; 40 places left → 3 months → September.
        f = BudgetFigures.figures(Fixture.measurePflege, in: document(enrolled: 80))
        forecast = Forecast.of(f, today: june)
        XCTAssertEqual(forecast.places, .runsOut(year: 2019, month: 9))
        // Money: 1.000.000 € committed, 500.000 € left at 166.667 € a month → 3 months → September.
        XCTAssertEqual(forecast.money, .runsOut(year: 2019, month: 9))
    }

    func testForecastEdgeCases() {
        let june = Day(year: 2019, month: 6, day: 30)!
        XCTAssertEqual(Forecast.of(BudgetFigures.figures(Fixture.measurePflege, in: document(enrolled: 0)), today: june).places, .noEnrolments)
        XCTAssertEqual(Forecast.of(BudgetFigures.figures(Fixture.measurePflege, in: document(enrolled: 130)), today: june).places, .exhausted)
        XCTAssertEqual(Forecast.of(BudgetFigures.figures(Fixture.measurePflege, in: document(enrolled: 3)), today: Day(year: 2018, month: 1, day: 1)!).money, .notStarted)
        XCTAssertEqual(Forecast.of(BudgetFigures.figures(Fixture.measurePflege, in: document(enrolled: 3)), today: Day(year: 2026, month: 1, day: 1)!).money, .yearEnded)
        XCTAssertEqual(Forecast.of(BudgetFigures.figures(Fixture.measureTraining, in: document(enrolled: 3)), today: june).money, .unknown)
    }

    // MARK: Money typed in forms

    func testMoneyIsReadTheWayPeopleTypeIt() {
        XCTAssertEqual(Money(parsing: "1.500.000"), .euros(1_500_000))
        XCTAssertEqual(Money(parsing: "1.500.000,00 €"), .euros(1_500_000))
        XCTAssertEqual(Money(parsing: "3.600"), .euros(3_600))
        XCTAssertEqual(Money(parsing: "3600,5"), Money(cents: 360_050))
        XCTAssertEqual(Money(parsing: "€1,500.25"), Money(cents: 150_025))
        XCTAssertEqual(Money(parsing: "-250"), .euros(-250))
        XCTAssertEqual(Money(parsing: "1500000"), .euros(1_500_000))
        for bad in ["", "abc", "1.50.00", "1,234,5678", "12,345", "1.000,001", "€", "99999999999999"] where bad != "12,345" {
            XCTAssertNil(Money(parsing: bad), bad)
        }
        XCTAssertEqual(Money(parsing: "12,345"), .euros(12_345), "one separator before three digits groups thousands")
    }

    // MARK: Editing

    func budgetStore(_ d: Document, file: StaticString = #filePath, line: UInt = #line) -> TestStore {
        let store = TestStore(Fixture.state(d))
        store.send(.navigation(.focus(.budgets)), file: file, line: line) { $0.focus = .budgets }
        return store
    }

    /// A new record as the reducer saves it: the test id, revision 1, the test clock and user.
    let created = RecordMeta(revision: 1, modifiedAt: fixedDate, modifiedBy: "tester")

    func testANewMeasureIsSavedThroughTheFormAndUndone() {
        let store = budgetStore(Fixture.document())
        store.send(.budgets(.new)) { $0.form = MeasureForm.editor(for: nil, $0) }
        XCTAssertEqual(store.state.form?.purpose, .newMeasure)
        store.prepare { s in
            s.form?.edit(MeasureEditorForm.self) {
                $0.name.set("Brückenkurs MINT")
                $0.year.set("2021")
                $0.allocation.set("250.000")
                $0.providers.set("p.caritas", isOn: true)
            }
        }
        // The planned places left empty: unknown, not zero.
        let measure = Measure(id: "id-1", meta: created, name: "Brückenkurs MINT", fieldOfAction: .qualification,
                              providerIDs: ["p.caritas"], year: 2021, allocation: .euros(250_000), plannedParticipants: nil,
                              costPerParticipant: nil, isApproximate: false)
        let label = BudgetText.labelBudgetSaved("Brückenkurs MINT 2021")
        store.send(.form(.submit)) {
            $0.form = nil
            $0.expectEdit(.put(.measure(measure)), label: label)
            // Shown in its year, the only measure there.
            $0.budgets.year = 2021
            $0.status = shown(label)
        }
        store.send(.document(.undo)) {
            _ = $0.documentState.history.undo(on: &$0.documentState.document)
            $0.expectChanged()
            $0.status = shown(CommonText.statusUndone(label.text(.de)))
        }
    }

    func testBadFiguresKeepTheFormOpenWithMessages() {
        let store = budgetStore(Fixture.document())
        store.send(.budgets(.new)) { $0.form = MeasureForm.editor(for: nil, $0) }
        store.prepare { s in
            s.form?.edit(MeasureEditorForm.self) {
                $0.name.set("X")
                $0.year.set("20x1")
                $0.cost.set("viel")
            }
        }
        // The form stays open at the first bad field, the document unchanged.
        store.send(.form(.submit)) {
            $0.expectRefused(focus: \MeasureEditorForm.year) {
                $0.year.control.error = BudgetText.formBadMeasureYear
                $0.cost.control.error = BudgetText.formBadAmount
            }
        }
    }

    func testBookingAPaymentToTheSelectedMeasureFillsItsOnlyTraeger() {
        let store = budgetStore(Fixture.document())
        // The last planned year, 2019, lists Pflege alone.
        store.send(.budgets(.bookPayment)) { $0.form = PaymentForm.editor(for: nil, measure: "m.pflege", $0) }
        XCTAssertEqual(store.state.form?.model(PaymentEditorForm.self)?.measure.value, "m.pflege")
        // The form starts on its first field, the measure's only Träger already filled in.
        XCTAssertEqual(store.state.form?.focus, 0)
        XCTAssertEqual(store.state.form?.model(PaymentEditorForm.self)?.provider.value, "p.caritas")
        store.prepare { s in s.form?.edit(PaymentEditorForm.self) { $0.amount.set("12.500,00") } }
        let payment = Payment(id: "id-1", meta: created, measureID: "m.pflege", providerID: "p.caritas",
                              day: Day(year: 1970, month: 1, day: 1)!, amount: .euros(12_500))
        let label = BudgetText.labelBudgetSaved("01.01.1970 12.500 €")
        // The saved payment is shown.
        store.send(.form(.submit)) {
            $0.form = nil
            $0.expectEdit(.put(.payment(payment)), label: label)
            $0.budgets.view = .payments
            $0.budgets.year = 2019
            $0.status = shown(label)
        }
        XCTAssertEqual(BudgetFigures.figures(Fixture.measurePflege, in: store.state.document).spent, .euros(12_500))
        store.send(.document(.undo)) {
            _ = $0.documentState.history.undo(on: &$0.documentState.document)
            $0.expectChanged()
            $0.status = shown(CommonText.statusUndone(label.text(.de)))
        }
        XCTAssertEqual(store.state.document.payments.count, 0)
    }

    func testChoosingAMeasureInThePaymentFormFillsItsOnlyTraeger() {
        let store = budgetStore(Fixture.document())
        store.send(.budgets(.cycleView(1)), .budgets(.new)) {
            $0.budgets.view = .payments
            $0.form = PaymentForm.editor(for: nil, measure: nil, $0)
        }
        XCTAssertEqual(store.state.form?.focus, 0, "the form starts on its first field")
        XCTAssertNil(store.state.form?.model(PaymentEditorForm.self)?.provider.value)
        store.prepare { s in s.form?.edit(PaymentEditorForm.self) { $0.measure.select("m.pflege") } }
        // Any step of the form (here Space on a choice) checks it: Pflege's only Träger is filled in.
        store.send(.form(.toggle)) {
            $0.form?.edit(PaymentEditorForm.self) {
                $0.provider.select("p.caritas")
                $0.filledFor = "m.pflege"
                $0.amount.control.error = BudgetText.formBadAmount
            }
        }
        // Cleared by hand, it stays cleared (the payment still goes to the only Träger on saving).
        store.prepare { s in s.form?.edit(PaymentEditorForm.self) { $0.provider.select(nil) } }
        store.send(.form(.toggle))
        XCTAssertNil(store.state.form?.model(PaymentEditorForm.self)?.provider.value)
    }

    func testAPaymentToATraegerOutsideTheMeasureIsRefused() {
        var d = Fixture.document()
        var other = Fixture.measureTraining
        other.providerIDs = ["p.diakonie", "p.agentur"]
        d.measures.put(other)
        let store = budgetStore(d)
        store.send(.budgets(.cycleYear(-1))) { $0.budgets.year = 2018 }
        store.send(.budgets(.bookPayment)) { $0.form = PaymentForm.editor(for: nil, measure: "m.training", $0) }
        XCTAssertNil(store.state.form?.model(PaymentEditorForm.self)?.provider.value, "two Träger: none chosen for the user")
        XCTAssertEqual(store.state.form?.model(PaymentEditorForm.self)?.measure.value, "m.training")
        store.prepare { s in
            s.form?.edit(PaymentEditorForm.self) {
                $0.provider.select("p.caritas")
                $0.amount.set("10")
            }
        }
        XCTAssertEqual(store.state.form?.model(PaymentEditorForm.self)?.provider.value, "p.caritas")
        // Refused: the form stays open with a message at the Träger, nothing is booked.
        store.send(.form(.submit)) {
            $0.expectRefused(focus: \PaymentEditorForm.provider) {
                $0.provider.control.error = CaseText.formProviderNotOfMeasure("Caritas Düsseldorf", "Interkulturelles Training 2018",
                                                    "Diakonie an der Hauptstraße, Agentur für Arbeit Köln")
            }
        }
        XCTAssertNotNil(store.state.form?.model(PaymentEditorForm.self)?.provider.control.error)
    }

    func testAMeasureInUseIsNotRemovedAndAnUnusedOneAsksFirst() {
        let store = budgetStore(document(enrolled: 1))
        // Cases are enrolled in Pflege (2019): an error, no question.
        store.send(.budgets(.delete)) {
            $0.status = shown(BudgetText.budgetMeasureInUse("Brückenkurs Pflege 2019", 1, 0), .error)
        }
        store.send(.budgets(.cycleYear(1)), .budgets(.delete)) {
            $0.budgets.year = 2018
            $0.overlay = .confirmRemove(.measure, "m.training")
        }
        let label = BudgetText.labelBudgetDeleted("Interkulturelles Training 2018")
        store.send(.budgets(.confirmDelete)) {
            $0.overlay = nil
            $0.expectEdit(.remove(.measure, "m.training"), label: label)
            $0.status = shown(FormText.statusDeletedUndo("Interkulturelles Training 2018"))
        }
        store.send(.document(.undo)) {
            _ = $0.documentState.history.undo(on: &$0.documentState.document)
            $0.expectChanged()
            $0.status = shown(CommonText.statusUndone(label.text(.de)))
        }
        XCTAssertEqual(store.state.document.measures.items.map(\.id), ["m.pflege", "m.training"], "back at its place")
    }

    func testAbsurdAmountsSaturateInsteadOfCrashing() {
        let huge = Money(cents: Int64.max / 2)
        XCTAssertEqual(huge.times(3), Money(cents: .max))
        XCTAssertEqual(Money(cents: -5).times(Int(Int64.max / 2)), Money(cents: .min))
        XCTAssertEqual(huge + huge + huge, Money(cents: .max))
        XCTAssertNil(Money(parsing: "1.000.000.000.000"), "a trillion euros is not an amount anyone types")
        XCTAssertEqual(Money(parsing: "999.999.999.999"), .euros(999_999_999_999))
        var measure = Fixture.measurePflege
        measure.costPerParticipant = .euros(999_999_999_999)
        var d = document(enrolled: 20_000)
        d.measures.put(measure)
        XCTAssertEqual(BudgetFigures.figures(measure, in: d).committed, Money(cents: 1_999_999_999_998_000_000), "the largest amount typed, 20,000 times: exact")
    }

    func testOnTheLastDayOfItsYearAMeasureStillForecasts() {
        let f = BudgetFigures.figures(Fixture.measurePflege, in: document(enrolled: 60))
        XCTAssertEqual(Forecast.of(f, today: Day(year: 2019, month: 12, day: 31)!).places, .lastsTheYear)
        XCTAssertEqual(Forecast.of(f, today: Day(year: 2020, month: 1, day: 1)!).places, .yearEnded)
    }

    func testAMeasureACancelledCasePointsAtIsNotRemoved() {
        let store = budgetStore(document(enrolled: 0, cancelled: 1))
        store.send(.budgets(.delete)) {
            $0.status = shown(BudgetText.budgetMeasureInUse("Brückenkurs Pflege 2019", 1, 0), .error)
        }
    }

    func testTheYearSelectorShowsOneYearAtATime() {
        // Today (1970 in the fixture) has no measures: the last planned year, 2019.
        let store = budgetStore(Fixture.document())
        XCTAssertNil(store.state.budgets.year)
        XCTAssertEqual(store.state.budgets.shownYear(store.state.document, today: store.state.today), 2019)
        XCTAssertEqual(BudgetList.measures(store.state).map(\.measure.id), ["m.pflege"])
        // y goes round the planned years, never to a sum of all years.
        store.send(.budgets(.cycleYear(1))) { $0.budgets.year = 2018 }
        XCTAssertEqual(BudgetList.measures(store.state).map(\.measure.id), ["m.training"])
        store.send(.budgets(.cycleYear(1))) { $0.budgets.year = 2019 }
        store.send(.budgets(.cycleYear(-1))) { $0.budgets.year = 2018 }
        store.send(.budgets(.cycleYear(-1))) { $0.budgets.year = 2019 }
    }

    func testTheCurrentYearIsShownWhenMeasuresArePlannedForIt() {
        var state = Fixture.state(Fixture.document())
        state.lastTick = Date(timeIntervalSince1970: 1_530_000_000) // 2018-06-26
        let store = TestStore(state)
        XCTAssertEqual(store.state.budgets.shownYear(store.state.document, today: store.state.today), 2018)
        XCTAssertEqual(BudgetList.measures(store.state).map(\.measure.id), ["m.training"])
        store.send(.navigation(.focus(.budgets)), .budgets(.cycleYear(1))) {
            $0.focus = .budgets
            $0.budgets.year = 2019
        }
        // No measure at all: y says so and changes nothing.
        let empty = budgetStore(Document())
        empty.send(.budgets(.cycleYear(1))) { $0.status = shown(BudgetText.budgetNoYears, .warning) }
    }

    func testViewsCycleAndListTheirOwnRows() {
        let store = budgetStore(document(enrolled: 2, payments: [payment("a", 10), payment("b", 20)]))
        store.send(.budgets(.cycleView(1))) { $0.budgets.view = .payments }
        XCTAssertEqual(store.state.rowCount(.budgets), 2)
        store.send(.budgets(.cycleView(1))) { $0.budgets.view = .providers }
        XCTAssertEqual(store.state.rowCount(.budgets), 1, "Caritas, the Träger of 2019's only measure")
        store.send(.budgets(.openProvider)) {
            $0.focus = .partners
            $0.directory.path = ["p.caritas"]
            $0[.partners].isDetailOpen = true
            $0[.partners].cursor.selected = 2
        }
        store.send(.navigation(.focus(.budgets)), .budgets(.cycleView(1))) {
            $0.focus = .budgets
            $0.budgets.view = .statistics
        }
        store.send(.budgets(.cycleView(-2))) { $0.budgets.view = .payments }
    }

    // MARK: Snapshot

    func testPaymentsAndTheCasesTraegerSurviveASnapshot() throws {
        let d = document(enrolled: 2, payments: [payment("a", 10), payment("b", 20, provider: nil)])
        for format in SnapshotFormat.allCases {
            let bytes = SnapshotCodec.encode(d, format: format, savedAt: fixedDate, savedBy: "t")
            let (loaded, header) = try SnapshotCodec.decode(bytes, path: "x")
            XCTAssertEqual(header.formatVersion, SnapshotCodec.formatVersion)
            XCTAssertEqual(loaded.payments.items, d.payments.items, "\(format)")
            XCTAssertEqual(loaded.cases.items.map(\.providerID), d.cases.items.map(\.providerID))
        }
    }

    func testAPaymentWithoutDayNamesTheField() {
        let root = PlistValue.dict([
            ("formatVersion", .integer(2)), ("savedAt", .date(fixedDate)), ("savedBy", .string("t")),
            ("partners", .array([])), ("sites", .array([])), ("measures", .array([])), ("cases", .array([])),
            ("payments", .array([.dict([("id", .string("p")), ("revision", .integer(1)), ("modifiedAt", .date(fixedDate)),
                                        ("modifiedBy", .string("t")), ("measure", .string("m")), ("amountCents", .integer(5))])])),
        ])
        XCTAssertThrowsError(try SnapshotCodec.document(from: root, path: "f")) { error in
            XCTAssertTrue("\(error)".contains("payments[0].day"), "\(error)")
        }
    }
}

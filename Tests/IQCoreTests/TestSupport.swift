import Foundation
import XCTest
@testable import IQCore

// Shared fixtures for the IQCore tests: a fixed clock, fixed ids and user, small hand-built
// documents that do not depend on the seed dataset, and a helper that runs actions through
// the app reducer unchecked (the checked way is TestStore/).

/// The instant every test environment reports as "now".
let fixedDate = Date(timeIntervalSince1970: 1_700_000_000)

/// An environment whose clock, ids and user never change.
let testEnvironment = Environment(now: { fixedDate }, newID: { "id-1" }, userName: "tester")

/// Runs the actions in order through the app reducer and returns all effects they asked for,
/// checking nothing itself. Reducer tests use the exhaustive `TestStore`; this stays for the
/// form engine's keystroke tests (FormEngineTests, FieldLimitTests), which follow a form field
/// by field rather than the whole state.
@discardableResult
func reduce(_ state: inout AppState, _ actions: Action..., environment: Environment = testEnvironment) -> [Effect] {
    var effects: [Effect] = []
    for action in actions {
        effects += AppReducer.reduce(into: &state, action: action, environment: environment)
    }
    return effects
}

/// Small hand-built records and documents.
enum Fixture {
    // Partners, listed by name: Agentur (Köln), Bezirksregierung (Münster), Caritas (Düsseldorf),
    // Diakonie (Essen, "Hauptstraße"), Eine Welt (Bonn).
    static let agentur = Partner(id: "p.agentur", name: "Agentur für Arbeit Köln", shortName: "AA Köln",
                                 category: .employmentAgency, level: .municipal, cities: ["Köln"])
    static let bezirk = Partner(id: "p.bezirk", name: "Bezirksregierung Münster", shortName: "BR MS",
                                category: .competentAuthority, level: .region, cities: ["Münster"])
    static let caritas = Partner(id: "p.caritas", name: "Caritas Düsseldorf", shortName: "CDD",
                                 category: .welfare, cities: ["Düsseldorf"])
    static let diakonie = Partner(id: "p.diakonie", name: "Diakonie an der Hauptstraße", shortName: "DHS",
                                  category: .welfare, cities: ["Essen"])
    static let eineWelt = Partner(id: "p.einewelt", name: "Eine Welt Netz Bonn", shortName: "EWN",
                                  category: .migrantOrganisation, cities: ["Bonn"])

    /// Deliberately not in name order, so tests see the lists sort.
    static let partners = [diakonie, agentur, eineWelt, bezirk, caritas]

    static let siteKoeln = Site(id: "s.koeln", name: "Beratungsstelle Köln", operatorID: "p.caritas", city: "Köln",
                                services: [.recognitionCounselling], coordinate: GeoPoint(50.94, 6.96))
    static let siteMuenster = Site(id: "s.muenster", name: "Beratung Münster", operatorID: "p.diakonie", city: "Münster",
                                   services: [.fairIntegration], coordinate: GeoPoint(51.96, 7.63))
    static let siteMobil = Site(id: "s.mobil", name: "Mobiles Team", operatorID: nil, city: "Düsseldorf",
                                services: [.recognitionCounselling], coordinate: nil)
    static let sites = [siteKoeln, siteMuenster, siteMobil]

    static let measurePflege = Measure(id: "m.pflege", name: "Brückenkurs Pflege", fieldOfAction: .qualification,
                                       providerIDs: ["p.caritas"], year: 2019, allocation: .euros(1_500_000),
                                       plannedParticipants: 120, costPerParticipant: .euros(12_500), isApproximate: false)
    static let measureTraining = Measure(id: "m.training", name: "Interkulturelles Training", fieldOfAction: .intercultural,
                                         providerIDs: ["p.diakonie"], year: 2018, allocation: nil,
                                         plannedParticipants: nil, costPerParticipant: nil, isApproximate: true)
    static let measures = [measurePflege, measureTraining]

    /// Five partners, three sites, two measures.
    static func document() -> Document {
        Document(partners: partners, sites: sites, measures: measures)
    }

    /// `count` partners named "Partner 001", "Partner 002", … for lists longer than a page.
    static func numberedPartners(_ count: Int) -> [Partner] {
        (0..<count).map { i in
            let n = String(format: "%03d", i + 1)
            return Partner(id: RecordID("p.\(n)"), name: "Partner \(n)", category: .provider, cities: ["Ort \(n)"])
        }
    }

    static func numberedDocument(partners count: Int) -> Document {
        Document(partners: numberedPartners(count), sites: sites, measures: measures)
    }

    /// A fresh state in German with the given document.
    static func state(_ document: Document = document()) -> AppState {
        AppState(document: document)
    }
}

/// Asserts that the selection of a pane is inside its list. (That it is on screen is the view
/// state's business: IQTUITests/ViewStateTests.)
func assertCursorValid(_ state: AppState, _ pane: Pane, file: StaticString = #filePath, line: UInt = #line) {
    let cursor = state[pane].cursor
    let count = state.rowCount(pane)
    if count == 0 {
        XCTAssertEqual(cursor.selected, 0, "selection of an empty list", file: file, line: line)
        return
    }
    XCTAssertTrue((0..<count).contains(cursor.selected), "selected \(cursor.selected) outside 0..<\(count)", file: file, line: line)
}

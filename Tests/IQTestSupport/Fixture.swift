import Foundation
import IQCore

// What every test target shares: a fixed clock, fixed ids and user, the app reducer run
// unchecked, and small hand-built records that do not depend on the seed dataset.

/// The instant every test environment reports as "now".
public let fixedDate = Date(timeIntervalSince1970: 1_700_000_000)

/// An environment whose clock, ids and user never change.
public let testEnvironment = Environment(now: { fixedDate }, newID: { "id-1" }, userName: "tester")

/// Runs the actions in order through the app reducer and returns all effects they asked for,
/// checking nothing itself. Reducer tests use the exhaustive `TestStore` (IQCoreTests); this
/// stays for the form engine's keystroke tests and the store tests, which follow the files.
@discardableResult
public func reduce(_ state: inout AppState, _ actions: Action..., environment: Environment = testEnvironment) -> [Effect] {
    var effects: [Effect] = []
    for action in actions {
        effects += AppReducer.reduce(into: &state, action: action, environment: environment)
    }
    return effects
}

/// Small hand-built records; each test target adds the documents and states it builds of them.
public enum Fixture {
    // Partners, listed by name: Agentur (Köln), Bezirksregierung (Münster), Caritas (Düsseldorf),
    // Diakonie (Essen, "Hauptstraße"), Eine Welt (Bonn).
    public static let agentur = Partner(id: "p.agentur", name: "Agentur für Arbeit Köln", shortName: "AA Köln",
                                        category: .employmentAgency, level: .municipal, cities: ["Köln"])
    public static let bezirk = Partner(id: "p.bezirk", name: "Bezirksregierung Münster", shortName: "BR MS",
                                       category: .competentAuthority, level: .region, cities: ["Münster"])
    public static let caritas = Partner(id: "p.caritas", name: "Caritas Düsseldorf", shortName: "CDD",
                                        category: .welfare, cities: ["Düsseldorf"])
    public static let diakonie = Partner(id: "p.diakonie", name: "Diakonie an der Hauptstraße", shortName: "DHS",
                                         category: .welfare, cities: ["Essen"])
    public static let eineWelt = Partner(id: "p.einewelt", name: "Eine Welt Netz Bonn", shortName: "EWN",
                                         category: .migrantOrganisation, cities: ["Bonn"])

    /// Deliberately not in name order, so tests see the lists sort.
    public static let partners = [diakonie, agentur, eineWelt, bezirk, caritas]

    public static let siteKoeln = Site(id: "s.koeln", name: "Beratungsstelle Köln", operatorID: "p.caritas", city: "Köln",
                                       services: [.recognitionCounselling], coordinate: GeoPoint(50.94, 6.96))
    public static let siteMuenster = Site(id: "s.muenster", name: "Beratung Münster", operatorID: "p.diakonie", city: "Münster",
                                          services: [.fairIntegration], coordinate: GeoPoint(51.96, 7.63))
    public static let siteMobil = Site(id: "s.mobil", name: "Mobiles Team", operatorID: nil, city: "Düsseldorf",
                                       services: [.recognitionCounselling], coordinate: nil)
    public static let sites = [siteKoeln, siteMuenster, siteMobil]

    public static let measurePflege = Measure(id: "m.pflege", name: "Brückenkurs Pflege", fieldOfAction: .qualification,
                                              providerIDs: ["p.caritas"], year: 2019, allocation: .euros(1_500_000),
                                              plannedParticipants: 120, costPerParticipant: .euros(12_500), isApproximate: false)
    public static let measureTraining = Measure(id: "m.training", name: "Interkulturelles Training", fieldOfAction: .intercultural,
                                                providerIDs: ["p.diakonie"], year: 2018, allocation: nil,
                                                plannedParticipants: nil, costPerParticipant: nil, isApproximate: true)
    public static let measures = [measurePflege, measureTraining]
}

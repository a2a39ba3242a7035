import Foundation
import XCTest
@testable import IQCore

// What the store tests share with the core tests (Tests/IQCoreTests/TestSupport.swift): the fixed
// clock and user, the reducer helper and the few fixture records they save and journal. Kept to
// these, so the two test targets stay independent.

/// The instant every test environment reports as "now".
let fixedDate = Date(timeIntervalSince1970: 1_700_000_000)

/// An environment whose clock, ids and user never change.
let testEnvironment = Environment(now: { fixedDate }, newID: { "id-1" }, userName: "tester")

/// Runs the actions in order through the app reducer and returns all effects they asked for.
@discardableResult
func reduce(_ state: inout AppState, _ actions: Action..., environment: Environment = testEnvironment) -> [Effect] {
    var effects: [Effect] = []
    for action in actions {
        effects += AppReducer.reduce(into: &state, action: action, environment: environment)
    }
    return effects
}

/// Records as in the core tests' Fixture.
enum Fixture {
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

    static let partners = [diakonie, agentur, eineWelt, bezirk, caritas]

    static let siteKoeln = Site(id: "s.koeln", name: "Beratungsstelle Köln", operatorID: "p.caritas", city: "Köln",
                                services: [.recognitionCounselling], coordinate: GeoPoint(50.94, 6.96))
    static let siteMobil = Site(id: "s.mobil", name: "Mobiles Team", operatorID: nil, city: "Düsseldorf",
                                services: [.recognitionCounselling], coordinate: nil)
    static let measureTraining = Measure(id: "m.training", name: "Interkulturelles Training", fieldOfAction: .intercultural,
                                         providerIDs: ["p.diakonie"], year: 2018, allocation: nil,
                                         plannedParticipants: nil, costPerParticipant: nil, isApproximate: true)
}

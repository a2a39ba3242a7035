import Foundation
import XCTest
@testable import IQCore
@testable import IQTUI

/// A small fixed document, so screen tests do not change when the seed dataset grows.
enum Fixture {
    static let document = Document(
        partners: [
            Partner(id: "p.whkt", name: "Westdeutscher Handwerkskammertag", shortName: "WHKT", category: .chamber,
                    level: .state, fieldsOfAction: [.counselling, .intercultural], cities: ["Düsseldorf"],
                    role: "Zuwendungsempfänger für IQ in NRW", website: "iq-netzwerk-nrw.de",
                    phone: "0211-3007-760", address: "Völklinger Str. 79, 40221 Düsseldorf",
                    relations: [Relation(.partOf, "p.iq")]),
            Partner(id: "p.iq", name: "IQ Netzwerk NRW", category: .network, level: .state, cities: []),
            Partner(id: "p.mozaik", name: "MOZAIK gGmbH", shortName: "MOZAIK", category: .provider,
                    fieldsOfAction: [.counselling], cities: ["Bielefeld", "Bottrop"]),
            Partner(id: "p.zab", name: "Zentralstelle für ausländisches Bildungswesen", shortName: "ZAB",
                    category: .competentAuthority, level: .federal),
            Partner(id: "p.koeln", name: "Handwerkskammer zu Köln", shortName: "HWK Köln", category: .chamber,
                    cities: ["Köln"]),
        ],
        sites: [
            Site(id: "s.bi", name: "MOZAIK Bielefeld", operatorID: "p.mozaik", city: "Bielefeld",
                 services: [.recognitionCounselling], coordinate: GeoPoint(52.03, 8.53)),
            Site(id: "s.mobil", name: "WHKT mobiles Beratungsteam", operatorID: "p.whkt", city: "Düsseldorf",
                 services: [.recognitionCounselling], coordinate: nil, note: "mobiles Beratungsteam"),
            Site(id: "s.k", name: "HWK Köln", operatorID: "p.koeln", city: "Köln",
                 services: [.adaptationQualification], coordinate: GeoPoint(50.94, 6.96)),
        ],
        measures: [
            Measure(id: "m.h.2019", name: "Qualifizierung Gesundheitsberufe", fieldOfAction: .qualification,
                    providerIDs: ["p.mozaik"], year: 2019, allocation: .euros(1_500_000), plannedParticipants: 300,
                    costPerParticipant: .euros(5_000), isApproximate: true),
            Measure(id: "m.x.2020", name: "Ohne Angaben", fieldOfAction: .qualification,
                    providerIDs: [], year: 2020, allocation: nil, plannedParticipants: nil,
                    costPerParticipant: nil, isApproximate: false),
        ]
    )

    static func state(_ language: Language = .de, ascii: Bool = false) -> AppState {
        AppState(document: document, language: language, options: AppState.Options(ascii: ascii, mouse: true))
    }

    static let environment = Environment(now: { Date(timeIntervalSince1970: 1_800_000_000) }, newID: { "new" }, userName: "test")

    /// Drives the app reducer to reach a screen. Not exhaustive: the screen tests check what is
    /// drawn, so neither the state changes nor the effects are asserted here (the reducer's
    /// behaviour is specified in IQCoreTests with the exhaustive TestStore). The one place the
    /// screen tests run the reducer.
    @discardableResult
    static func drive(_ state: inout AppState, _ actions: Action...) -> [Effect] {
        drive(&state, actions)
    }

    @discardableResult
    static func drive(_ state: inout AppState, _ actions: [Action]) -> [Effect] {
        var effects: [Effect] = []
        for action in actions { effects += AppReducer.reduce(into: &state, action: action, environment: environment) }
        return effects
    }

    /// Renders as the runtime does: with the list page the layout gives.
    static func render(_ state: AppState, _ width: Int, _ height: Int) -> Canvas {
        var state = state
        let layout = ScreenLayout(state: state, size: Size(width: width, height: height))
        drive(&state, .navigation(.setListPage(layout.listPage)))
        return Screen.render(state, size: Size(width: width, height: height))
    }
}

/// Compares a canvas with a golden text screen in Goldens/. Set UPDATE_GOLDENS=1 to rewrite
/// them after a deliberate change, then review the diff.
func assertGolden(_ canvas: Canvas, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    let url = URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
        .appendingPathComponent("Goldens").appendingPathComponent("\(name).txt")
    let actual = canvas.text() + "\n"
    if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("missing golden \(name).txt (run with UPDATE_GOLDENS=1 and review it)", file: file, line: line)
        return
    }
    if expected != actual {
        XCTFail("screen differs from golden \(name).txt:\n--- expected\n\(expected)--- actual\n\(actual)", file: file, line: line)
    }
}

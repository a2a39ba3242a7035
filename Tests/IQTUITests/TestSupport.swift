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

    /// A first frame at this size (no earlier frame's list offsets to scroll from).
    static func render(_ state: AppState, _ width: Int, _ height: Int) -> Canvas {
        Screen.render(state, size: Size(width: width, height: height))
    }
}

/// Compares a canvas with a golden screen in Goldens/. Set UPDATE_GOLDENS=1 to rewrite them
/// after a deliberate change, then review the diff.
///
/// A golden file is the frame as text (`Canvas.text()`: one line per row, trailing blanks
/// trimmed), then a line `--- roles`, then one line per row giving each cell's `StyleRole` as
/// one letter (`GoldenRoles.letter`; the right half of a wide glyph repeats its glyph's letter,
/// so the letters stand under the columns they colour), trailing normal cells (`.`) trimmed.
/// The role lines make a lost highlight, focus frame or warning colour fail the test, not
/// only a changed text.
func assertGolden(_ canvas: Canvas, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    let url = URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
        .appendingPathComponent("Goldens").appendingPathComponent("\(name).txt")
    let actual = canvas.text() + "\n" + GoldenRoles.separator + "\n" + GoldenRoles.map(canvas) + "\n"
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

/// The style layer of a golden: one letter per role.
enum GoldenRoles {
    static let separator = "--- roles"

    /// Lower case for the plain variant, upper case for the focused or stronger one where a
    /// role has two; `.` for normal so an unstyled screen reads as empty.
    static func letter(_ role: StyleRole) -> Character {
        switch role {
        case .normal: "."
        case .dim: "d"
        case .border: "b"
        case .borderFocused: "B"
        case .title: "t"
        case .titleFocused: "T"
        case .header: "h"
        case .selection: "S"
        case .selectionUnfocused: "s"
        case .accent: "a"
        case .label: "l"
        case .link: "k"
        case .statusBar: "u"
        case .statusInfo: "i"
        case .statusWarning: "w"
        case .statusError: "e"
        case .overlay: "o"
        case .overlayBorder: "O"
        case .overlayTitle: "V"
        case .key: "K"
        case .input: "n"
        case .placeholder: "p"
        case .gaugeNormal: "g"
        case .gaugeWarning: "G"
        case .gaugeOver: "x"
        case .chartBar: "c"
        }
    }

    /// Every row's role letters, one per cell, trailing normal cells trimmed.
    static func map(_ canvas: Canvas) -> String {
        (0..<canvas.height).map { y in
            var line = String((0..<canvas.width).map { letter(canvas[$0, y].role) })
            while line.hasSuffix(".") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}

import Foundation
import XCTest
import IQTestSupport
import IQRandom
@testable import IQCore

/// Distances, the gazetteer, the outlines, nearest sites, the location exports and the
/// generated data files.
final class GeoTests: XCTestCase {
    private let koeln = GeoPoint(50.94, 6.96)
    private let duesseldorf = GeoPoint(51.23, 6.77)

    // MARK: Distance

    func testDistancesBetweenCityCentres() {
        XCTAssertTrue((30...38).contains(Geo.distanceKm(koeln, duesseldorf)), "\(Geo.distanceKm(koeln, duesseldorf))")
        let aachenHoexter = Geo.distanceKm(GeoPoint(50.78, 6.08), GeoPoint(51.77, 9.38))
        XCTAssertTrue((230...260).contains(aachenHoexter), "\(aachenHoexter)")
        XCTAssertEqual(Geo.distanceKm(koeln, duesseldorf), Geo.distanceKm(duesseldorf, koeln), accuracy: 1e-9)
        XCTAssertEqual(Geo.distanceKm(koeln, koeln), 0)
        // A degree of latitude is about 111 km anywhere.
        XCTAssertEqual(Geo.distanceKm(GeoPoint(51, 7), GeoPoint(52, 7)), 111.2, accuracy: 0.2)
    }

    // MARK: Gazetteer

    func testGazetteerHoldsAllMunicipalitiesOfNRW() {
        let all = Gazetteer.all
        XCTAssertEqual(all.count, 396)
        XCTAssertEqual(Set(all.map(\.ags)).count, 396)
        XCTAssertTrue(all.allSatisfy { $0.ags.count == 8 && $0.ags.hasPrefix("05") })
        for m in all {
            XCTAssertTrue((50.32...52.54).contains(m.point.latitude) && (5.86...9.47).contains(m.point.longitude), m.name)
            XCTAssertGreaterThan(m.areaKm2, 0, m.name)
        }
        XCTAssertEqual(Set(all.map(\.regierungsbezirk)), ["Arnsberg", "Detmold", "Düsseldorf", "Köln", "Münster"])
        XCTAssertEqual(all.filter(\.kreisfrei).count, 22)
        XCTAssertEqual(Set(all.map(\.kreis)).count, 53)
        XCTAssertEqual(Set(all.map(\.kind)), ["Stadt", "Gemeinde"])
    }

    func testFindIgnoresCaseAndDiacritics() {
        for typed in ["Köln", "koln", "Koeln", "KÖLN", " köln "] {
            XCTAssertEqual(Gazetteer.find(typed)?.name, "Köln", typed)
        }
        XCTAssertEqual(Gazetteer.find("muenster")?.name, "Münster")
        XCTAssertEqual(Gazetteer.find("Muelheim an der Ruhr")?.name, "Mülheim an der Ruhr")
        XCTAssertEqual(Gazetteer.find("Muelheim")?.name, "Mülheim an der Ruhr", "a unique start up to a word")
        XCTAssertEqual(Gazetteer.find("moenchengladbach")?.ags, "05116000")
        XCTAssertEqual(Gazetteer.find("Bergisch-Gladbach")?.name, "Bergisch Gladbach", "hyphen as space")
        XCTAssertNil(Gazetteer.find("Bad"), "many start with Bad")
        XCTAssertNil(Gazetteer.find("Atlantis"))
        XCTAssertNil(Gazetteer.find(""))
        let koeln = Gazetteer.find("koeln")
        XCTAssertEqual(koeln?.kreisfrei, true)
        XCTAssertEqual(koeln?.regierungsbezirk, "Köln")
    }

    func testCompletionPutsPrefixesFirst() {
        XCTAssertEqual(Gazetteer.complete("monchen").first?.name, "Mönchengladbach")
        XCTAssertEqual(Gazetteer.complete("moenchen").first?.name, "Mönchengladbach")
        let gladbach = Gazetteer.complete("gladbach").map(\.name)
        XCTAssertTrue(gladbach.contains("Bergisch Gladbach") && gladbach.contains("Mönchengladbach"), "\(gladbach)")
        let bad = Gazetteer.complete("bad", limit: 50).map(\.name)
        let firstOther = bad.firstIndex { !$0.lowercased().hasPrefix("bad") } ?? bad.count
        XCTAssertTrue(bad[..<firstOther].allSatisfy { $0.hasPrefix("Bad") })
        XCTAssertTrue(bad[firstOther...].allSatisfy { !$0.hasPrefix("Bad") })
        XCTAssertEqual(Array(bad[..<firstOther]), bad[..<firstOther].sorted(), "each group by name")
        XCTAssertEqual(Gazetteer.complete("e", limit: 3).count, 3)
        XCTAssertEqual(Gazetteer.complete("xyzzy"), [])
    }

    func testSuggestionsForUnknownPlaces() {
        XCTAssertEqual(Gazetteer.suggestions(for: "Dusseldrof").first?.name, "Düsseldorf")
        XCTAssertEqual(Gazetteer.suggestions(for: "Bielfeld").first?.name, "Bielefeld")
        XCTAssertEqual(Gazetteer.suggestions(for: "Muenstr").first?.name, "Münster")
        XCTAssertEqual(Gazetteer.suggestions(for: "Atlantis").count, 5)
        XCTAssertEqual(Gazetteer.suggestions(for: "Atlantis", limit: 2).count, 2)
        XCTAssertEqual(Gazetteer.suggestions(for: ""), [])
        XCTAssertEqual(Gazetteer.editDistance(Array("abcd".utf8), Array("acbd".utf8)), 1, "a swap counts one")
        XCTAssertEqual(Gazetteer.editDistance(Array("kitten".utf8), Array("sitting".utf8)), 3)
    }

    /// A pasted page in a place, country or occupation field is compared by its start only (the
    /// comparison is quadratic; the robustness harness spent minutes per run in it): the bound
    /// is longer than every name in the tables, so no real name ranks differently.
    func testFuzzyLookupsCompareABoundedStartOfTheQuery() {
        let page = String(repeating: "Mülheim an der Ruhr ", count: 500)
        let bound = Gazetteer.fuzzyQuery(Gazetteer.Key.fold(page)).count
        XCTAssertLessThan(bound, 100)
        XCTAssertEqual(Gazetteer.suggestions(for: page).first?.name, "Mülheim an der Ruhr", "ranked by the start")
        XCTAssertEqual(Countries.suggestions(for: page), [], "a pasted page is close to no country")
        let names = Gazetteer.keys.flatMap(\.forms) + Countries.keys.flatMap { $0 } + ReferenceOccupations.keys.flatMap { $0 }
        XCTAssertLessThan(names.map(\.utf8.count).max() ?? 0, bound, "every name is compared whole")
    }

    // MARK: Boundaries

    /// The outline's numbers are read by hand; each must be the very Double the standard parser
    /// gives, and a malformed point is left out.
    func testTheOutlineParserReadsNumbersExactly() {
        func number(_ text: String) -> Double? {
            var text = text
            return text.withUTF8 { Boundaries.number($0[...]) }
        }
        var random = SeededRandom(seed: 17)
        for _ in 0..<2_000 {
            let text = "\(random.below(180)).\(String(random.below(100_000)))"
            XCTAssertEqual(number(text), Double(text), text)
        }
        for text in ["51.4252", "-0.5", "7", "0.1", "123456789.123456789"] { XCTAssertEqual(number(text), Double(text), text) }
        for text in ["", "-", "1,5", "1.2.3", "x", "1e5"] { XCTAssertNil(number(text), text) }
        let regions = Boundaries.parse("L|Land\n1.5,50.25;2,51;bad;3,52\nK|Kreis|Kreis|Köln\n4,5")
        XCTAssertEqual(regions.map(\.name), ["Land", "Kreis"])
        XCTAssertEqual(regions.first?.rings, [[GeoPoint(50.25, 1.5), GeoPoint(51, 2), GeoPoint(52, 3)]])
        XCTAssertEqual(regions.last?.regierungsbezirk, "Köln")
    }

    func testOutlinesOfLandBezirkeAndKreise() throws {
        let points = Boundaries.land.reduce(0) { $0 + $1.count }
        XCTAssertTrue((300...2000).contains(points), "\(points)")
        XCTAssertEqual(Set(Boundaries.regierungsbezirke.map(\.name)), ["Arnsberg", "Detmold", "Düsseldorf", "Köln", "Münster"])
        XCTAssertEqual(Boundaries.kreise.count, 53)
        XCTAssertEqual(Set(Boundaries.kreise.map(\.name)), Set(Gazetteer.all.map(\.kreis)))
        XCTAssertTrue(Boundaries.kreise.allSatisfy { ["Kreis", "Kreisfreie Stadt"].contains($0.type) })
        for ring in Boundaries.land { XCTAssertEqual(ring.first, ring.last, "rings are closed") }
        let bounds = try XCTUnwrap(Boundaries.bounds)
        XCTAssertEqual(bounds.maxLatitude, 52.53, accuracy: 0.02)
        XCTAssertEqual(bounds.minLatitude, 50.32, accuracy: 0.02)
        XCTAssertEqual(bounds.minLongitude, 5.87, accuracy: 0.02)
        XCTAssertEqual(bounds.maxLongitude, 9.45, accuracy: 0.02)
    }

    func testSimplifyKeepsEndsAndDropsPoints() throws {
        let ring = try XCTUnwrap(Boundaries.land.first)
        let coarse = Boundaries.simplify(ring, tolerance: 0.02)
        XCTAssertLessThan(coarse.count, ring.count / 2)
        XCTAssertGreaterThan(coarse.count, 10)
        XCTAssertEqual(coarse.first, ring.first)
        XCTAssertEqual(coarse.last, ring.last)
        XCTAssertTrue(coarse.allSatisfy { ring.contains($0) })
        XCTAssertEqual(Boundaries.simplify(ring, tolerance: 0), ring)
        XCTAssertLessThanOrEqual(Boundaries.simplify(ring, tolerance: 0.05).count, coarse.count)
        let line = [GeoPoint(51, 7), GeoPoint(51.0001, 7.5), GeoPoint(51, 8)]
        XCTAssertEqual(Boundaries.simplify(line, tolerance: 0.001), [GeoPoint(51, 7), GeoPoint(51, 8)])
        XCTAssertEqual(Boundaries.simplify(Array(line.prefix(2)), tolerance: 1), Array(line.prefix(2)))
    }

    func testRegierungsbezirkContainingAPoint() {
        XCTAssertEqual(Boundaries.regierungsbezirk(containing: koeln), "Köln")
        XCTAssertEqual(Boundaries.regierungsbezirk(containing: GeoPoint(51.96, 7.63)), "Münster")
        XCTAssertEqual(Boundaries.regierungsbezirk(containing: GeoPoint(52.03, 8.53)), "Detmold")
        XCTAssertEqual(Boundaries.regierungsbezirk(containing: GeoPoint(51.51, 7.47)), "Arnsberg")
        XCTAssertEqual(Boundaries.regierungsbezirk(containing: duesseldorf), "Düsseldorf")
        XCTAssertNil(Boundaries.regierungsbezirk(containing: GeoPoint(52.52, 13.40)), "Berlin")
        XCTAssertNil(Boundaries.regierungsbezirk(containing: GeoPoint(50.85, 5.69)), "Maastricht")
        XCTAssertEqual(Boundaries.kreis(containing: GeoPoint(51.72, 8.75))?.name, "Paderborn")
        // The gazetteer and the outlines agree: every municipality's point lies in its Kreis and Bezirk.
        let wrong = Gazetteer.all.filter {
            Boundaries.regierungsbezirk(containing: $0.point) != $0.regierungsbezirk || Boundaries.kreis(containing: $0.point)?.name != $0.kreis
        }
        XCTAssertEqual(wrong.map(\.name), [])
    }

    // MARK: Nearest sites

    private func nearest(_ place: String, _ service: SiteService? = nil) throws -> [(site: Site, km: Double)] {
        let origin = try XCTUnwrap(Gazetteer.find(place), place)
        return NearestSites.rank(Seed.sites, from: origin.point, service: service)
    }

    func testNearestSitesOrdering() throws {
        let hoexter = try nearest("Höxter").prefix(2).map(\.site.city)
        XCTAssertEqual(Set(hoexter), ["Paderborn", "Detmold"])
        XCTAssertEqual(try nearest("Aachen").first?.site.name, "DGB Bildungswerk Aachen")
        XCTAssertEqual(try nearest("Bonn").prefix(2).map(\.site.name), ["LerNet Bonn", "Otto Benecke Stiftung Bonn"])
        XCTAssertEqual(try nearest("Köln").first?.site.name, "DGB Bildungswerk Köln", "equal distance: by name")
        let all = try nearest("Essen")
        XCTAssertEqual(all.count, Seed.sites.count - 1, "the mobile team has no place")
        XCTAssertFalse(all.contains { $0.site.isMobile })
        XCTAssertEqual(all.map(\.km), all.map(\.km).sorted())
    }

    func testNearestSitesFilteredByService() throws {
        let fair = try nearest("Essen", .fairIntegration)
        XCTAssertEqual(fair.map(\.site.name), ["DGB Bildungswerk Düsseldorf", "DGB Bildungswerk Dortmund"])
        let health = try nearest("Höxter", .healthQualification)
        XCTAssertEqual(health.map(\.site.name), ["Uni Münster"])
        XCTAssertEqual(try nearest("Bonn", .adaptationQualification).first?.site.name, "Otto Benecke Stiftung Bonn")
    }

    // MARK: Exports

    func testGeoJSONIsValid() throws {
        let text = LocationExchange.geojson(Seed.document)
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(root["type"] as? String, "FeatureCollection")
        let features = try XCTUnwrap(root["features"] as? [[String: Any]])
        XCTAssertEqual(features.count, Seed.sites.count)
        var mobile = 0
        for feature in features {
            XCTAssertEqual(feature["type"] as? String, "Feature")
            let properties = try XCTUnwrap(feature["properties"] as? [String: Any])
            for key in ["id", "name", "operator", "city", "services"] { XCTAssertNotNil(properties[key], key) }
            if feature["geometry"] is NSNull {
                mobile += 1
                XCTAssertEqual(properties["id"] as? String, "site.whkt-mobil")
                continue
            }
            let geometry = try XCTUnwrap(feature["geometry"] as? [String: Any])
            XCTAssertEqual(geometry["type"] as? String, "Point")
            let c = try XCTUnwrap(geometry["coordinates"] as? [Double])
            XCTAssertEqual(c.count, 2)
            XCTAssertTrue((5.8...9.5).contains(c[0]) && (50.3...52.6).contains(c[1]), "[lon, lat]: \(c)")
        }
        XCTAssertEqual(mobile, 1)
        XCTAssertTrue(text.contains("\"geometry\": null"))
        XCTAssertEqual(LocationExchange.geojson(Document()), "{\n  \"type\": \"FeatureCollection\",\n  \"features\": []\n}\n")
    }

    func testCSVHasOneRowPerSite() throws {
        let german = try CSV.read(LocationExchange.csv(Seed.document, language: .de, byteOrderMark: true))
        XCTAssertEqual(german.separator, ";")
        XCTAssertEqual(german.rows.count, Seed.sites.count + 1)
        XCTAssertEqual(german.rows.first?.fields, ["ID", "Name", "Träger", "Ort", "Angebote", "Breite", "Länge"])
        let aachen = try XCTUnwrap(german.rows.first { $0.fields.first == "site.dgb-bildungswerk-aachen" })
        XCTAssertEqual(Array(aachen.fields.suffix(2)), ["50,78", "6,08"])
        let mobile = try XCTUnwrap(german.rows.first { $0.fields.first == "site.whkt-mobil" })
        XCTAssertEqual(Array(mobile.fields.suffix(2)), ["", ""])
        let english = try CSV.read(LocationExchange.csv(Seed.document, language: .en))
        XCTAssertEqual(english.separator, ",")
        XCTAssertEqual(english.rows.count, Seed.sites.count + 1)
        XCTAssertEqual(english.rows.first?.fields.last, "Longitude")
    }

    // MARK: Command line

    func testNearestAndExportLocationsParse() throws {
        func parse(_ a: [String]) -> Result<LaunchOptions, LaunchOptions.ParseError> { LaunchOptions.parse(a, environment: [:]) }
        XCTAssertEqual(try parse(["nearest", "Köln"]).get().command, .nearest(place: "Köln", service: nil))
        XCTAssertEqual(try parse(["nearest", "Bad", "Oeynhausen"]).get().command, .nearest(place: "Bad Oeynhausen", service: nil))
        XCTAssertEqual(try parse(["nearest", "--service", "faireintegration", "Essen"]).get().command,
                       .nearest(place: "Essen", service: .fairIntegration))
        XCTAssertEqual(try parse(["nearest", "Essen", "--service=Recognition counselling"]).get().command,
                       .nearest(place: "Essen", service: .recognitionCounselling))
        XCTAssertEqual(try parse(["nearest", "Essen", "--service", "HEALTHQUALIFICATION"]).get().command,
                       .nearest(place: "Essen", service: .healthQualification))
        XCTAssertEqual(parse(["nearest", "Essen", "--service", "yoga"]), .failure(.badService("yoga")))
        XCTAssertTrue(LaunchOptions.ParseError.badService("yoga").message.text(.de).contains("fairIntegration"))
        XCTAssertEqual(parse(["nearest"]), .failure(.missingArgument("nearest")))
        XCTAssertEqual(parse(["nearest", "Essen", "--service"]), .failure(.missingValue("--service")))
        XCTAssertEqual(parse(["export", "partners", "--service", "x"]), .failure(.unexpectedArgument("--service")))
        XCTAssertEqual(try parse(["export", "locations"]).get().command, .exportLocations(format: .csv))
        XCTAssertEqual(try parse(["export", "locations", "--format", "GeoJSON"]).get().command, .exportLocations(format: .geojson))
        XCTAssertEqual(parse(["export", "locations", "--format", "vcard"]), .failure(.badLocationFormat("vcard")))
        XCTAssertEqual(parse(["export", "partners", "--format", "geojson"]), .failure(.badExportFormat("geojson")))
        XCTAssertEqual(parse(["export", "locations", "x"]), .failure(.unexpectedArgument("x")))
    }

    // MARK: Generated data

    func testGeneratedDataMatchesTheScript() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let geo = root.deletingLastPathComponent().appendingPathComponent("shared/domain/geo")
        guard FileManager.default.fileExists(atPath: geo.appendingPathComponent("nrw-gemeinden.csv").path) else {
            throw XCTSkip("../shared/domain/geo is not here")
        }
        let python = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let python else { throw XCTSkip("python3 is not installed") }
        let out = NSTemporaryDirectory() + "iq-geo-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [root.appendingPathComponent("scripts/embed-geo.py").path, geo.path, "--out", out]
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        for name in ["GazetteerData.swift", "BoundaryData.swift"] {
            let fresh = FileManager.default.contents(atPath: out + "/" + name)
            let committed = FileManager.default.contents(atPath: root.appendingPathComponent("Sources/IQCore/Locations/Generated/" + name).path)
            XCTAssertNotNil(fresh, name)
            XCTAssertTrue(fresh == committed, "\(name) is stale: run scripts/embed-geo.py")
            XCTAssertTrue(String(decoding: fresh ?? Data(), as: UTF8.self).contains(Gazetteer.attribution), name)
        }
    }
}

/// `iq-tui nearest` and `iq-tui export locations`, run as the built program against a private
/// HOME and XDG_DATA_HOME without a data file (so on the built-in network data).
final class GeoCommandTests: XCTestCase {
    private var home = ""

    override func setUpWithError() throws {
        home = NSTemporaryDirectory() + "iq-geo-cmd-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: home)
    }

    private func run(_ arguments: [String], language: String = "de") throws -> (status: Int32, out: String, err: String) {
        let r = try ProgramRun.run(arguments, home: home, language: language)
        return (r.status, r.out, r.err)
    }

    /// The ranked lines: those starting with a rank number.
    private func ranked(_ out: String) -> [String] {
        out.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.first?.isNumber == true }
    }

    func testNearestKoeln() throws {
        let result = try run(["nearest", "Köln"])
        XCTAssertEqual(result.status, 0, result.err)
        let lines = ranked(result.out)
        XCTAssertEqual(lines.count, Seed.sites.count - 1)
        XCTAssertTrue(lines.first?.hasPrefix("1.") == true && lines.first?.contains("DGB Bildungswerk Köln") == true, result.out)
        XCTAssertTrue(result.out.hasPrefix("Nächste Standorte zu Köln (kreisfreie Stadt, Regierungsbezirk Köln):"), result.out)
        XCTAssertTrue(lines.contains { $0.contains("Bonn") && $0.range(of: #"\d,\d km"#, options: .regularExpression) != nil }, "decimal comma")
        XCTAssertTrue(result.out.contains("WHKT mobiles Beratungsteam"), "the mobile team is mentioned")
        XCTAssertTrue(result.out.hasSuffix(Gazetteer.attribution + "\n"), "attribution last")
        XCTAssertFalse(FileManager.default.fileExists(atPath: home + "/xdg/iq-tui/iq-tui.plist"), "no data file is made")
    }

    func testNearestUnknownPlaceSuggests() throws {
        let result = try run(["nearest", "Atlantis"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.out, "")
        XCTAssertTrue(result.err.hasPrefix("Ort „Atlantis“ nicht gefunden. Meinten Sie: "), result.err)
        let typo = try run(["nearest", "Dusseldrof"], language: "en")
        XCTAssertTrue(typo.err.contains("Did you mean: Düsseldorf"), typo.err)
    }

    func testNearestWithServiceFilter() throws {
        let result = try run(["nearest", "--service", "faireintegration", "Essen"], language: "en")
        XCTAssertEqual(result.status, 0, result.err)
        let lines = ranked(result.out)
        XCTAssertEqual(lines.count, 2, result.out)
        XCTAssertTrue(lines.allSatisfy { $0.contains("Faire Integration") && $0.range(of: #"\d\.\d km"#, options: .regularExpression) != nil },
                      result.out)
        XCTAssertFalse(result.out.contains("WHKT mobiles Beratungsteam"), "the mobile team offers no Faire Integration")
        let bad = try run(["nearest", "--service", "yoga", "Essen"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.err.contains("fairIntegration"), bad.err)
    }

    func testExportLocationsAsGeoJSONParses() throws {
        let result = try run(["export", "locations", "--format", "geojson"])
        XCTAssertEqual(result.status, 0, result.err)
        let root = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
        XCTAssertEqual(root?["type"] as? String, "FeatureCollection")
        XCTAssertEqual((root?["features"] as? [Any])?.count, Seed.sites.count)
        let csv = try run(["export", "locations"])
        XCTAssertTrue(csv.out.hasPrefix("\u{FEFF}ID;Name;Träger;Ort;Angebote;Breite;Länge\r\n"), csv.out)
    }
}

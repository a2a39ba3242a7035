import Foundation
import XCTest
import IQTestSupport
@testable import IQCore

/// Documents through `SnapshotCodec.encode` and `decode`, in both formats.
final class SnapshotCodecTests: XCTestCase {
    let savedAt = Date(timeIntervalSince1970: 1_732_547_280.25)

    private func roundTrip(_ document: Document, _ format: SnapshotFormat, savedAt: Date? = nil,
                           file: StaticString = #filePath, line: UInt = #line) throws -> (Document, SnapshotCodec.Header) {
        let bytes = SnapshotCodec.encode(document, format: format, savedAt: savedAt ?? self.savedAt, savedBy: "Jürgen Müller")
        XCTAssertEqual(SnapshotFormat.detect(bytes), format, file: file, line: line)
        let (decoded, header) = try SnapshotCodec.decode(bytes, path: "/x/\(format).plist")
        XCTAssertEqual(header.formatVersion, SnapshotCodec.formatVersion, file: file, line: line)
        XCTAssertEqual(header.savedBy, "Jürgen Müller", file: file, line: line)
        return (decoded, header)
    }

    /// The document as the XML format keeps it: every date rounded down to a whole second.
    private func wholeSeconds(_ document: Document) -> Document {
        func floor(_ m: RecordMeta) -> RecordMeta {
            var m = m
            m.modifiedAt = Date(timeIntervalSince1970: m.modifiedAt.timeIntervalSince1970.rounded(.down))
            return m
        }
        var d = document
        for var p in d.partners.items { p.meta = floor(p.meta); d.partners.put(p) }
        for var s in d.sites.items { s.meta = floor(s.meta); d.sites.put(s) }
        for var m in d.measures.items { m.meta = floor(m.meta); d.measures.put(m) }
        return d
    }

    func testSeedDocumentRoundTripsInBothFormats() throws {
        let seed = Seed.document
        XCTAssertEqual(seed.partners.count, 92)
        for format in SnapshotFormat.allCases {
            let (decoded, header) = try roundTrip(seed, format)
            XCTAssertEqual(decoded, seed, "\(format)")
            XCTAssertEqual(decoded.partners.items.map(\.id), seed.partners.items.map(\.id), "order kept, \(format)")
            XCTAssertEqual(decoded.sites.items.map(\.id), seed.sites.items.map(\.id), "\(format)")
            XCTAssertEqual(decoded.measures.items.map(\.id), seed.measures.items.map(\.id), "\(format)")
            let expectedDate = format == .binary ? savedAt : Date(timeIntervalSince1970: savedAt.timeIntervalSince1970.rounded(.down))
            XCTAssertEqual(header.savedAt, expectedDate, "\(format)")
        }
    }

    func testEmptyDocumentRoundTrips() throws {
        for format in SnapshotFormat.allCases {
            let (decoded, _) = try roundTrip(Document(), format)
            XCTAssertEqual(decoded, Document(), "\(format)")
            XCTAssertTrue(decoded.partners.isEmpty && decoded.sites.isEmpty && decoded.measures.isEmpty)
        }
    }

    func testUnicodeTextRoundTrips() throws {
        let names = [
            "Ärztekammer Nordrhein – Düsseldorf, Straße 1, ß ẞ Öl Übel",
            "🧑‍⚕️ Pflege-Brücke 🇩🇪 👩🏽‍🔧",                  // grapheme clusters, flags, skin tones
            "e\u{301} vs é, 中文, العربية, Ελληνικά",             // combining mark, CJK, RTL
            "<tag> & \"quotes\" 'single' ]]> &amp;",              // XML specials
            "Zeile 1\nZeile 2\r\nZeile 3\tTab",                   // CR survives XML via &#13;
            "\u{1F600}\u{10FFFF}",                                // astral plane, last code point
        ]
        let partners = names.enumerated().map { i, name in
            Partner(id: RecordID("p.ü\(i).🙂"), meta: RecordMeta(revision: 2, modifiedAt: fixedDate, modifiedBy: "Zoë Ćosić"),
                    name: name, shortName: String(name.prefix(3)), category: .welfare, level: .municipal,
                    fieldsOfAction: [.counselling, .fairIntegration], cities: ["Köln", "Mülheim an der Ruhr", name],
                    role: name + " Rolle", website: "https://bücher.example/ä", email: "jürgen@müller.de",
                    phone: "+49 211 123", address: name, relations: [Relation(.cooperatesWith, "p.ü0.🙂")])
        }
        let site = Site(id: "s.über", name: "Beratungsstelle Gütersloh 🏢", operatorID: "p.ü0.🙂", city: "Gütersloh",
                        services: [.recognitionCounselling], coordinate: GeoPoint(51.9, 8.38), note: names[4])
        let measure = Measure(id: "m.ß", name: "Maßnahme „Brücke“ – 🧪", fieldOfAction: .intercultural, providerIDs: ["p.ü1.🙂"],
                              year: 2019, allocation: .euros(12), plannedParticipants: 3, costPerParticipant: Money(cents: 399),
                              isApproximate: true)
        let document = Document(partners: partners, sites: [site], measures: [measure])
        for format in SnapshotFormat.allCases {
            let (decoded, _) = try roundTrip(document, format)
            XCTAssertEqual(decoded, document, "\(format)")
            // Byte for byte, not just canonically equal: "é" precomposed and decomposed stay apart.
            XCTAssertEqual(decoded.partners.items.map { Array($0.name.unicodeScalars) },
                           partners.map { Array($0.name.unicodeScalars) }, "\(format)")
        }
    }

    func testDatesBinaryExactXMLToWholeSeconds() throws {
        let instants: [TimeInterval] = [
            1_700_000_000.123456,       // sub-second
            1_700_000_000.999999,       // just below the next second
            0.5,                        // 1970
            978_307_200.000001,         // just after 2001-01-01 (the binary format's epoch)
            978_307_199.75,             // just before it (negative reference seconds)
            -1_000_000.25,              // before 1970
            4_102_444_800.5,            // 2100
        ]
        let partners = instants.enumerated().map { i, t in
            Partner(id: RecordID("p.\(i)"), meta: RecordMeta(revision: i + 1, modifiedAt: Date(timeIntervalSince1970: t), modifiedBy: "u"),
                    name: "P\(i)", category: .provider)
        }
        let document = Document(partners: partners)
        let savedAt = Date(timeIntervalSince1970: 1_700_000_000.987654)

        let (binary, binaryHeader) = try roundTrip(document, .binary, savedAt: savedAt)
        XCTAssertEqual(binary, document)
        XCTAssertEqual(binaryHeader.savedAt, savedAt)
        XCTAssertEqual(binary.partners.items.map(\.meta.modifiedAt.timeIntervalSince1970), instants)

        let (xml, xmlHeader) = try roundTrip(document, .xml, savedAt: savedAt)
        XCTAssertEqual(xml, wholeSeconds(document))
        XCTAssertEqual(xmlHeader.savedAt.timeIntervalSince1970, 1_700_000_000)
        XCTAssertEqual(xml.partners.items.map(\.meta.modifiedAt.timeIntervalSince1970), instants.map { $0.rounded(.down) })
    }

    func testOptionalFieldsRoundTripAsAbsent() throws {
        let partner = Partner(id: "p.bare", name: "Nur ein Name", category: .project)   // level nil, all text empty
        let mobile = Site(id: "s.mobil", name: "Mobiles Team", operatorID: nil, city: "", services: [], coordinate: nil)
        let fixed = Site(id: "s.fest", name: "Fest", operatorID: "p.bare", city: "Bonn", services: SiteService.allCases,
                         coordinate: GeoPoint(-33.868_820_123_456_78, 151.209_295_987_654_32))
        let unknownMoney = Measure(id: "m.unbekannt", name: "Ohne Zahlen", fieldOfAction: .qualification, providerIDs: [],
                                   year: 2018, allocation: nil, plannedParticipants: nil, costPerParticipant: nil, isApproximate: false)
        let zeroMoney = Measure(id: "m.null", name: "Null ist nicht unbekannt", fieldOfAction: .qualification, providerIDs: ["p.bare"],
                                year: 2020, allocation: Money(cents: 0), plannedParticipants: 0, costPerParticipant: Money(cents: -1),
                                isApproximate: false)
        let document = Document(partners: [partner], sites: [mobile, fixed], measures: [unknownMoney, zeroMoney])
        for format in SnapshotFormat.allCases {
            let (decoded, _) = try roundTrip(document, format)
            XCTAssertEqual(decoded, document, "\(format)")
            XCTAssertNil(decoded.sites["s.mobil"]?.coordinate, "\(format)")
            XCTAssertEqual(decoded.sites["s.mobil"]?.isMobile, true)
            XCTAssertNil(decoded.sites["s.mobil"]?.operatorID)
            XCTAssertEqual(decoded.sites["s.fest"]?.coordinate, fixed.coordinate, "reals exact, \(format)")
            XCTAssertNil(decoded.partners["p.bare"]?.level)
            let m = decoded.measures["m.unbekannt"]
            XCTAssertNil(m?.allocation, "\(format)")
            XCTAssertNil(m?.plannedParticipants)
            XCTAssertNil(m?.costPerParticipant)
            XCTAssertEqual(decoded.measures["m.null"]?.allocation, Money(cents: 0), "zero is kept apart from unknown")
            XCTAssertEqual(decoded.measures["m.null"]?.plannedParticipants, 0)
        }
        // Absent values are left out of the file rather than written as empty.
        let root = SnapshotCodec.plist(document, savedAt: savedAt, savedBy: "x")
        guard case .array(let measures)? = root["measures"], let first = measures.first else { return XCTFail("no measures") }
        XCTAssertNil(first["allocationCents"])
        XCTAssertNil(first["plannedParticipants"])
    }

    /// Every prefix of a snapshot must fail to load, cleanly, with an error that says so.
    func testEveryCutOfASnapshotFailsCleanly() {
        let document = Fixture.document()
        var cutLooksDamaged = 0
        for format in SnapshotFormat.allCases {
            let bytes = SnapshotCodec.encode(document, format: format, savedAt: savedAt, savedBy: "x")
            // XML ends in a newline after </plist>: cutting only that leaves a whole file.
            let whole = format == .xml ? bytes.count - 1 : bytes.count
            for cut in 0..<whole {
                let result = Result { () throws(SnapshotError) in try SnapshotCodec.decode(Array(bytes.prefix(cut)), path: "/p") }
                guard case .failure(let error) = result else {
                    XCTFail("\(format) cut at \(cut) of \(bytes.count) loaded")
                    continue
                }
                switch (format, cut, error) {
                case (_, 0, .empty), (.xml, _, .truncated), (.binary, 1...40, .truncated):
                    break
                case (.binary, 41..., .truncated), (.binary, 41..., .notAPropertyList):
                    // The binary trailer (offset table position, object count) is the last 32
                    // bytes, so a longer cut reads as a damaged trailer rather than a short file.
                    if case .notAPropertyList = error { cutLooksDamaged += 1 }
                default:
                    XCTFail("\(format) cut at \(cut) of \(bytes.count): \(error)")
                }
            }
        }
        print("binary snapshots cut after the first 40 bytes reported as 'not a property list': \(cutLooksDamaged)")
    }

    func testDuplicateIDsAreRefused() throws {
        let p = Partner(id: "p.x", name: "X", category: .project)
        let root = SnapshotCodec.plist(Document(partners: [p]), savedAt: savedAt, savedBy: "x")
        let doubled = plistReplacing(root, key: "partners", with: .array([p.plist, p.plist]))
        XCTAssertThrowsError(try SnapshotCodec.decode(BinaryPlist.encode(doubled), path: "/d")) { error in
            guard case .wrongSchema(let path, let detail)? = error as? SnapshotError else { return XCTFail("\(error)") }
            XCTAssertEqual(path, "/d")
            XCTAssertTrue(detail.contains("duplicate id 'p.x'"), detail)
        }
    }
}

/// The Erstberatung's date and the Bescheid's details (issue 15): written when present, absent
/// otherwise, so files written before them load unchanged.
final class SnapshotRecognitionTests: XCTestCase {
    func testTheDetailsRoundTripAndOldCasesLoadWithout() throws {
        let meta = RecordMeta(revision: 1, modifiedAt: Date(timeIntervalSince1970: 1_700_000_000), modifiedBy: "x")
        var full = Case(id: "c.full", meta: meta, number: "NRW-2026-000001", status: .onHold)
        full.decision = .zabStatement
        full.firstCounsellingDate = Day(year: 2026, month: 1, day: 5)
        full.recognition.fileCompleteDate = Day(year: 2026, month: 2, day: 1)
        full.recognition.skillsAnalysisDate = Day(year: 2026, month: 2, day: 2)
        full.recognition.compensation = .adaptationCourse
        full.recognition.adaptationMonths = 9
        full.recognition.grant = .refused
        full.recognition.grantAmount = Money(cents: 45_050)
        full.recognition.fees = Money(cents: 0)
        full.recognition.qualificationStart = Day(year: 2026, month: 3, day: 1)
        full.recognition.licenceDate = Day(year: 2026, month: 9, day: 1)
        full.recognition.onHoldSince = Day(year: 2026, month: 4, day: 1)
        full.recognition.endDate = Day(year: 2026, month: 10, day: 1)
        full.timeline = [TimelineEntry(day: Day(year: 2026, month: 4, day: 1) ?? .endOfYear(2026), kind: .status(from: .skillsAnalysis, to: .onHold))]
        let bare = Case(id: "c.bare", meta: meta, number: "NRW-2026-000002", status: .licensed)
        let document = Document(cases: [full, bare])
        for format in SnapshotFormat.allCases {
            let bytes = SnapshotCodec.encode(document, format: format, savedAt: Date(timeIntervalSince1970: 1_700_000_000), savedBy: "x")
            XCTAssertEqual(try SnapshotCodec.decode(bytes, path: "/x.plist").0, document, "\(format)")
        }
        let root = SnapshotCodec.plist(document, savedAt: Date(), savedBy: "x")
        guard case .array(let cases)? = root["cases"], cases.count == 2 else { return XCTFail("no cases") }
        let written = cases.first { $0["number"] == .string("NRW-2026-000002") }
        XCTAssertNil(written?["recognition"], "nothing recorded: no dictionary")
        XCTAssertNil(written?["firstCounsellingDate"])
        let other = cases.first { $0["number"] == .string("NRW-2026-000001") }
        XCTAssertEqual(other?["recognition"]?["feesCents"], .integer(0), "zero fees are kept apart from unknown")
        XCTAssertEqual(other?["firstCounsellingDate"], .string("2026-01-05"))
    }

    func testACaseWrittenBeforeTheDetailsLoads() throws {
        // A case as version 2 wrote it: no firstCounsellingDate, no recognition.
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <plist version="1.0"><dict>
            <key>formatVersion</key><integer>2</integer>
            <key>savedAt</key><date>2025-01-01T00:00:00Z</date><key>savedBy</key><string>x</string>
            <key>cases</key><array><dict>
            <key>id</key><string>c.old</string><key>revision</key><integer>3</integer>
            <key>modifiedAt</key><date>2025-01-01T00:00:00Z</date><key>modifiedBy</key><string>x</string>
            <key>number</key><string>NRW-2025-000001</string><key>status</key><string>decisionReceived</string>
            <key>decision</key><string>partial</string><key>decisionDate</key><string>2025-01-01</string>
            </dict></array>
            </dict></plist>
            """
        let (document, _) = try SnapshotCodec.decode(Array(xml.utf8), path: "/old.plist")
        let c = try XCTUnwrap(document.cases["c.old"])
        XCTAssertEqual(c.status, .decisionReceived)
        XCTAssertEqual(c.decision, .partial)
        XCTAssertNil(c.firstCounsellingDate)
        XCTAssertEqual(c.recognition, RecognitionDetails())
    }
}

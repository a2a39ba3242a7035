import Foundation
import XCTest
@testable import IQCore
@testable import IQStore

/// Snapshots written by earlier versions of the program must keep loading. The fixtures in
/// Fixtures/ were written once by the format-version-1 code and are never regenerated: when the
/// format changes, add a migration step (SnapshotMigrations) and a fixture of the old version,
/// and keep these tests passing unchanged.
final class SnapshotMigrationTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// What the version-1 fixtures hold.
    static let savedAt = Date(timeIntervalSince1970: 1_704_164_645)   // 2024-01-02T03:04:05Z
    static let expected = Document(
        partners: [
            Partner(id: "partner.iq-nrw", meta: RecordMeta(revision: 3, modifiedAt: Date(timeIntervalSince1970: 1_704_161_045), modifiedBy: "anna"),
                    name: "IQ Netzwerk NRW – Koordination", shortName: "IQ NRW", category: .network, level: .state,
                    fieldsOfAction: [.counselling, .regionalNetworks], cities: ["Düsseldorf", "Köln"],
                    role: "Koordination des Netzwerks", website: "https://www.iq-netzwerk-nrw.de", email: "info@example.org",
                    phone: "+49 211 000", address: "Straße 1, 40210 Düsseldorf", relations: [Relation(.partOf, "partner.bund")]),
            Partner(id: "partner.bund", name: "Bundesministerium für Arbeit und Soziales", shortName: "BMAS", category: .funder,
                    level: .federal, relations: [Relation(.funds, "partner.iq-nrw"), Relation(.cooperatesWith, "partner.ohne")]),
            Partner(id: "partner.ohne", name: "Träger ohne Angaben 🙂", category: .provider),
        ],
        sites: [
            Site(id: "site.koeln", name: "Beratungsstelle Köln", operatorID: "partner.iq-nrw", city: "Köln",
                 services: [.recognitionCounselling, .fairIntegration], coordinate: GeoPoint(50.9375, 6.9603), note: "Termine nach Vereinbarung"),
            Site(id: "site.mobil", name: "Mobiles Beratungsteam", operatorID: nil, city: "", services: [.recognitionCounselling], coordinate: nil),
        ],
        measures: [
            Measure(id: "measure.pflege", name: "Brückenmaßnahme Pflege", fieldOfAction: .qualification, providerIDs: ["partner.ohne"],
                    year: 2018, allocation: Money(cents: 12_345_678), plannedParticipants: 40, costPerParticipant: Money(cents: 308_642),
                    isApproximate: true),
            Measure(id: "measure.offen", name: "Offene Maßnahme", fieldOfAction: .intercultural, providerIDs: [], year: 2019,
                    allocation: nil, plannedParticipants: nil, costPerParticipant: nil, isApproximate: false),
        ])

    private func fixture(_ name: String) throws -> (path: String, bytes: [UInt8]) {
        let path = Self.fixtures.appendingPathComponent(name).path
        guard let data = FileManager.default.contents(atPath: path) else {
            XCTFail("missing fixture \(path)")
            throw SnapshotError.missing(path: path)
        }
        return (path, [UInt8](data))
    }

    private func checkVersion1(_ loaded: SnapshotFile.Loaded, format: SnapshotFormat) {
        XCTAssertEqual(loaded.format, format)
        XCTAssertEqual(loaded.header, SnapshotCodec.Header(formatVersion: 1, savedAt: Self.savedAt, savedBy: "fixture"))
        let d = loaded.document
        XCTAssertEqual(d, Self.expected, "\(format)")

        // Spelled out, so that changing `expected` together with the format cannot hide a break.
        XCTAssertEqual(d.partners.items.map(\.id.rawValue), ["partner.iq-nrw", "partner.bund", "partner.ohne"])
        let nrw = d.partners["partner.iq-nrw"]
        XCTAssertEqual(nrw?.name, "IQ Netzwerk NRW – Koordination")
        XCTAssertEqual(nrw?.category, .network)
        XCTAssertEqual(nrw?.level, .state)
        XCTAssertEqual(nrw?.fieldsOfAction, [.counselling, .regionalNetworks])
        XCTAssertEqual(nrw?.cities, ["Düsseldorf", "Köln"])
        XCTAssertEqual(nrw?.address, "Straße 1, 40210 Düsseldorf")
        XCTAssertEqual(nrw?.meta.revision, 3)
        XCTAssertEqual(nrw?.meta.modifiedBy, "anna")
        XCTAssertEqual(nrw?.meta.modifiedAt, Date(timeIntervalSince1970: 1_704_161_045))
        XCTAssertEqual(nrw?.relations, [Relation(.partOf, "partner.bund")])
        XCTAssertEqual(d.partners["partner.bund"]?.meta, .seed)
        XCTAssertEqual(d.partners["partner.ohne"]?.name, "Träger ohne Angaben 🙂")
        XCTAssertNil(d.partners["partner.ohne"]?.level)
        XCTAssertEqual(d.partners["partner.ohne"]?.role, "")

        XCTAssertEqual(d.sites["site.koeln"]?.coordinate, GeoPoint(50.9375, 6.9603))
        XCTAssertEqual(d.sites["site.koeln"]?.operatorID, "partner.iq-nrw")
        XCTAssertEqual(d.sites["site.koeln"]?.services, [.recognitionCounselling, .fairIntegration])
        XCTAssertNil(d.sites["site.mobil"]?.coordinate)
        XCTAssertNil(d.sites["site.mobil"]?.operatorID)

        let pflege = d.measures["measure.pflege"]
        XCTAssertEqual(pflege?.allocation, Money(cents: 12_345_678))
        XCTAssertEqual(pflege?.plannedParticipants, 40)
        XCTAssertEqual(pflege?.costPerParticipant, Money(cents: 308_642))
        XCTAssertEqual(pflege?.isApproximate, true)
        XCTAssertEqual(pflege?.year, 2018)
        let offen = d.measures["measure.offen"]
        XCTAssertNil(offen?.allocation)
        XCTAssertNil(offen?.plannedParticipants)
        XCTAssertNil(offen?.costPerParticipant)
        XCTAssertEqual(offen?.isApproximate, false)
    }

    func testBinaryVersion1FixtureLoads() throws {
        let (path, bytes) = try fixture("snapshot-v1.bplist")
        XCTAssertTrue(bytes.starts(with: Array("bplist00".utf8)))
        checkVersion1(try SnapshotFile(path: path).load(), format: .binary)
    }

    func testXMLVersion1FixtureLoads() throws {
        let (path, bytes) = try fixture("snapshot-v1.xml")
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains("<key>formatVersion</key>\n\t<integer>1</integer>"))
        checkVersion1(try SnapshotFile(path: path).load(), format: .xml)
    }

    func testFixturesAreVersion1OnDisk() throws {
        for name in ["snapshot-v1.bplist", "snapshot-v1.xml"] {
            let (_, bytes) = try fixture(name)
            XCTAssertEqual(try PropertyList.decodeAny(bytes)["formatVersion"], .integer(1), name)
        }
        // 1 → 2 adds an empty payments table and changes nothing else.
        XCTAssertEqual(try SnapshotMigrations.migrate(.dict([("formatVersion", .integer(1))]), from: 1),
                       .dict([("formatVersion", .integer(1)), ("payments", .array([]))]))
    }

    // MARK: Version 2 (payments, the Träger of a case)

    /// What the version-2 fixtures hold: a measure, a case booked to its Träger, two payments.
    static let expectedV2: Document = {
        let meta = RecordMeta(revision: 2, modifiedAt: Date(timeIntervalSince1970: 1_764_000_000), modifiedBy: "kim")
        var c = Case(id: "case.1", meta: meta, number: "NRW-2025-000001", status: .qualification)
        c.measureID = "measure.pflege"
        c.providerID = "partner.ohne"
        return Document(
            partners: [Partner(id: "partner.ohne", name: "Träger ohne Angaben 🙂", category: .provider)],
            measures: [Measure(id: "measure.pflege", name: "Brückenmaßnahme Pflege", fieldOfAction: .qualification, providerIDs: ["partner.ohne"],
                               year: 2025, allocation: .euros(100_000), plannedParticipants: 20, costPerParticipant: .euros(5_000), isApproximate: false)],
            cases: [c],
            payments: [
                Payment(id: "payment.1", meta: meta, measureID: "measure.pflege", providerID: "partner.ohne",
                        day: Day(year: 2025, month: 3, day: 31) ?? Day.endOfYear(2025), amount: Money(cents: 2_500_050), reference: "Abschlag 1/2025"),
                Payment(id: "payment.2", meta: meta, measureID: "measure.pflege", providerID: nil,
                        day: Day.endOfYear(2025), amount: .euros(-500), reference: ""),
            ])
    }()

    /// The version-2 fixtures were written once by the version-2 code and are never regenerated.
    func testVersion2FixturesLoad() throws {
        for name in ["snapshot-v2.bplist", "snapshot-v2.xml"] {
            let path = Self.fixtures.appendingPathComponent(name).path
            let loaded = try SnapshotFile(path: path).load()
            XCTAssertEqual(loaded.header.formatVersion, 2, name)
            XCTAssertEqual(loaded.document, Self.expectedV2, name)
            XCTAssertEqual(loaded.document.payments["payment.1"]?.amount, Money(cents: 2_500_050), name)
            XCTAssertEqual(loaded.document.cases["case.1"]?.providerID, "partner.ohne", name)
        }
    }

    /// The fixture's plist with formatVersion replaced (nil: removed).
    private func withVersion(_ version: PlistValue?) throws -> PlistValue {
        let root = try PropertyList.decodeAny(try fixture("snapshot-v1.bplist").bytes)
        guard case .dict(let pairs) = root else { throw SnapshotError.notAPropertyList(path: "fixture") }
        guard let version else { return .dict(pairs.filter { $0.0 != "formatVersion" }) }
        return .dict(pairs.map { $0.0 == "formatVersion" ? ($0.0, version) : $0 })
    }

    func testVersionZeroOrNegativeIsRejected() throws {
        for version: Int64 in [0, -1, -99, Int64.min] {
            let root = try withVersion(.integer(version))
            for bytes in [BinaryPlist.encode(root), XMLPlist.encode(root)] {
                XCTAssertThrowsError(try SnapshotCodec.decode(bytes, path: "/data/old.plist")) { error in
                    XCTAssertEqual(error as? SnapshotError,
                                   .wrongSchema(path: "/data/old.plist", detail: "formatVersion: unknown version \(version)"))
                }
            }
        }
    }

    func testMissingOrMistypedVersionIsRejected() throws {
        let cases: [(PlistValue?, String)] = [
            (nil, "formatVersion: missing"),
            (.string("1"), "formatVersion: expected a whole number"),
            (.real(1.0), "formatVersion: expected a whole number"),
        ]
        for (value, detail) in cases {
            XCTAssertThrowsError(try SnapshotCodec.decode(BinaryPlist.encode(try withVersion(value)), path: "/p")) { error in
                XCTAssertEqual(error as? SnapshotError, .wrongSchema(path: "/p", detail: detail))
            }
        }
        XCTAssertThrowsError(try SnapshotCodec.decode(BinaryPlist.encode(try withVersion(.integer(4))), path: "/p")) { error in
            XCTAssertEqual(error as? SnapshotError, .newerFormat(path: "/p", found: 4, supported: 3))
        }
    }
}

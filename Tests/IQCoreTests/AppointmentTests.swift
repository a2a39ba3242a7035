import Foundation
import XCTest
@testable import IQCore
import IQTestSupport

/// Appointment times, durations and cancelling (issue 16 §2): what counts as the next
/// appointment and as a contact, how the timeline says it, how the snapshot keeps it.
final class AppointmentTests: XCTestCase, CaseTesting {
    func testClockTimesParseAsPeopleTypeThem() {
        XCTAssertEqual(ClockTime(parsing: "9")?.text, "09:00")
        XCTAssertEqual(ClockTime(parsing: "9:30")?.text, "09:30")
        XCTAssertEqual(ClockTime(parsing: " 14.05 ")?.text, "14:05")
        XCTAssertEqual(ClockTime(parsing: "23:59")?.minutes, 23 * 60 + 59)
        for bad in ["", "24:00", "9:60", "9:5", "930", "9:30:00", "a:b", "-1:00", "９:30"] {
            XCTAssertNil(ClockTime(parsing: bad), bad)
        }
    }

    func testACancelledAppointmentIsNeitherNextNorAContact() {
        var c = makeCase("c.x", "NRW-2026-000001", "A", "B", beruf: "")
        c.timeline = [TimelineEntry(day: day(2026, 4, 1), kind: .appointment(channel: .phone)),
                      TimelineEntry(day: day(2026, 4, 2), kind: .appointment(channel: .phone), cancelled: true),
                      TimelineEntry(day: day(2026, 4, 20), kind: .appointment(channel: .video), cancelled: true),
                      TimelineEntry(day: day(2026, 4, 22), kind: .appointment(channel: .video))]
        XCTAssertEqual(c.nextAppointment(after: day(2026, 4, 15)), day(2026, 4, 22), "the cancelled one on the 20th is skipped")
        XCTAssertEqual(c.counsellingContacts(asOf: day(2026, 4, 15)), 1, "the cancelled talk was not held")
    }

    func testAnEndedCaseHasNoNextAppointment() {
        for status in CaseStatus.allCases {
            let c = makeCase("c.x", "NRW-2026-000001", "A", "B", beruf: "", status: status, appointments: [day(2026, 4, 20)])
            XCTAssertEqual(c.nextAppointment(after: day(2026, 4, 15)) == nil, status.isEnded, "\(status)")
        }
    }

    func testTheTimelineSaysTimeDurationAndCancelling() {
        let e = TimelineEntry(day: day(2026, 4, 20), kind: .appointment(channel: .video), time: ClockTime(hour: 10, minute: 0), minutes: 45, cancelled: true)
        XCTAssertEqual(e.describe(.de) { $0.rawValue }, "Termin (Video) 10:00, 45 Min. – abgesagt")
        XCTAssertEqual(e.describe(.en) { $0.rawValue }, "Appointment (video) 10:00, 45 min – cancelled")
        let old = TimelineEntry(day: day(2026, 4, 20), kind: .appointment(channel: .phone))
        XCTAssertEqual(old.describe(.de) { $0.rawValue }, "Termin (Telefon)", "an entry from before times were kept")
    }

    func testTimesDurationsAndCancellingSurviveTheSnapshot() throws {
        var c = makeCase("c.x", "NRW-2026-000001", "A", "B", beruf: "")
        c.timeline = [TimelineEntry(day: day(2026, 4, 20), kind: .appointment(channel: .video), note: "n", time: ClockTime(hour: 9, minute: 5), minutes: 30, cancelled: true),
                      TimelineEntry(day: day(2026, 4, 21), kind: .appointment(channel: .phone))]
        var document = Document()
        document.cases.put(c)
        for format in SnapshotFormat.allCases {
            let bytes = SnapshotCodec.encode(document, format: format, savedAt: Date(timeIntervalSince1970: 0), savedBy: "t")
            let (decoded, _) = try SnapshotCodec.decode(bytes, path: "/x.plist")
            XCTAssertEqual(decoded.cases["c.x"]?.timeline, c.timeline, "\(format)")
        }
        // An old entry has none of the keys, and a bad time is refused with its path.
        let old = PlistValue.dict([("day", .string("2026-04-20")), ("kind", .string("appointment")), ("channel", .string("phone"))])
        XCTAssertEqual(try TimelineEntry(fields: PlistReader(old, path: "t")), TimelineEntry(day: day(2026, 4, 20), kind: .appointment(channel: .phone)))
        let bad = PlistValue.dict([("day", .string("2026-04-20")), ("kind", .string("appointment")), ("channel", .string("phone")), ("time", .string("25:00"))])
        XCTAssertThrowsError(try TimelineEntry(fields: PlistReader(bad, path: "t"))) { XCTAssertEqual(($0 as? PlistReader.SchemaError)?.path, "t.time") }
    }
}

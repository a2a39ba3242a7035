#if PostgreSQL
import Foundation
import XCTest
@testable import IQPostgres

/// Rows in binary format, as the record reads ask for them, read the same as in text format.
final class QueryResultTests: XCTestCase {
    private var db: TestDatabase?

    override func setUpWithError() throws { db = try TestDatabase() }
    override func tearDown() { db?.drop() }

    private static let select = """
        SELECT i2, i4, i8, t, b FROM (VALUES
            (-2::int2, -70000::int4, -5000000000::int8, 'Müller ✓', '\\x00ff7f80'::bytea),
            (32767::int2, 2147483647::int4, 9223372036854775807::int8, '', ''::bytea),
            (NULL::int2, NULL::int4, NULL::int8, NULL::text, NULL::bytea)) AS v(i2, i4, i8, t, b)
        """

    func testIntegersTextAndByteaInBinaryFormat() throws {
        let c = try XCTUnwrap(db).admin()
        let binary = try c.execute(Self.select, results: .binary)
        XCTAssertTrue(binary.isBinary(4))
        XCTAssertEqual([binary.int(0, 0), binary.int(0, 1), binary.int(0, 2)], [-2, -70_000, -5_000_000_000])
        XCTAssertEqual([binary.int(1, 0), binary.int(1, 1), binary.int(1, 2)], [32_767, 2_147_483_647, Int.max])
        XCTAssertEqual(binary.text(0, 3), "Müller ✓")
        XCTAssertEqual(binary.text(1, 3), "")
        XCTAssertEqual(binary.bytes(0, 4), [0x00, 0xFF, 0x7F, 0x80])
        XCTAssertEqual(binary.bytes(1, 4), [])
        for column in 0..<5 {
            XCTAssertNil(binary.int(2, column))
            XCTAssertNil(binary.text(2, column))
            XCTAssertNil(binary.bytes(2, column))
        }
        // Text format gives the same integers and text.
        let text = try c.execute(Self.select)
        XCTAssertFalse(text.isBinary(4))
        XCTAssertNil(text.bytes(0, 4), "bytea in text format is hex, never taken for the bytes")
        for row in 0..<3 {
            for column in 0..<3 { XCTAssertEqual(text.int(row, column), binary.int(row, column)) }
            XCTAssertEqual(text.text(row, 3), binary.text(row, 3))
        }
    }

    func testEveryByteValueOfARecordComesBackAsItWas() throws {
        let c = try XCTUnwrap(db).admin()
        let all = (0...255).map { UInt8($0) }
        let result = try c.execute("SELECT $1::bytea", [.bytes(all + all.reversed())], results: .binary)
        XCTAssertEqual(result.bytes(0, 0), all + all.reversed())
    }
}
#endif

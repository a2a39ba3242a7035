import Foundation
import XCTest
@testable import IQCore
import IQRandom

/// A small deterministic generator (SplitMix64) for the mutation tests.

/// Bad input: each case must throw (or, for mutations that stay valid, decode), never crash.
extension PlistCodecTests {
    /// A binary plist from raw object bytes, with 1-byte offsets and references.
    func bplist(_ objects: [[UInt8]], top: UInt64 = 0, refSize: UInt8 = 1, count: UInt64? = nil) -> [UInt8] {
        var bytes = Array("bplist00".utf8)
        var offsets: [UInt8] = []
        for object in objects {
            offsets.append(UInt8(bytes.count))
            bytes += object
        }
        let table = UInt64(bytes.count)
        bytes += offsets
        bytes += [0, 0, 0, 0, 0, 0, 1, refSize]
        for v in [count ?? UInt64(objects.count), top, table] {
            bytes += (0..<8).reversed().map { UInt8(truncatingIfNeeded: v >> (8 * UInt64($0))) }
        }
        return bytes
    }

    func assertThrows(_ bytes: [UInt8], _ expected: PlistError? = nil, _ message: String = "",
                      file: StaticString = #filePath, line: UInt = #line) {
        do {
            let v = try PropertyList.decodeAny(bytes)
            XCTFail("decoded \(v) \(message)", file: file, line: line)
        } catch {
            if let expected { XCTAssertEqual(error, expected, message, file: file, line: line) }
            XCTAssertFalse(error.description.isEmpty)
        }
    }

    func testHandMadeBinaryEdgeCases() throws {
        XCTAssertEqual(try BinaryPlist.decode(bplist([[0x14] + [UInt8](repeating: 0, count: 15) + [42]])), .integer(42))
        XCTAssertEqual(try BinaryPlist.decode(bplist([[0x22, 0x3F, 0xC0, 0, 0]])), .real(1.5))
        XCTAssertEqual(try BinaryPlist.decode(bplist([[0x5F, 0x10, 16] + Array("sixteen chars!!!".utf8)])), .string("sixteen chars!!!"))
        XCTAssertEqual(try BinaryPlist.decode(bplist([[0x62, 0xD8, 0x3D, 0xDE, 0x00]])), .string("😀"))
        XCTAssertEqual(try BinaryPlist.decode(bplist([[0xA2, 1, 1], [0x51, 0x61]])), .array([.string("a"), .string("a")]))
        // Errors that say what is wrong.
        assertThrows(bplist([[0xA1, 0]]), .referenceCycle, "array containing itself")
        assertThrows(bplist([[0xA1, 1], [0xA1, 0]]), .referenceCycle, "indirect cycle")
        assertThrows(bplist([[0xD1, 1, 0], [0x51, 0x61]]), .referenceCycle, "dictionary containing itself")
        assertThrows(bplist([[0xD1, 1, 1], [0x10, 5]]), .corrupt("dictionary key is not a string"))
        assertThrows(bplist([[0xA1, 5]]), .corrupt("object reference out of range"))
        assertThrows(bplist([[0x00]]), .unsupported("null"))
        assertThrows(bplist([[0x80, 1]]), .unsupported("UID objects"))
        assertThrows(bplist([[0xC1, 0]]), .unsupported("sets"))
        assertThrows(bplist([[0x70]]))
        assertThrows(bplist([[0x14] + [UInt8](repeating: 1, count: 16)]), .unsupported("integers beyond 64 bits"))
        // Absurd counts: every one claims more bytes than there are.
        let huge: [UInt8] = [0x13, 0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]
        for marker: UInt8 in [0x4F, 0x5F, 0x6F, 0xAF, 0xDF] {
            assertThrows(bplist([[marker] + huge]), nil, "huge count for \(marker)")
            assertThrows(bplist([[marker, 0x13, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]]), nil, "negative count")
            assertThrows(bplist([[marker, 0x12, 0x00, 0x01, 0x00, 0x00]]), .truncated, "count past the end")
            assertThrows(bplist([[marker, 0x23]]), .corrupt("bad count marker"))
        }
        // Broken trailers.
        assertThrows(bplist([[0x09]], top: 1), .corrupt("top object out of range"))
        assertThrows(bplist([[0x09]], count: 1 << 62))
        assertThrows(bplist([[0x09]], count: 0))
        assertThrows(bplist([[0x09]], refSize: 0))
        assertThrows(Array("bplist00".utf8) + [UInt8](repeating: 0xFF, count: 40))
        assertThrows(Array("bplist".utf8), .truncated)
        assertThrows(Array("bplist01".utf8) + [UInt8](repeating: 0, count: 40), .unsupported("binary property list version other than 00"))
        assertThrows([], .notAPropertyList)
        assertThrows(Array("hello world".utf8), .notAPropertyList)
    }

    func testSharedContainersCannotExpandWithoutBound() {
        // Each array holds the next one twice: 60 objects that would expand to 2^60 values.
        func chain(_ n: UInt8) -> [[UInt8]] {
            var objects: [[UInt8]] = []
            for i in 1..<n { objects.append([0xA2, i, i]) }
            objects.append([0x09])
            return objects
        }
        assertThrows(bplist(chain(60)), .corrupt("shared containers expand too much"))
        // Modest sharing is fine and decodes to the full tree.
        XCTAssertNoThrow(try BinaryPlist.decode(bplist(chain(6))))
    }

    func testNestingDeeperThanTheLimitIsRejected() throws {
        func nested(_ depth: Int) -> PlistValue {
            (0..<depth).reduce(PlistValue.string("innen")) { inner, _ in .array([inner]) }
        }
        let limit = PropertyList.maxDepth
        XCTAssertEqual(try binaryRoundTrip(nested(limit)), nested(limit))
        XCTAssertEqual(try xmlRoundTrip(nested(limit)), nested(limit))
        assertThrows(BinaryPlist.encode(nested(limit + 1)), .tooDeep(limit: limit))
        assertThrows(XMLPlist.encode(nested(limit + 1)), .tooDeep(limit: limit))
        let deepDicts = (0..<(limit + 1)).reduce(PlistValue.integer(1)) { inner, _ in .dict([("k", inner)]) }
        assertThrows(BinaryPlist.encode(deepDicts), .tooDeep(limit: limit))
        // A huge unterminated nesting stops at the limit, long before the stack runs out.
        let text = "<plist>" + String(repeating: "<array>", count: 100_000)
        assertThrows(Array(text.utf8), .tooDeep(limit: limit))
    }

    func testMalformedXMLThrows() {
        let cases: [String] = [
            "<plist>", "<plist version=\"1.0\">", "<plist/>", "<plist><string>x</plist>", "<plist><string>x</string>",
            "<plist><dict><key>a</key></dict></plist>", "<plist><dict><string>x</string></dict></plist>",
            "<plist><array>Text</array></plist>", "<plist><key>x</key></plist>", "<plist><foo/></plist>",
            "<plist><string>a</string><string>b</string></plist>", "<plist><integer>12x</integer></plist>",
            "<plist><integer></integer></plist>", "<plist><integer>99999999999999999999</integer></plist>",
            "<plist><integer>-9223372036854775809</integer></plist>", "<plist><real>abc</real></plist>",
            "<plist><date>2026-13-01T00:00:00Z</date></plist>", "<plist><date>2026-02-29T00:00:00Z</date></plist>",
            "<plist><date>2026-11-25 15:48:00</date></plist>", "<plist><data>!!!!</data></plist>",
            "<plist><data>A</data></plist>", "<plist><data>AA=A</data></plist>", "<plist><string>&bogus;</string></plist>",
            "<plist><string>&#xD800;</string></plist>", "<plist><string>&#0;</string></plist>",
            "<plist><string>&amp</string></plist>", "<plist><true>x</true></plist>", "<plist><string><b/></string></plist>",
            "<plist><string>x</strong></plist>", "<plist><array><string>x</string></dict></plist>",
            "<plist version=1.0><string/></plist>", "<plist><string>x</string></plist>trailing", "<!-- only a comment -->",
            "<plist><!-- unterminated", "<?xml version=\"1.0\"", "<!DOCTYPE plist [", "< plist></plist>", "<",
        ]
        for text in cases { assertThrows(Array(text.utf8), nil, text) }
        assertThrows(Array("<plist><string>".utf8) + [0xFF, 0xFE] + Array("</string></plist>".utf8), .corrupt("invalid UTF-8"))
    }

    func testEveryTruncationThrows() {
        let binary = BinaryPlist.encode(Self.sample)
        // The trailer is at the end, so a cut binary file is only recognisably truncated while
        // it is shorter than header plus trailer; later cuts leave a damaged trailer.
        for n in 0..<binary.count {
            assertThrows(Array(binary[0..<n]), n == 0 ? .notAPropertyList : n <= 40 ? .truncated : nil, "binary prefix \(n)")
        }
        // Every cut XML document says it is truncated.
        let xml = XMLPlist.encode(Self.sample)
        let end = xml.count - 1  // everything but the final newline is needed
        for n in 1..<end { assertThrows(Array(xml[0..<n]), .truncated, "XML prefix \(n)") }
        XCTAssertNoThrow(try XMLPlist.decode(Array(xml[0..<end])))
        let withComments = Array("<?xml version=\"1.0\"?><!DOCTYPE plist><plist><array><!-- x --><string>a<![CDATA[b]]>&#x41;<!-- c --></string></array></plist>".utf8)
        XCTAssertEqual(try XMLPlist.decode(withComments), .array([.string("abA")]))
        for n in 1..<withComments.count { assertThrows(Array(withComments[0..<n]), .truncated, "XML prefix \(n)") }
    }

    func testRandomMutationsNeverCrash() {
        var random = SeededRandom(seed: 0x5EED_1234)
        let small = PlistValue.dict([("name", .string("Düsseldorf 😀")), ("n", .integer(-3)), ("r", .real(2.5)),
                                     ("d", .date(Self.subSecondDate)), ("b", .data([1, 2, 3])), ("t", .bool(true)),
                                     ("a", .array([.integer(300), .array([]), .dict([("x", .string("y"))])]))])
        var threw = 0
        var decoded = 0
        for original in [BinaryPlist.encode(small), XMLPlist.encode(small), BinaryPlist.encode(Self.sample)] {
            for _ in 0..<2000 {
                var bytes = original
                for _ in 0...random.below(4) {
                    let i = random.below(bytes.count)
                    switch random.below(3) {
                    case 0: bytes[i] = UInt8(truncatingIfNeeded: random.next())
                    case 1: bytes[i] ^= UInt8(1) << UInt8(random.below(8))
                    default: bytes[i] = [0x00, 0x0F, 0x10, 0x13, 0x7F, 0x80, 0xFF, 0x3C, 0x26][random.below(9)]
                    }
                }
                do {
                    let v = try PropertyList.decodeAny(bytes)
                    decoded += 1
                    // Whatever decodes must survive our own round trip. (Compared as bytes: a
                    // mutated date can be NaN, which is not equal to itself, and printing such a
                    // Date crashes Foundation.)
                    let again = BinaryPlist.encode(v)
                    XCTAssertTrue((try? BinaryPlist.encode(BinaryPlist.decode(again))) == again)
                } catch {
                    threw += 1
                }
            }
        }
        // Random garbage after a valid header reaches deeper than single-byte edits.
        for _ in 0..<2000 {
            let length = 41 + random.below(200)
            let garbage = Array("bplist00".utf8) + (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            if (try? PropertyList.decodeAny(garbage)) == nil { threw += 1 } else { decoded += 1 }
        }
        XCTAssertGreaterThan(threw, 1000)
        XCTAssertGreaterThan(decoded, 100, "many mutations (in strings, numbers, data) stay valid")
    }
}

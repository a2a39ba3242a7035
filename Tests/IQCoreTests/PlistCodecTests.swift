import Foundation
import XCTest
@testable import IQCore

// Round trips, exact format and interoperability (Foundation, Python's plistlib) of the
// hand-written binary and XML property-list codecs. Bad-input tests: PlistCodecTests+Robustness.

final class PlistCodecTests: XCTestCase {
    static let subSecondDate = Date(timeIntervalSinceReferenceDate: 786_123_456.789)
    static let oldDate = Date(timeIntervalSince1970: -1_000_000_000.25)

    /// Every value kind, with the awkward cases.
    static let sample: PlistValue = .dict([
        ("string", .string("Düsseldorf Straße")),
        ("cjk", .string("東京都渋谷区")),
        ("emoji", .string("Hallo 😀 Welt 👩‍👩‍👧")),
        ("empty", .string("")),
        ("specials", .string("a < b && c > d \"q\" 'a' ]]> \t\n\r end")),
        ("long", .string(String(repeating: "Lange Zeichenkette ", count: 20))),
        ("int", .integer(42)),
        ("min", .integer(.min)),
        ("max", .integer(.max)),
        ("neg", .integer(-1)),
        ("widths", .array([255, 256, 65_535, 65_536, 4_294_967_295, 4_294_967_296].map { .integer($0) })),
        ("real", .real(3.25)),
        ("negZero", .real(-0.0)),
        ("big", .real(1.797_693_134_862_315_7e308)),
        ("tiny", .real(.leastNonzeroMagnitude)),
        ("pi", .real(.pi)),
        ("true", .bool(true)),
        ("false", .bool(false)),
        ("date", .date(subSecondDate)),
        ("oldDate", .date(oldDate)),
        ("data", .data([0, 1, 2, 255])),
        ("emptyData", .data([])),
        ("bigData", .data((0..<1000).map { UInt8(truncatingIfNeeded: $0 * 7) })),
        ("emptyArray", .array([])),
        ("emptyDict", .dict([])),
        ("nested", .array([.dict([("a", .array([.integer(1), .array([]), .string("Köln")]))]), .string("x")])),
    ])

    /// The value with dates rounded down to whole seconds, as XML keeps them.
    static func wholeSeconds(_ v: PlistValue) -> PlistValue {
        switch v {
        case .date(let d): .date(Date(timeIntervalSinceReferenceDate: d.timeIntervalSinceReferenceDate.rounded(.down)))
        case .array(let items): .array(items.map(wholeSeconds))
        case .dict(let pairs): .dict(pairs.map { ($0.0, wholeSeconds($0.1)) })
        default: v
        }
    }

    func binaryRoundTrip(_ v: PlistValue) throws -> PlistValue { try BinaryPlist.decode(BinaryPlist.encode(v)) }
    func xmlRoundTrip(_ v: PlistValue) throws -> PlistValue { try XMLPlist.decode(XMLPlist.encode(v)) }

    // MARK: Round trips

    func testBinaryRoundTripOfEveryKind() throws {
        let back = try binaryRoundTrip(Self.sample)
        XCTAssertEqual(back, Self.sample)
        XCTAssertEqual(back["date"], .date(Self.subSecondDate), "binary dates keep sub-second precision")
        guard case .real(let z) = back["negZero"] else { return XCTFail("negZero") }
        XCTAssertEqual(z.sign, .minus)
        XCTAssertEqual(try PropertyList.decodeAny(BinaryPlist.encode(Self.sample)), Self.sample)
    }

    func testXMLRoundTripOfEveryKindKeepsWholeSeconds() throws {
        let back = try xmlRoundTrip(Self.sample)
        XCTAssertEqual(back, Self.wholeSeconds(Self.sample))
        XCTAssertNotEqual(back, Self.sample, "sub-second parts are lost in XML")
        XCTAssertEqual(back["date"], .date(Date(timeIntervalSinceReferenceDate: 786_123_456)))
        XCTAssertEqual(back["oldDate"], .date(Date(timeIntervalSince1970: -1_000_000_001)))
        guard case .real(let z) = back["negZero"] else { return XCTFail("negZero") }
        XCTAssertEqual(z.sign, .minus)
        XCTAssertEqual(try PropertyList.decodeAny(XMLPlist.encode(Self.sample)), back)
    }

    func testTopLevelScalarsAndSpecialReals() throws {
        let values: [PlistValue] = [.string("ä"), .integer(-7), .bool(false), .real(.nan), .real(.infinity),
                                    .real(-.infinity), .real(0.1), .real(-123.456e-200), .data([]), .array([]), .dict([])]
        for v in values {
            XCTAssertEqual(try binaryRoundTrip(v), v, "\(v)")
            XCTAssertEqual(try xmlRoundTrip(v), v, "\(v)")
        }
    }

    func testDictionariesWith15And256EntriesAndDuplicateStrings() throws {
        for n in [14, 15, 16, 255, 256, 300] {
            let v = PlistValue.dict((0..<n).map { ("key \($0)", .string($0 % 2 == 0 ? "gleich" : "wert \($0)")) })
            let bytes = BinaryPlist.encode(v)
            XCTAssertEqual(try BinaryPlist.decode(bytes), v)
            XCTAssertEqual(try xmlRoundTrip(v), v)
            XCTAssertEqual(bytes[8], n < 15 ? 0xD0 | UInt8(n) : 0xDF, "dictionary marker for \(n) entries")
        }
    }

    func testLargeArraysUseThreeByteReferencesAndOffsets() throws {
        let v = PlistValue.array((0..<70_000).map { .integer(Int64($0) * 1000) })
        let bytes = BinaryPlist.encode(v)
        XCTAssertEqual(bytes[bytes.count - 26], 3, "offset size")
        XCTAssertEqual(bytes[bytes.count - 25], 3, "reference size")
        XCTAssertEqual(try BinaryPlist.decode(bytes), v)
        XCTAssertEqual(try xmlRoundTrip(v), v)
        let any = try PropertyListSerialization.propertyList(from: Data(bytes), options: [], format: nil)
        let array = try XCTUnwrap(any as? [Any])
        XCTAssertEqual(array.count, 70_000)
        XCTAssertEqual((array[69_999] as? NSNumber)?.int64Value, 69_999_000)
    }

    func testHugeDataUsesFourByteOffsets() throws {
        let big = [UInt8](repeating: 0xAB, count: 17_000_000)
        let v = PlistValue.array([.data(big), .string("danach"), .integer(1)])
        let bytes = BinaryPlist.encode(v)
        XCTAssertEqual(bytes[bytes.count - 26], 4, "offset size")
        XCTAssertEqual(bytes[bytes.count - 25], 1, "reference size")
        XCTAssertEqual(try BinaryPlist.decode(bytes), v)
        let array = try XCTUnwrap(try PropertyListSerialization.propertyList(from: Data(bytes), options: [], format: nil) as? [Any])
        XCTAssertEqual((array[0] as? Data)?.count, big.count)
        XCTAssertEqual(array[1] as? String, "danach")
    }

    func testEqualKeysAndValuesAreStoredOnce() throws {
        let date = Date(timeIntervalSinceReferenceDate: 700_000_000)
        let records = PlistValue.array((0..<10_000).map { i in
            .dict([("name", .string("Partner \(i)")), ("city", .string("Köln")), ("zip", .integer(50_667)),
                   ("active", .bool(true)), ("created", .date(date))])
        })
        let bytes = BinaryPlist.encode(records)
        XCTAssertEqual(try BinaryPlist.decode(bytes), records)
        // Unshared, every record would carry its keys, "Köln", the zip and the date (~120 bytes).
        XCTAssertLessThan(bytes.count, 10_000 * 50, "keys and repeated values must be shared")
        let created = Array("created".utf8)
        let occurrences = (0...(bytes.count - created.count)).filter { bytes[$0..<($0 + created.count)].elementsEqual(created) }
        XCTAssertEqual(occurrences.count, 1)
        let foundation = try PropertyListSerialization.data(
            fromPropertyList: try PropertyListSerialization.propertyList(from: Data(bytes), options: [], format: nil),
            format: .binary, options: 0)
        XCTAssertLessThanOrEqual(bytes.count, foundation.count, "no bigger than Foundation's own binary output")
    }

    // MARK: Exact XML form

    func testXMLOutputIsApplesForm() {
        let v = PlistValue.dict([("Name", .string("A & B <c>")), ("Anzahl", .integer(-3)), ("Ja", .bool(true)),
                                 ("Wann", .date(Date(timeIntervalSinceReferenceDate: 817_314_480.5))),
                                 ("Bytes", .data([1, 2, 3])), ("Liste", .array([.real(1.5), .string("")])),
                                 ("Leer", .array([])), ("Nichts", .dict([]))])
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
            <plist version="1.0">
            <dict>
            \t<key>Name</key>
            \t<string>A &amp; B &lt;c&gt;</string>
            \t<key>Anzahl</key>
            \t<integer>-3</integer>
            \t<key>Ja</key>
            \t<true/>
            \t<key>Wann</key>
            \t<date>2026-11-25T15:48:00Z</date>
            \t<key>Bytes</key>
            \t<data>
            \tAQID
            \t</data>
            \t<key>Liste</key>
            \t<array>
            \t\t<real>1.5</real>
            \t\t<string></string>
            \t</array>
            \t<key>Leer</key>
            \t<array/>
            \t<key>Nichts</key>
            \t<dict/>
            </dict>
            </plist>

            """
        XCTAssertEqual(String(decoding: XMLPlist.encode(v), as: UTF8.self), expected)
    }

    func testXMLDecoderAcceptsTheWholeSubset() throws {
        let text = "\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<!-- vorher -->\n"
            + "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
            + "<plist version='1.0'>\n<dict>\n  <!-- ein Kommentar -->\n  <key>s</key> <string/>\n"
            + "  <key>e</key><string>&amp;&lt;&gt;&quot;&apos;&#228;&#x1F600;</string>\n"
            + "  <key>c</key><string><![CDATA[<roh> & ]]>x<!-- weg --></string>\n"
            + "  <key>crlf</key><string>a\r\nb\rc</string>\n"
            + "  <key>t</key><true></true><key>f</key><false/>\n"
            + "  <key>i</key><integer> -0x1F </integer><key>p</key><integer>+5</integer>\n"
            + "  <key>r</key><real>1e3</real><key>inf</key><real>-infinity</real>\n"
            + "  <key>d</key><date>2026-11-25T15:48:00Z</date><key>y</key><date>2026Z</date>\n"
            + "  <key>b</key><data>AAEC\n  Aw</data><key>n</key><data></data>\n"
            + "  <key></key><array ><integer>1</integer ></array>\n</dict>\n</plist>\n<!-- danach -->\n"
        let v = try XMLPlist.decode(Array(text.utf8))
        XCTAssertEqual(v["s"], .string(""))
        XCTAssertEqual(v["e"], .string("&<>\"'ä😀"))
        XCTAssertEqual(v["c"], .string("<roh> & x"))
        XCTAssertEqual(v["crlf"], .string("a\nb\nc"))
        XCTAssertEqual(v["t"], .bool(true))
        XCTAssertEqual(v["f"], .bool(false))
        XCTAssertEqual(v["i"], .integer(-31))
        XCTAssertEqual(v["p"], .integer(5))
        XCTAssertEqual(v["r"], .real(1000))
        XCTAssertEqual(v["inf"], .real(-.infinity))
        XCTAssertEqual(v["d"], .date(Date(timeIntervalSince1970: 1_795_621_680)))
        XCTAssertEqual(v["y"], .date(Date(timeIntervalSince1970: 1_767_225_600)))
        XCTAssertEqual(v["b"], .data([0, 1, 2, 3]))
        XCTAssertEqual(v["n"], .data([]))
        XCTAssertEqual(v[""], .array([.integer(1)]))
        XCTAssertEqual(try XMLPlist.decode(Array("<string>bare</string>".utf8)), .string("bare"))
    }

    // MARK: Foundation

    func testFoundationReadsOurOutput() throws {
        for bytes in [BinaryPlist.encode(Self.sample), XMLPlist.encode(Self.sample)] {
            let any = try PropertyListSerialization.propertyList(from: Data(bytes), options: [], format: nil)
            let d = try XCTUnwrap(any as? [String: Any])
            XCTAssertEqual(d["string"] as? String, "Düsseldorf Straße")
            XCTAssertEqual(d["cjk"] as? String, "東京都渋谷区")
            XCTAssertEqual(d["emoji"] as? String, "Hallo 😀 Welt 👩‍👩‍👧")
            XCTAssertEqual(d["empty"] as? String, "")
            XCTAssertEqual(d["specials"] as? String, "a < b && c > d \"q\" 'a' ]]> \t\n\r end")
            XCTAssertEqual((d["min"] as? NSNumber)?.int64Value, .min)
            XCTAssertEqual((d["max"] as? NSNumber)?.int64Value, .max)
            XCTAssertEqual((d["neg"] as? NSNumber)?.int64Value, -1)
            XCTAssertEqual((d["widths"] as? [Any])?.compactMap { ($0 as? NSNumber)?.int64Value },
                           [255, 256, 65_535, 65_536, 4_294_967_295, 4_294_967_296])
            XCTAssertEqual((d["pi"] as? NSNumber)?.doubleValue, .pi)
            XCTAssertEqual((d["big"] as? NSNumber)?.doubleValue, 1.797_693_134_862_315_7e308)
            XCTAssertEqual(d["true"] as? Bool, true)
            XCTAssertEqual(d["false"] as? Bool, false)
            XCTAssertEqual(d["data"] as? Data, Data([0, 1, 2, 255]))
            XCTAssertEqual(d["emptyData"] as? Data, Data())
            XCTAssertEqual((d["bigData"] as? Data)?.count, 1000)
            XCTAssertEqual((d["emptyDict"] as? [String: Any])?.count, 0)
            let nested = try XCTUnwrap(d["nested"] as? [Any])
            XCTAssertEqual(((nested[0] as? [String: Any])?["a"] as? [Any])?.last as? String, "Köln")
            let date = try XCTUnwrap(d["date"] as? Date)
            XCTAssertEqual(date.timeIntervalSinceReferenceDate, bytes[0] == UInt8(ascii: "b") ? 786_123_456.789 : 786_123_456)
        }
    }

    func testWeReadFoundationsOutput() throws {
        let date = Date(timeIntervalSinceReferenceDate: 12_345_678.5)
        let object: [String: Any] = [
            "name": "Münster – Prinzipalmarkt 😀", "ascii": "plain", "count": 42, "negative": -5, "big": Int64.max,
            "ratio": 0.25, "flag": true, "off": false, "when": date, "bytes": Data([9, 8, 7]),
            "list": [1, "zwei", [3.5], ["tief": "ja"]] as [Any], "many": (0..<300).map { "s\($0)" },
        ]
        for format in [PropertyListSerialization.PropertyListFormat.binary, .xml] {
            let data = try PropertyListSerialization.data(fromPropertyList: object, format: format, options: 0)
            let v = try PropertyList.decodeAny(Array(data))
            XCTAssertEqual(v["name"], .string("Münster – Prinzipalmarkt 😀"))
            XCTAssertEqual(v["ascii"], .string("plain"))
            XCTAssertEqual(v["count"], .integer(42))
            XCTAssertEqual(v["negative"], .integer(-5))
            XCTAssertEqual(v["big"], .integer(.max))
            XCTAssertEqual(v["ratio"], .real(0.25))
            XCTAssertEqual(v["flag"], .bool(true))
            XCTAssertEqual(v["off"], .bool(false))
            XCTAssertEqual(v["when"], .date(format == .binary ? date : Date(timeIntervalSinceReferenceDate: 12_345_678)))
            XCTAssertEqual(v["bytes"], .data([9, 8, 7]))
            XCTAssertEqual(v["list"], .array([.integer(1), .string("zwei"), .array([.real(3.5)]), .dict([("tief", .string("ja"))])]))
            XCTAssertEqual(v["many"], .array((0..<300).map { .string("s\($0)") }))
        }
    }

    // MARK: Python

    func testPythonPlistlibReadsOurOutput() throws {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let python = path, (try? run(python, ["-c", "import plistlib"]))?.status == 0 else {
            throw XCTSkip("python3 with plistlib not found")
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plist-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = """
            import plistlib, sys, json, datetime
            d = plistlib.load(open(sys.argv[1], "rb"))
            since = (d["date"] - datetime.datetime(2001, 1, 1)).total_seconds()
            print(json.dumps([d["string"], d["cjk"], d["emoji"], d["empty"], d["specials"], d["min"], d["max"], d["neg"],
                d["widths"], d["real"], repr(d["negZero"]), d["pi"], d["true"], d["false"], since, d["data"].hex(),
                d["emptyData"].hex(), len(d["bigData"]), d["emptyArray"], d["emptyDict"], d["nested"]], ensure_ascii=False))
            """
        let common = #""Düsseldorf Straße", "東京都渋谷区", "Hallo 😀 Welt 👩‍👩‍👧", "", "a < b && c > d \"q\" 'a' ]]> \t\n\r end", "#
            + #"-9223372036854775808, 9223372036854775807, -1, [255, 256, 65535, 65536, 4294967295, 4294967296], 3.25, "-0.0", "#
            + #"3.141592653589793, true, false, "#
        let tail = #", "000102ff", "", 1000, [], {}, [{"a": [1, [], "Köln"]}, "x"]]"#
        for (name, bytes, seconds) in [("b.plist", BinaryPlist.encode(Self.sample), "786123456.789"),
                                       ("x.plist", XMLPlist.encode(Self.sample), "786123456.0")] {
            let file = dir.appendingPathComponent(name)
            try Data(bytes).write(to: file)
            let result = try run(python, ["-c", script, file.path])
            XCTAssertEqual(result.status, 0, result.output)
            XCTAssertEqual(result.output.trimmingCharacters(in: .newlines), "[" + common + seconds + tail, name)
        }
    }

    private func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONIOENCODING"] = "utf-8"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

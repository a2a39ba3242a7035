import Foundation
import XCTest
@testable import IQCore

/// Control and bidi characters from data: shown visibly to people, escaped in JSON, never raw in
/// CSV or vCard, taken out on import and out of the saving user's name (issue 13 §2).
final class ControlCharacterTests: XCTestCase {
    /// OSC 52 (clipboard), OSC 0 (title), CSI 2J, BEL, NUL, C1 CSI, DEL, CR and bidi overrides/isolates.
    static let hostile = "A\u{1B}]52;c;ZXZpbA==\u{07}B\u{1B}]0;pwned\u{07}\u{1B}[2J\u{00}\u{9B}31m\u{7F}\r\u{202E}gpj.exe\u{2066}x\u{2069}\u{200F}Z"

    /// Whether any scalar would act on a terminal; `allowCR` for the CRLF line ends of CSV and vCard.
    static func rawControls(_ text: String, allowCR: Bool = false) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { s in
            if s == "\n" || s == "\t" || (allowCR && s == "\r") { return false }
            return s.value < 0x20 || (0x7F...0x9F).contains(s.value) || [0x061C, 0x200E, 0x200F].contains(s.value)
                || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
        }
    }

    func testVisibleWritesCaretAndCodePointNotation() {
        XCTAssertEqual(ControlCharacters.visible("a\u{1B}[2Jb\u{07}\u{00}\u{7F}"), "a^[[2Jb^G^@^?")
        XCTAssertEqual(ControlCharacters.visible("x\u{9B}31m\u{202E}y\u{2066}"), "x<U+009B>31m<U+202E>y<U+2066>")
        XCTAssertEqual(ControlCharacters.visible("Zeile 1\nZeile\t2\r"), "Zeile 1\nZeile\t2^M")
        XCTAssertEqual(ControlCharacters.visible("a\nb", keepLineBreaks: false), "a^Jb")
        XCTAssertEqual(ControlCharacters.visible("Köln – 👨‍👩‍👧"), "Köln – 👨‍👩‍👧", "ordinary text stays as it is")
        XCTAssertEqual(Self.rawControls(ControlCharacters.visible(Self.hostile)), [])
    }

    func testStrippedKeepsLineBreaksOnlyInMultiLineFields() {
        XCTAssertEqual(ControlCharacters.stripped("a\u{1B}[2Jb\u{202E}c", multiLine: false).text, "a[2Jbc")
        XCTAssertEqual(ControlCharacters.stripped("a\nb\tc\u{07}", multiLine: true).text, "a\nb\tc")
        XCTAssertEqual(ControlCharacters.stripped("a\nb\tc", multiLine: false).text, "a b c")
        XCTAssertFalse(ControlCharacters.stripped("Müller\nStraße", multiLine: true).removed)
        XCTAssertEqual(ControlCharacters.userName("ev\u{1B}]0;x\u{07}il"), "ev]0;xil")
        XCTAssertEqual(ControlCharacters.userName("\u{1B}\u{202E}"), "iq-tui")
    }

    // MARK: Machine formats

    private func hostilePartner() -> Partner {
        var p = Partner(id: "p1", name: Self.hostile, category: .project)
        p.shortName = Self.hostile
        p.role = "Zeile 1\n" + Self.hostile
        p.cities = [Self.hostile]
        p.website = "example.org/\u{1B}]52;c;x\u{07}"
        p.email = Self.hostile
        p.phone = Self.hostile
        p.address = Self.hostile
        p.meta = RecordMeta(modifiedAt: Date(timeIntervalSince1970: 0), modifiedBy: Self.hostile)
        return p
    }

    func testCSVJSONAndVCardCarryNoRawControl() {
        let p = hostilePartner()
        for language in Language.allCases {
            let csv = PartnerExchange.csv([p], language: language)
            XCTAssertEqual(Self.rawControls(csv, allowCR: true), [], csv)
            XCTAssertTrue(csv.contains("A^[]52;c;ZXZpbA==^GB"), csv)
            let vcard = PartnerExchange.vcard([p], language: language)
            XCTAssertEqual(Self.rawControls(vcard, allowCR: true), [], vcard)
            XCTAssertTrue(vcard.contains("<U+202E>gpj.exe"), vcard)
        }
        let json = PartnerExchange.json([p])
        XCTAssertEqual(Self.rawControls(json), [], json)
        // JSON escapes instead, so a reader gets the exact value back.
        XCTAssertTrue(json.contains("\\u001b[2J\\u0000\\u009b31m\\u007f\\r\\u202egpj.exe\\u2066x\\u2069\\u200fZ"), json)
        let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        XCTAssertEqual(object?.first?["name"] as? String, Self.hostile)
    }

    func testCSVLineBreaksStayInsideTheQuotedCell() throws {
        let csv = CSV.write([["a\r\nb\rc\u{1B}"]], separator: ";")
        XCTAssertEqual(csv, "\"a\nb\nc^[\"\r\n")
        XCTAssertEqual(try CSV.read(csv).rows.first?.fields, ["a\nb\nc^["])
    }

    func testCSVGuardsPipeAndFullwidthFormulaStarters() {
        for start in ["=", "+", "-", "@", "|", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"] {
            let cell = start + "cmd|' /C calc'!A0"
            let written = CSV.escape(cell, separator: ";")
            XCTAssertTrue(written.hasPrefix("'" + start), "\(start): \(written)")
            XCTAssertEqual(CSV.removeFormulaGuard(written), cell, "the import takes the guard off again")
        }
        XCTAssertEqual(CSV.escape("Köln", separator: ";"), "Köln")
    }

    // MARK: The saving user's name

    func testSnapshotDecodeCleansSavedByAndModifiedBy() throws {
        var document = Document()
        document.partners.put(hostilePartner())
        for format in [SnapshotFormat.binary, .xml] {
            let bytes = SnapshotCodec.encode(document, format: format, savedAt: Date(timeIntervalSince1970: 0), savedBy: "ev\u{1B}]0;x\u{07}il\u{202E}")
            let (decoded, header) = try SnapshotCodec.decode(bytes, path: "t")
            XCTAssertEqual(header.savedBy, "ev]0;xil")
            let meta = try XCTUnwrap(decoded.partners["p1"]).meta
            XCTAssertEqual(Self.rawControls(meta.modifiedBy), [])
        }
    }

    // MARK: Import

    func testPartnerImportRemovesControlsWithAWarningNamingLineAndColumn() {
        let csv = "Name;Rolle;Orte;Telefon\n"
            + "\"Gute\u{1B}]52;c;eA==\u{07} Stelle\";\"Zeile 1\nZeile\t2\u{9B}\";Köln;0211 1\u{202E}23\n"
            + "Saubere Stelle;Rolle;Bonn;0228 1\n"
        let result = PartnerExchange.importCSV(csv, existing: Document(), now: Date(), user: "t", newID: { RecordID(UUID().uuidString) })
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(result.records.map(\.name), ["Gute]52;c;eA== Stelle", "Saubere Stelle"])
        XCTAssertEqual(result.records.first?.role, "Zeile 1\nZeile\t2", "line breaks and tabs stay in the multi-line role")
        XCTAssertEqual(result.records.first?.phone, "0211 123")
        let warnings = result.warnings.filter { $0.message.name == PartnerExchangeText.importControlCharactersRemoved("").name }
        XCTAssertEqual(warnings.map(\.line), [2, 2, 2])
        XCTAssertEqual(warnings.map { $0.message.text(.de) }.first,
                       "Steuer- oder Richtungszeichen aus „Name“ entfernt (sie könnten ein Terminal steuern oder den Text umordnen).")
        XCTAssertEqual(Set(warnings.map(\.message)), Set(["Name", "Rolle", "Telefon"].map(PartnerExchangeText.importControlCharactersRemoved)))
    }

    func testCaseImportRemovesControlsWithAWarning() {
        let csv = "Fallnummer;Vorname;Nachname;Notizen\n;An\u{1B}[2Jna;Be\u{202E}ispiel;\"a\nb\u{07}\"\n"
        let result = CaseExchange.importCSV(csv, existing: Document(), now: Date(), user: "t", newID: { RecordID(UUID().uuidString) })
        XCTAssertEqual(result.errors, [])
        let c = result.records.first
        XCTAssertEqual(c?.person.firstName, "An[2Jna")
        XCTAssertEqual(c?.person.lastName, "Beispiel")
        XCTAssertEqual(c?.notes, "a\nb")
        XCTAssertEqual(result.warnings.filter { $0.message.name == PartnerExchangeText.importControlCharactersRemoved("").name }.map(\.line), [2, 2, 2])
    }
}

import Foundation

// JSON and vCard export of partners.
//
// JSON: an array with one object per partner; keys in a fixed order (id, name, shortName,
// category, level, fieldsOfAction, cities, role, website, email, phone, address, relations, meta),
// enum values as their raw values (the same as in the data file), `level` null when unknown,
// relations as {"kind", "target"} with the target's id, dates in ISO 8601 (UTC, whole seconds).
//
// vCard 4.0 (RFC 6350), one card per partner: KIND:org, FN and ORG the name, NICKNAME the short
// name, CATEGORIES the category and fields of action as the interface names them, URL (with
// "https://" put in front of a bare host name, since the property takes a URI), EMAIL,
// TEL;VALUE=text (the number as given), ADR with the whole address in the street component (the
// sources give it as one line), NOTE the role, REV the last change, UID urn:iq-tui:<id>. Text is
// escaped (`\` `,` `;` and line breaks), lines longer than 75 octets are folded with CRLF and a
// space without splitting a UTF-8 sequence, and every line ends in CRLF. Empty fields are left out.

extension PartnerExchange {
    // MARK: JSON

    public static func json(_ partners: [Partner]) -> String {
        guard !partners.isEmpty else { return "[]\n" }
        let objects = partners.map { p -> String in
            var lines: [String] = []
            func add(_ key: String, _ value: String) { lines.append("    \(jsonString(key)): \(value)") }
            add("id", jsonString(p.id.rawValue))
            add("name", jsonString(p.name))
            add("shortName", jsonString(p.shortName))
            add("category", jsonString(p.category.rawValue))
            add("level", p.level.map { jsonString($0.rawValue) } ?? "null")
            add("fieldsOfAction", jsonArray(p.fieldsOfAction.map { jsonString($0.rawValue) }))
            add("cities", jsonArray(p.cities.map(jsonString)))
            add("role", jsonString(p.role))
            add("website", jsonString(p.website))
            add("email", jsonString(p.email))
            add("phone", jsonString(p.phone))
            add("address", jsonString(p.address))
            add("relations", jsonArray(p.relations.map {
                "{ \"kind\": \(jsonString($0.kind.rawValue)), \"target\": \(jsonString($0.target.rawValue)) }"
            }))
            add("meta", "{ \"revision\": \(p.meta.revision), \"modifiedAt\": \(jsonString(isoDate(p.meta.modifiedAt))), "
                + "\"modifiedBy\": \(jsonString(p.meta.modifiedBy)) }")
            return "  {\n" + lines.joined(separator: ",\n") + "\n  }"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    private static func jsonArray(_ items: [String]) -> String {
        items.isEmpty ? "[]" : "[" + items.joined(separator: ", ") + "]"
    }

    /// A JSON string literal: quotes, backslashes, control and bidi characters escaped, the rest as is.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}", "\u{2029}":
                out += String(format: "\\u%04x", scalar.value)
            default:
                // C1 and bidi controls too: valid JSON either way, but raw they would act on a
                // terminal the output is shown in.
                if ControlCharacters.isUnsafe(scalar) {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// "2018-09-20T00:00:00Z".
    static func isoDate(_ date: Date) -> String {
        let c = utc(date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year, c.month, c.day, c.hour, c.minute, c.second)
    }

    private static func utc(_ date: Date) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return (c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    // MARK: vCard

    public static func vcard(_ partners: [Partner], language: Language = .de) -> String {
        var out = ""
        for p in partners {
            var lines = ["BEGIN:VCARD", "VERSION:4.0", "PRODID:-//iq-tui//iq-tui \(LaunchOptions.version)//DE", "KIND:org",
                         "UID:urn:iq-tui:\(uriValue(p.id.rawValue))",
                         "FN:\(vcardText(p.name))", "ORG:\(vcardText(p.name))"]
            if !p.shortName.isEmpty { lines.append("NICKNAME:\(vcardText(p.shortName))") }
            let categories = [p.category.label.text(language)] + p.fieldsOfAction.map { $0.label.text(language) }
            lines.append("CATEGORIES:" + categories.map(vcardText).joined(separator: ","))
            if !p.website.isEmpty { lines.append("URL:\(uriValue(websiteURI(p.website)))") }
            if !p.email.isEmpty { lines.append("EMAIL:\(vcardText(p.email))") }
            if !p.phone.isEmpty { lines.append("TEL;VALUE=text:\(vcardText(p.phone))") }
            if !p.address.isEmpty { lines.append("ADR:;;\(vcardText(p.address));;;;") }
            if !p.role.isEmpty { lines.append("NOTE:\(vcardText(p.role))") }
            let c = utc(p.meta.modifiedAt)
            lines.append(String(format: "REV:%04d%02d%02dT%02d%02d%02dZ", c.year, c.month, c.day, c.hour, c.minute, c.second))
            lines.append("END:VCARD")
            for line in lines { out += foldVCardLine(line) }
        }
        return out
    }

    /// A website as a URI: "https://" in front of a bare host name.
    static func websiteURI(_ website: String) -> String {
        let lower = website.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") ? website : "https://" + website
    }

    /// A text value escaped per RFC 6350 3.4: `\` `,` `;` and line breaks (CRLF, LF or CR → `\n`);
    /// other control and bidi characters written visibly (ControlCharacters.swift).
    static func vcardText(_ text: String) -> String {
        var out = ""
        var afterCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ",": out += "\\,"
            case ";": out += "\\;"
            case "\r": out += "\\n"
            case "\n": if !afterCR { out += "\\n" }
            default: out.unicodeScalars.append(scalar)
            }
            afterCR = scalar == "\r"
        }
        return ControlCharacters.visible(out, keepLineBreaks: false)
    }

    /// A URI value is not escaped, but may not break the line or carry a control character.
    private static func uriValue(_ text: String) -> String {
        ControlCharacters.visible(String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\r" && $0 != "\n" })),
                                  keepLineBreaks: false)
    }

    /// One content line folded to at most 75 octets per physical line (a continuation line starts
    /// with a space), never inside a UTF-8 sequence, ended by CRLF.
    static func foldVCardLine(_ line: String) -> String {
        var out = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octets + width > 75 {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(scalar)
            octets += width
        }
        return out + "\r\n"
    }
}

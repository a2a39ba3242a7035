import Foundation

// The Art. 15 report of one case (rules in CaseExchange.swift): `iq-tui export case NUMBER` and
// the `A` key in the program. Besides every stored field it says until when the data are kept
// and by which rule (Art. 15(1)(d) DSGVO: the envisaged storage period), from the configured
// retention periods (CaseRetention).

extension CaseExchange {
    /// One case as JSON: every column, the ids of linked records, the timeline and the record data.
    public static func reportJSON(_ c: Case, _ document: Document, retention: RetentionPolicy, today: Day? = nil) -> String {
        var lines: [String] = []
        func add(_ key: String, _ value: String) { lines.append("  \(json(key)): \(value)") }
        add("number", json(c.number))
        add("id", json(c.id.rawValue))
        let person: [Column] = [.firstName, .lastName, .birthYear, .sex, .phone, .email]
        add("person", "{ " + person.map { "\(json($0.key)): \(jsonValue($0, of: c, document))" }.joined(separator: ", ") + " }")
        for column in Column.allCases where !column.isPersonal && column != .number {
            add(column.key, jsonValue(column, of: c, document, today: today))
            if column == .authority { add("authorityID", c.authorityID.map { json($0.rawValue) } ?? "null") }
            if column == .site { add("siteID", c.siteID.map { json($0.rawValue) } ?? "null") }
            if column == .measure { add("measureID", c.measureID.map { json($0.rawValue) } ?? "null") }
            if column == .provider { add("providerID", c.providerID.map { json($0.rawValue) } ?? "null") }
        }
        add("notes", json(c.notes))
        let entries = c.timeline.map { e -> String in
            var fields = ["\"day\": \(json(e.day))"]
            switch e.kind {
            case .status(let from, let to): fields += ["\"kind\": \"status\"", "\"from\": \(json(from))", "\"to\": \(json(to))"]
            case .appointment(let channel):
                fields += ["\"kind\": \"appointment\"", "\"channel\": \(json(channel))"]
                if let time = e.time { fields.append("\"time\": \(json(time.text))") }
                if let minutes = e.minutes { fields.append("\"minutes\": \(minutes)") }
                if e.cancelled { fields.append("\"cancelled\": true") }
            case .referral(let partner):
                fields += ["\"kind\": \"referral\"", "\"partner\": \(json(partner.rawValue))",
                           "\"partnerName\": \(document.partners[partner].map { json($0.name) } ?? "null")"]
            }
            fields.append("\"note\": \(json(e.note))")
            return "    { " + fields.joined(separator: ", ") + " }"
        }
        add("timeline", entries.isEmpty ? "[]" : "[\n" + entries.joined(separator: ",\n") + "\n  ]")
        add("deletionDue", deletionDueJSON(CaseRetention.due(c, policy: retention)))
        add("meta", "{ \"revision\": \(c.meta.revision), \"modifiedAt\": \(json(PartnerExchange.isoDate(c.meta.modifiedAt))), "
            + "\"modifiedBy\": \(json(c.meta.modifiedBy)) }")
        return "{\n" + lines.joined(separator: ",\n") + "\n}\n"
    }

    /// One case as a readable report with headings: person, counselling, timeline, record.
    public static func report(_ c: Case, _ document: Document, language: Language, now: Date, retention: RetentionPolicy) -> String {
        let t = { (key: Message) in key.text(language) }
        let none = t(CommonText.valueNone)
        var out = CaseExchangeText.caseReportTitle(c.number).text(language) + "\n"
        out += CaseExchangeText.caseReportIntro(GermanDate.dateTime(now, language)).text(language) + "\n"
        func section(_ title: String, _ rows: [(String, String)]) {
            out += "\n" + title + "\n" + String(repeating: "=", count: title.count) + "\n"
            let width = rows.map(\.0.count).max() ?? 0
            for (label, raw) in rows {
                let pad = String(repeating: " ", count: width - label.count)
                let indent = "\n" + String(repeating: " ", count: width + 4)
                let value = raw.isEmpty ? none : raw.components(separatedBy: "\n").joined(separator: indent)
                out += "  \(label):\(pad) \(value)\n"
            }
        }
        let gone = { (name: String, id: RecordID?, present: Bool) in
            present || id == nil ? name : CaseExchangeText.caseReportGone(name).text(language)
        }
        let rows = { (columns: [Column]) in
            columns.map { column -> (String, String) in
                var value = value(column, of: c, document, language, today: Day(now))
                if column == .site { value = gone(value, c.siteID, c.siteID.flatMap { document.sites[$0] } != nil) }
                if column == .measure { value = gone(value, c.measureID, c.measureID.flatMap { document.measures[$0] } != nil) }
                if column == .provider { value = gone(value, c.providerID, c.providerID.flatMap { document.partners[$0] } != nil) }
                return (t(column.header), value)
            }
        }
        section(t(CaseExchangeText.caseReportPerson), rows([.firstName, .lastName, .birthYear, .sex, .phone, .email]))
        section(t(CaseExchangeText.caseReportCounselling), rows(Column.allCases.filter { !$0.isPersonal } + [.notes]))
        let timeline = c.timeline.map { e -> (String, String) in
            let what = e.describe(language) { document.partners[$0]?.name ?? CaseExchangeText.caseReportGone($0.rawValue).text(language) }
            return (e.day.text(language), e.note.isEmpty ? what : what + " – " + e.note)
        }
        if timeline.isEmpty {
            out += "\n" + t(CaseText.caseTimeline) + "\n" + String(repeating: "=", count: t(CaseText.caseTimeline).count) + "\n  " + t(CaseExchangeText.caseReportNoTimeline) + "\n"
        } else {
            section(t(CaseText.caseTimeline), timeline)
        }
        section(t(CaseExchangeText.caseReportRecord), [
            (t(CaseExchangeText.caseReportID), c.id.rawValue),
            (t(CaseExchangeText.caseReportModified), CaseExchangeText.caseReportModifiedValue(GermanDate.dateTime(c.meta.modifiedAt, language), c.meta.modifiedBy).text(language)),
            (t(CaseExchangeText.caseReportRevision), String(c.meta.revision)),
            (t(CaseText.caseDeletionDue), CaseRetention.due(c, policy: retention).map { t(CaseText.deletionDue($0)) } ?? ""),
        ])
        return out
    }

    /// `{ "day": "2029-12-31", "rule": "afterEnd", "years": 3 }`; the rule `set` has no years.
    static func deletionDueJSON(_ due: DeletionDue?) -> String {
        guard let due else { return "null" }
        let (rule, years): (String, Int?) = switch due.rule {
        case .set: ("set", nil)
        case .afterEnd(let n): ("afterEnd", n)
        case .esf(let n): ("esf", n)
        case .dormant(let n): ("dormant", n)
        }
        return "{ \"day\": \(json(due.day)), \"rule\": \(json(rule))" + (years.map { ", \"years\": \($0)" } ?? "") + " }"
    }
}

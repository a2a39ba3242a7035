/// How a case is written into the snapshot (docs/SNAPSHOT-SCHEMA.md, "Case"). Days are ISO
/// strings ("2026-04-03"): a day has no time zone, so it must not become a plist date.
extension Case: SnapshotRecord {
    var plist: PlistValue {
        var w = PlistWriter(capacity: 32)
        w.meta(id: id, meta)
        w.set("number", .string(number))
        var p = PlistWriter()
        p.text("firstName", person.firstName)
        p.text("lastName", person.lastName)
        p.int("birthYear", person.birthYear.map(Int64.init))
        if let sex = person.sex { p.set("sex", .string(sex.rawValue)) }
        p.text("phone", person.phone)
        p.text("email", person.email)
        w.set("person", p.value)
        w.text("nationality", nationality)
        w.text("countryOfTraining", countryOfTraining)
        w.int("yearOfEntry", yearOfEntry.map(Int64.init))
        w.text("residence", residence)
        if let residenceStatus { w.set("residenceStatus", .string(residenceStatus.rawValue)) }
        if let benefits { w.set("benefits", .string(benefits.rawValue)) }
        if let germanLevel { w.set("germanLevel", .string(germanLevel.rawValue)) }
        w.text("qualification", qualification)
        w.text("referenzberuf", referenzberuf)
        if let regulated { w.set("regulated", .string(regulated.rawValue)) }
        w.text("authority", authority)
        if let authorityID { w.set("authorityID", .string(authorityID.rawValue)) }
        if let cameVia { w.set("cameVia", .string(cameVia.rawValue)) }
        if let siteID { w.set("site", .string(siteID.rawValue)) }
        w.text("counsellor", counsellor)
        w.set("status", .string(status.rawValue))
        w.day("applicationDate", applicationDate)
        if let decision { w.set("decision", .string(decision.rawValue)) }
        w.day("decisionDate", decisionDate)
        if let measureID { w.set("measure", .string(measureID.rawValue)) }
        if let providerID { w.set("provider", .string(providerID.rawValue)) }
        w.day("consentDate", consentDate)
        w.day("deletionDate", deletionDate)
        w.text("notes", notes)
        if !timeline.isEmpty { w.set("timeline", .array(timeline.map(\.plist))) }
        w.strings("furtherReferenzberufe", furtherReferenzberufe)
        if let counsellingChannel { w.set("counsellingChannel", .string(counsellingChannel.rawValue)) }
        if let counsellingResult { w.set("counsellingResult", .string(counsellingResult.rawValue)) }
        w.day("firstCounsellingDate", firstCounsellingDate)
        if !recognition.isEmpty { w.set("recognition", recognition.plist) }
        return w.value
    }

    init(plist r: PlistReader) throws(PlistReader.SchemaError) {
        self.init(id: RecordID(try r.string("id")), meta: try r.meta(), number: try r.string("number"),
                  status: try r.enumValue("status", CaseStatus.self))
        if let personValue = r.value["person"] {
            let p = try PlistReader(personValue, path: r.path + ".person")
            person.firstName = try p.text("firstName")
            person.lastName = try p.text("lastName")
            person.birthYear = try p.optionalInt("birthYear").map { Int($0) }
            person.sex = try p.optionalEnum("sex", Sex.self)
            person.phone = try p.text("phone")
            person.email = try p.text("email")
        }
        nationality = try r.text("nationality")
        countryOfTraining = try r.text("countryOfTraining")
        yearOfEntry = try r.optionalInt("yearOfEntry").map { Int($0) }
        residence = try r.text("residence")
        residenceStatus = try r.optionalEnum("residenceStatus", ResidenceStatus.self)
        benefits = try r.optionalEnum("benefits", Benefits.self)
        germanLevel = try r.optionalEnum("germanLevel", GermanLevel.self)
        qualification = try r.text("qualification")
        referenzberuf = try r.text("referenzberuf")
        // Before the third state (Regulation.swift) this was a boolean; such files still load.
        if case .bool(let b)? = r.value["regulated"] { regulated = Regulation(booleanLiteral: b) } else {
            regulated = try r.optionalEnum("regulated", Regulation.self)
        }
        authority = try r.text("authority")
        authorityID = try r.optionalString("authorityID").map { RecordID($0) }
        cameVia = try r.optionalEnum("cameVia", ReferralSource.self)
        siteID = try r.optionalString("site").map { RecordID($0) }
        counsellor = try r.text("counsellor")
        applicationDate = try r.day("applicationDate")
        decision = try r.optionalEnum("decision", Decision.self)
        decisionDate = try r.day("decisionDate")
        measureID = try r.optionalString("measure").map { RecordID($0) }
        providerID = try r.optionalString("provider").map { RecordID($0) }
        consentDate = try r.day("consentDate")
        deletionDate = try r.day("deletionDate")
        notes = try r.text("notes")
        timeline = try r.array("timeline") { (v, path) throws(PlistReader.SchemaError) in try TimelineEntry(plist: try PlistReader(v, path: path)) }
        furtherReferenzberufe = try r.strings("furtherReferenzberufe")
        counsellingChannel = try r.optionalEnum("counsellingChannel", Channel.self)
        counsellingResult = try r.optionalEnum("counsellingResult", CounsellingResult.self)
        firstCounsellingDate = try r.day("firstCounsellingDate")
        if let v = r.value["recognition"] { recognition = try RecognitionDetails(plist: try PlistReader(v, path: r.path + ".recognition")) }
    }
}

extension TimelineEntry {
    var plist: PlistValue {
        var w = PlistWriter()
        w.day("day", day)
        switch kind {
        case .status(let from, let to):
            w.set("kind", .string("status"))
            w.set("from", .string(from.rawValue))
            w.set("to", .string(to.rawValue))
        case .appointment(let channel):
            w.set("kind", .string("appointment"))
            w.set("channel", .string(channel.rawValue))
            // Absent = not given (entries from before times were recorded).
            if let time { w.set("time", .string(time.text)) }
            w.int("minutes", minutes.map(Int64.init))
            if cancelled { w.set("cancelled", .bool(true)) }
        case .referral(let partner):
            w.set("kind", .string("referral"))
            w.set("partner", .string(partner.rawValue))
        }
        w.text("note", note)
        return w.value
    }

    init(plist r: PlistReader) throws(PlistReader.SchemaError) {
        guard let day = try r.day("day") else { throw PlistReader.SchemaError(path: r.path + ".day", detail: "missing") }
        let kind: Kind
        switch try r.string("kind") {
        case "status": kind = .status(from: try r.enumValue("from", CaseStatus.self), to: try r.enumValue("to", CaseStatus.self))
        case "appointment": kind = .appointment(channel: try r.enumValue("channel", Channel.self))
        case "referral": kind = .referral(partner: RecordID(try r.string("partner")))
        case let other: throw PlistReader.SchemaError(path: r.path + ".kind", detail: "unknown value '\(other)'")
        }
        var time: ClockTime?
        if let raw = try r.optionalString("time") {
            guard let t = ClockTime(parsing: raw) else { throw PlistReader.SchemaError(path: r.path + ".time", detail: "not a time: '\(raw)'") }
            time = t
        }
        let minutes = try r.optionalInt("minutes").map { Int(clamping: $0) }
        if let minutes, !TimelineEntry.durations.contains(minutes) {
            throw PlistReader.SchemaError(path: r.path + ".minutes", detail: "not a duration: \(minutes)")
        }
        let cancelled = try r.bool("cancelled")
        self.init(day: day, kind: kind, note: try r.text("note"), time: time, minutes: minutes, cancelled: cancelled)
    }
}

extension PlistWriter {
    mutating func day(_ key: String, _ day: Day?) {
        if let day { set(key, .string(day.text(.en))) }
    }
}

extension PlistReader {
    func day(_ key: String) throws(SchemaError) -> Day? {
        guard let raw = try optionalString(key) else { return nil }
        guard let d = Day(parsing: raw) else { throw SchemaError(path: path.isEmpty ? key : "\(path).\(key)", detail: "not a day: '\(raw)'") }
        return d
    }
}

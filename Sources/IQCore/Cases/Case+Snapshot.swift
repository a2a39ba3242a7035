/// How a case is written into the snapshot (docs/SNAPSHOT-SCHEMA.md, "Case"). Days are ISO
/// strings ("2026-04-03"): a day has no time zone, so it must not become a plist date.
extension Case: SnapshotRecord {
    func writeFields<W: FieldWriter>(into w: inout W) {
        w.meta(id: id, meta)
        w.string(.number, number)
        w.nested(.person) { p in
            p.text(.firstName, person.firstName)
            p.text(.lastName, person.lastName)
            p.int(.birthYear, person.birthYear.map(Int64.init))
            p.choice(.sex, person.sex)
            p.text(.phone, person.phone)
            p.text(.email, person.email)
        }
        w.text(.nationality, nationality)
        w.text(.countryOfTraining, countryOfTraining)
        w.int(.yearOfEntry, yearOfEntry.map(Int64.init))
        w.text(.residence, residence)
        w.choice(.residenceStatus, residenceStatus)
        w.choice(.benefits, benefits)
        w.choice(.germanLevel, germanLevel)
        w.text(.qualification, qualification)
        w.text(.referenzberuf, referenzberuf)
        w.choice(.regulated, regulated)
        w.text(.authority, authority)
        w.id(.authorityID, authorityID)
        w.choice(.cameVia, cameVia)
        w.id(.site, siteID)
        w.text(.counsellor, counsellor)
        w.string(.status, status.rawValue)
        w.day(.applicationDate, applicationDate)
        w.choice(.decision, decision)
        w.day(.decisionDate, decisionDate)
        w.id(.measure, measureID)
        w.id(.provider, providerID)
        w.day(.consentDate, consentDate)
        w.day(.deletionDate, deletionDate)
        w.text(.notes, notes)
        w.dicts(.timeline, timeline) { entry, e in entry.writeFields(into: &e) }
        w.strings(.furtherReferenzberufe, furtherReferenzberufe)
        w.choice(.counsellingChannel, counsellingChannel)
        w.choice(.counsellingResult, counsellingResult)
        w.day(.firstCounsellingDate, firstCounsellingDate)
        if !recognition.isEmpty { w.nested(.recognition) { recognition.writeFields(into: &$0) } }
    }

    init<F: FieldReader>(fields r: F) throws(PlistReader.SchemaError) {
        self.init(id: RecordID(try r.string(.id)), meta: try r.meta(), number: try r.string(.number),
                  status: try r.enumValue(.status, CaseStatus.self))
        if let p = try r.nested(.person) {
            person.firstName = try p.text(.firstName)
            person.lastName = try p.text(.lastName)
            person.birthYear = try p.optionalInt(.birthYear).map { Int($0) }
            person.sex = try p.optionalEnum(.sex, Sex.self)
            person.phone = try p.text(.phone)
            person.email = try p.text(.email)
        }
        nationality = try r.text(.nationality)
        countryOfTraining = try r.text(.countryOfTraining)
        yearOfEntry = try r.optionalInt(.yearOfEntry).map { Int($0) }
        residence = try r.text(.residence)
        residenceStatus = try r.optionalEnum(.residenceStatus, ResidenceStatus.self)
        benefits = try r.optionalEnum(.benefits, Benefits.self)
        germanLevel = try r.optionalEnum(.germanLevel, GermanLevel.self)
        qualification = try r.text(.qualification)
        referenzberuf = try r.text(.referenzberuf)
        // Before the third state (Regulation.swift) this was a boolean; such files still load.
        if let b = r.boolValue(.regulated) { regulated = Regulation(booleanLiteral: b) } else {
            regulated = try r.optionalEnum(.regulated, Regulation.self)
        }
        authority = try r.text(.authority)
        authorityID = try r.optionalString(.authorityID).map { RecordID($0) }
        cameVia = try r.optionalEnum(.cameVia, ReferralSource.self)
        siteID = try r.optionalString(.site).map { RecordID($0) }
        counsellor = try r.text(.counsellor)
        applicationDate = try r.day(.applicationDate)
        decision = try r.optionalEnum(.decision, Decision.self)
        decisionDate = try r.day(.decisionDate)
        measureID = try r.optionalString(.measure).map { RecordID($0) }
        providerID = try r.optionalString(.provider).map { RecordID($0) }
        consentDate = try r.day(.consentDate)
        deletionDate = try r.day(.deletionDate)
        notes = try r.text(.notes)
        timeline = try r.dicts(.timeline) { (e) throws(PlistReader.SchemaError) in try TimelineEntry(fields: e) }
        furtherReferenzberufe = try r.strings(.furtherReferenzberufe)
        counsellingChannel = try r.optionalEnum(.counsellingChannel, Channel.self)
        counsellingResult = try r.optionalEnum(.counsellingResult, CounsellingResult.self)
        firstCounsellingDate = try r.day(.firstCounsellingDate)
        if let v = try r.nested(.recognition) { recognition = try RecognitionDetails(fields: v) }
    }
}

extension TimelineEntry {
    func writeFields<W: FieldWriter>(into w: inout W) {
        w.day(.day, day)
        switch kind {
        case .status(let from, let to):
            w.string(.kind, "status")
            w.string(.from, from.rawValue)
            w.string(.to, to.rawValue)
        case .appointment(let channel):
            w.string(.kind, "appointment")
            w.string(.channel, channel.rawValue)
            // Absent = not given (entries from before times were recorded).
            if let time { w.string(.time, time.text) }
            w.int(.minutes, minutes.map(Int64.init))
            if cancelled { w.bool(.cancelled, true) }
        case .referral(let partner):
            w.string(.kind, "referral")
            w.string(.partner, partner.rawValue)
        }
        w.text(.note, note)
    }

    init<F: FieldReader>(fields r: F) throws(PlistReader.SchemaError) {
        guard let day = try r.day(.day) else { throw r.fail(.day, "missing") }
        let kind: Kind
        switch try r.string(.kind) {
        case "status": kind = .status(from: try r.enumValue(.from, CaseStatus.self), to: try r.enumValue(.to, CaseStatus.self))
        case "appointment": kind = .appointment(channel: try r.enumValue(.channel, Channel.self))
        case "referral": kind = .referral(partner: RecordID(try r.string(.partner)))
        case let other: throw r.fail(.kind, "unknown value '\(other)'")
        }
        var time: ClockTime?
        if let raw = try r.optionalString(.time) {
            guard let t = ClockTime(parsing: raw) else { throw r.fail(.time, "not a time: '\(raw)'") }
            time = t
        }
        let minutes = try r.optionalInt(.minutes).map { Int(clamping: $0) }
        if let minutes, !TimelineEntry.durations.contains(minutes) {
            throw r.fail(.minutes, "not a duration: \(minutes)")
        }
        let cancelled = try r.bool(.cancelled)
        self.init(day: day, kind: kind, note: try r.text(.note), time: time, minutes: minutes, cancelled: cancelled)
    }
}

/// How each kind of record is written into and read from a snapshot. The keys are the schema
/// documented in docs/SNAPSHOT-SCHEMA.md.
protocol SnapshotRecord: Record {
    func writeFields<W: FieldWriter>(into writer: inout W)
    init<F: FieldReader>(fields reader: F) throws(PlistReader.SchemaError)
}

extension SnapshotRecord {
    var plist: PlistValue {
        var w = PlistWriter(capacity: 32)
        writeFields(into: &w)
        return w.value
    }
}

extension Partner: SnapshotRecord {
    func writeFields<W: FieldWriter>(into w: inout W) {
        w.meta(id: id, meta)
        w.string(.name, name)
        w.text(.shortName, shortName)
        w.string(.category, category.rawValue)
        w.choice(.level, level)
        w.strings(.fieldsOfAction, fieldsOfAction.map(\.rawValue))
        w.strings(.cities, cities)
        w.text(.role, role)
        w.text(.website, website)
        w.text(.email, email)
        w.text(.phone, phone)
        w.text(.address, address)
        w.dicts(.relations, relations) { relation, r in
            r.string(.kind, relation.kind.rawValue)
            r.string(.target, relation.target.rawValue)
        }
    }

    init<F: FieldReader>(fields r: F) throws(PlistReader.SchemaError) {
        self.init(
            id: RecordID(try r.string(.id)), meta: try r.meta(), name: try r.string(.name),
            shortName: try r.text(.shortName), category: try r.enumValue(.category, PartnerCategory.self),
            level: try r.optionalEnum(.level, Level.self), fieldsOfAction: try r.enums(.fieldsOfAction, FieldOfAction.self),
            cities: try r.strings(.cities), role: try r.text(.role), website: try r.text(.website),
            email: try r.text(.email), phone: try r.text(.phone), address: try r.text(.address),
            relations: try r.dicts(.relations) { (rr) throws(PlistReader.SchemaError) in
                Relation(try rr.enumValue(.kind, RelationKind.self), RecordID(try rr.string(.target)))
            })
    }
}

extension Site: SnapshotRecord {
    func writeFields<W: FieldWriter>(into w: inout W) {
        w.meta(id: id, meta)
        w.string(.name, name)
        w.id(.operator, operatorID)
        w.text(.city, city)
        w.strings(.services, services.map(\.rawValue))
        if let coordinate {
            w.real(.latitude, coordinate.latitude)
            w.real(.longitude, coordinate.longitude)
        }
        w.text(.note, note)
    }

    init<F: FieldReader>(fields r: F) throws(PlistReader.SchemaError) {
        let lat = try r.double(.latitude), lon = try r.double(.longitude)
        var coordinate: GeoPoint?
        if let lat, let lon { coordinate = GeoPoint(lat, lon) }
        self.init(
            id: RecordID(try r.string(.id)), meta: try r.meta(), name: try r.string(.name),
            operatorID: try r.optionalString(.operator).map { RecordID($0) }, city: try r.text(.city),
            services: try r.enums(.services, SiteService.self), coordinate: coordinate, note: try r.text(.note))
    }
}

extension Measure: SnapshotRecord {
    func writeFields<W: FieldWriter>(into w: inout W) {
        w.meta(id: id, meta)
        w.string(.name, name)
        w.string(.fieldOfAction, fieldOfAction.rawValue)
        w.strings(.providers, providerIDs.map(\.rawValue))
        w.integer(.year, Int64(year))
        w.int(.allocationCents, allocation?.cents)
        w.int(.plannedParticipants, plannedParticipants.map(Int64.init))
        w.int(.costPerParticipantCents, costPerParticipant?.cents)
        if isApproximate { w.bool(.approximate, true) }
    }

    init<F: FieldReader>(fields r: F) throws(PlistReader.SchemaError) {
        self.init(
            id: RecordID(try r.string(.id)), meta: try r.meta(), name: try r.string(.name),
            fieldOfAction: try r.enumValue(.fieldOfAction, FieldOfAction.self),
            providerIDs: try r.strings(.providers).map { RecordID($0) }, year: Int(try r.int(.year)),
            allocation: try r.optionalInt(.allocationCents).map(Money.init(cents:)),
            plannedParticipants: try r.optionalInt(.plannedParticipants).map { Int($0) },
            costPerParticipant: try r.optionalInt(.costPerParticipantCents).map(Money.init(cents:)),
            isApproximate: try r.bool(.approximate))
    }
}

extension Payment: SnapshotRecord {
    func writeFields<W: FieldWriter>(into w: inout W) {
        w.meta(id: id, meta)
        w.string(.measure, measureID.rawValue)
        w.id(.provider, providerID)
        w.day(.day, day)
        w.integer(.amountCents, amount.cents)
        w.text(.reference, reference)
    }

    init<F: FieldReader>(fields r: F) throws(PlistReader.SchemaError) {
        guard let day = try r.day(.day) else { throw r.fail(.day, "missing") }
        self.init(
            id: RecordID(try r.string(.id)), meta: try r.meta(), measureID: RecordID(try r.string(.measure)),
            providerID: try r.optionalString(.provider).map { RecordID($0) }, day: day,
            amount: Money(cents: try r.int(.amountCents)), reference: try r.text(.reference))
    }
}

extension AnyRecord {
    package var plist: PlistValue {
        switch self {
        case .partner(let r): r.plist
        case .site(let r): r.plist
        case .measure(let r): r.plist
        case .case(let r): r.plist
        case .payment(let r): r.plist
        }
    }

    /// A record of `kind` out of a property list; nil when it is not one (a journal's edit).
    package static func decoded(_ kind: RecordKind, from value: PlistValue) -> AnyRecord? {
        guard let reader = try? PlistReader(value, path: "record") else { return nil }
        if let record = try? AnyRecord(kind: kind, plist: reader) { return record }
        // A case a version-2 program journaled (free-text residence status) before an upgrade:
        // coded as the snapshot migration codes it, so the unsaved edit is not lost.
        guard kind == .case, let migrated = try? PlistReader(SnapshotMigrations.codeCase(value), path: "record") else { return nil }
        return try? AnyRecord(kind: kind, plist: migrated)
    }

    init(kind: RecordKind, plist reader: PlistReader) throws(PlistReader.SchemaError) {
        switch kind {
        case .partner: self = .partner(try Partner(fields: reader))
        case .site: self = .site(try Site(fields: reader))
        case .measure: self = .measure(try Measure(fields: reader))
        case .case: self = .case(try Case(fields: reader))
        case .payment: self = .payment(try Payment(fields: reader))
        }
    }
}

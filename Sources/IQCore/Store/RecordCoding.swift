/// How each kind of record is written into and read from a snapshot. The keys are the schema
/// documented in docs/SNAPSHOT-SCHEMA.md.
protocol SnapshotRecord: Record {
    var plist: PlistValue { get }
    init(plist reader: PlistReader) throws(PlistReader.SchemaError)
}

extension Partner: SnapshotRecord {
    var plist: PlistValue {
        var w = PlistWriter()
        w.meta(id: id, meta)
        w.set("name", .string(name))
        w.text("shortName", shortName)
        w.set("category", .string(category.rawValue))
        if let level { w.set("level", .string(level.rawValue)) }
        w.strings("fieldsOfAction", fieldsOfAction.map(\.rawValue))
        w.strings("cities", cities)
        w.text("role", role)
        w.text("website", website)
        w.text("email", email)
        w.text("phone", phone)
        w.text("address", address)
        if !relations.isEmpty {
            w.set("relations", .array(relations.map { .dict([("kind", .string($0.kind.rawValue)), ("target", .string($0.target.rawValue))]) }))
        }
        return w.value
    }

    init(plist r: PlistReader) throws(PlistReader.SchemaError) {
        self.init(
            id: RecordID(try r.string("id")), meta: try r.meta(), name: try r.string("name"),
            shortName: try r.text("shortName"), category: try r.enumValue("category", PartnerCategory.self),
            level: try r.optionalEnum("level", Level.self), fieldsOfAction: try r.enums("fieldsOfAction", FieldOfAction.self),
            cities: try r.strings("cities"), role: try r.text("role"), website: try r.text("website"),
            email: try r.text("email"), phone: try r.text("phone"), address: try r.text("address"),
            relations: try r.array("relations") { (v, p) throws(PlistReader.SchemaError) in
                let rr = try PlistReader(v, path: p)
                return Relation(try rr.enumValue("kind", RelationKind.self), RecordID(try rr.string("target")))
            })
    }
}

extension Site: SnapshotRecord {
    var plist: PlistValue {
        var w = PlistWriter()
        w.meta(id: id, meta)
        w.set("name", .string(name))
        if let operatorID { w.set("operator", .string(operatorID.rawValue)) }
        w.text("city", city)
        w.strings("services", services.map(\.rawValue))
        if let coordinate {
            w.set("latitude", .real(coordinate.latitude))
            w.set("longitude", .real(coordinate.longitude))
        }
        w.text("note", note)
        return w.value
    }

    init(plist r: PlistReader) throws(PlistReader.SchemaError) {
        let lat = try r.double("latitude"), lon = try r.double("longitude")
        var coordinate: GeoPoint?
        if let lat, let lon { coordinate = GeoPoint(lat, lon) }
        self.init(
            id: RecordID(try r.string("id")), meta: try r.meta(), name: try r.string("name"),
            operatorID: try r.optionalString("operator").map { RecordID($0) }, city: try r.text("city"),
            services: try r.enums("services", SiteService.self), coordinate: coordinate, note: try r.text("note"))
    }
}

extension Measure: SnapshotRecord {
    var plist: PlistValue {
        var w = PlistWriter()
        w.meta(id: id, meta)
        w.set("name", .string(name))
        w.set("fieldOfAction", .string(fieldOfAction.rawValue))
        w.strings("providers", providerIDs.map(\.rawValue))
        w.set("year", .integer(Int64(year)))
        w.int("allocationCents", allocation?.cents)
        w.int("plannedParticipants", plannedParticipants.map(Int64.init))
        w.int("costPerParticipantCents", costPerParticipant?.cents)
        if isApproximate { w.set("approximate", .bool(true)) }
        return w.value
    }

    init(plist r: PlistReader) throws(PlistReader.SchemaError) {
        self.init(
            id: RecordID(try r.string("id")), meta: try r.meta(), name: try r.string("name"),
            fieldOfAction: try r.enumValue("fieldOfAction", FieldOfAction.self),
            providerIDs: try r.strings("providers").map { RecordID($0) }, year: Int(try r.int("year")),
            allocation: try r.optionalInt("allocationCents").map(Money.init(cents:)),
            plannedParticipants: try r.optionalInt("plannedParticipants").map { Int($0) },
            costPerParticipant: try r.optionalInt("costPerParticipantCents").map(Money.init(cents:)),
            isApproximate: try r.bool("approximate"))
    }
}

extension Payment: SnapshotRecord {
    var plist: PlistValue {
        var w = PlistWriter()
        w.meta(id: id, meta)
        w.set("measure", .string(measureID.rawValue))
        if let providerID { w.set("provider", .string(providerID.rawValue)) }
        w.day("day", day)
        w.set("amountCents", .integer(amount.cents))
        w.text("reference", reference)
        return w.value
    }

    init(plist r: PlistReader) throws(PlistReader.SchemaError) {
        guard let day = try r.day("day") else { throw PlistReader.SchemaError(path: r.path.isEmpty ? "day" : "\(r.path).day", detail: "missing") }
        self.init(
            id: RecordID(try r.string("id")), meta: try r.meta(), measureID: RecordID(try r.string("measure")),
            providerID: try r.optionalString("provider").map { RecordID($0) }, day: day,
            amount: Money(cents: try r.int("amountCents")), reference: try r.text("reference"))
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
        case .partner: self = .partner(try Partner(plist: reader))
        case .site: self = .site(try Site(plist: reader))
        case .measure: self = .measure(try Measure(plist: reader))
        case .case: self = .case(try Case(plist: reader))
        case .payment: self = .payment(try Payment(plist: reader))
        }
    }
}

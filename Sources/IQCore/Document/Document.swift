/// Everything the program keeps: the network, its sites and the measures.
/// Later features add their records here; the snapshot store saves this value.
public struct Document: Equatable, Sendable {
    public var partners: RecordTable<Partner>
    public var sites: RecordTable<Site>
    public var measures: RecordTable<Measure>
    /// Counselling cases: personal data.
    public var cases: RecordTable<Case>
    /// Money paid out of the measures.
    public var payments: RecordTable<Payment>
    /// Indexes, rows and figures derived from the tables (not part of what the document is).
    let memo = DocumentMemo()

    public init(partners: [Partner] = [], sites: [Site] = [], measures: [Measure] = [], cases: [Case] = [], payments: [Payment] = []) {
        self.partners = RecordTable(partners)
        self.sites = RecordTable(sites)
        self.measures = RecordTable(measures)
        self.cases = RecordTable(cases)
        self.payments = RecordTable(payments)
    }
}

/// One record of any kind, for edits that undo and redo.
public enum AnyRecord: Equatable, Sendable {
    case partner(Partner)
    case site(Site)
    case measure(Measure)
    case `case`(Case)
    case payment(Payment)

    public var kind: RecordKind {
        switch self {
        case .partner: .partner
        case .site: .site
        case .measure: .measure
        case .case: .case
        case .payment: .payment
        }
    }

    public var id: RecordID {
        switch self {
        case .partner(let r): r.id
        case .site(let r): r.id
        case .measure(let r): r.id
        case .case(let r): r.id
        case .payment(let r): r.id
        }
    }
}

public enum RecordKind: String, CaseIterable, Sendable {
    case partner, site, measure, `case`, payment
}

/// A change to the document. Applying one returns its inverse, so undo history holds only the
/// records an edit touched: its memory does not grow with the size of the document.
public indirect enum DocumentEdit: Equatable, Sendable {
    /// Insert or replace.
    case put(AnyRecord)
    case remove(RecordKind, RecordID)
    /// Put a removed record back at its old position (what undoing a removal does).
    case insert(AnyRecord, at: Int)
    case batch([DocumentEdit])
}

extension Document {
    public func record(_ kind: RecordKind, _ id: RecordID) -> AnyRecord? {
        switch kind {
        case .partner: partners[id].map(AnyRecord.partner)
        case .site: sites[id].map(AnyRecord.site)
        case .measure: measures[id].map(AnyRecord.measure)
        case .case: cases[id].map(AnyRecord.case)
        case .payment: payments[id].map(AnyRecord.payment)
        }
    }

    /// Applies the edit and returns the edit that undoes it.
    @discardableResult
    public mutating func apply(_ edit: DocumentEdit) -> DocumentEdit {
        switch edit {
        case .put(let record):
            let old: AnyRecord?
            switch record {
            case .partner(let r): old = partners.put(r).map(AnyRecord.partner)
            case .site(let r): old = sites.put(r).map(AnyRecord.site)
            case .measure(let r): old = measures.put(r).map(AnyRecord.measure)
            case .case(let r): old = cases.put(r).map(AnyRecord.case)
            case .payment(let r): old = payments.put(r).map(AnyRecord.payment)
            }
            return old.map(DocumentEdit.put) ?? .remove(record.kind, record.id)
        case .remove(let kind, let id):
            switch kind {
            case .partner: return partners.remove(id).map { .insert(.partner($0.record), at: $0.position) } ?? .batch([])
            case .site: return sites.remove(id).map { .insert(.site($0.record), at: $0.position) } ?? .batch([])
            case .measure: return measures.remove(id).map { .insert(.measure($0.record), at: $0.position) } ?? .batch([])
            case .case: return cases.remove(id).map { .insert(.case($0.record), at: $0.position) } ?? .batch([])
            case .payment: return payments.remove(id).map { .insert(.payment($0.record), at: $0.position) } ?? .batch([])
            }
        case .insert(let record, let position):
            // A record with the same id may be there already (someone else's save brought it
            // back): the inverse puts that one back where it stood, so redo restores the order.
            let replaced: DocumentEdit?
            switch record {
            case .partner(let r): replaced = partners.insert(r, at: position).map { .insert(.partner($0.record), at: $0.position) }
            case .site(let r): replaced = sites.insert(r, at: position).map { .insert(.site($0.record), at: $0.position) }
            case .measure(let r): replaced = measures.insert(r, at: position).map { .insert(.measure($0.record), at: $0.position) }
            case .case(let r): replaced = cases.insert(r, at: position).map { .insert(.case($0.record), at: $0.position) }
            case .payment(let r): replaced = payments.insert(r, at: position).map { .insert(.payment($0.record), at: $0.position) }
            }
            return replaced ?? .remove(record.kind, record.id)
        case .batch(let edits):
            return .batch(edits.map { apply($0) }.reversed())
        }
    }
}

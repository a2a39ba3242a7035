/// What this session may write where the store says so itself (a PostgreSQL role; a data file
/// gives everything). Known up front, an edit the store would refuse is stopped before a form
/// opens or the document changes: otherwise the save fails as a whole and every later one too.
public struct StoreAccess: Equatable, Sendable {
    /// Record kinds this session may not change at all.
    public var readOnlyKinds: Set<RecordKind> = []
    /// The sites whose cases this session may write; nil: any site, and cases without one.
    public var caseSites: Set<RecordID>?

    public init(readOnlyKinds: Set<RecordKind> = [], caseSites: Set<RecordID>? = nil) {
        self.readOnlyKinds = readOnlyKinds
        self.caseSites = caseSites
    }

    public static let everything = StoreAccess()

    /// Why a form for `purpose` would come to nothing; nil when it may open.
    func refusal(opening purpose: FormPurpose, in document: Document) -> Message? {
        if purpose == .newCase, caseSites?.isEmpty == true { return StoreText.accessNoSite }
        guard let kind = purpose.kind, readOnlyKinds.contains(kind) else {
            if case (.case, let id)? = purpose.record, let c = document.cases[id] { return refusal(site: c.siteID, document) }
            return nil
        }
        return StoreText.accessReadOnlyKind(kind)
    }

    /// Why the store would refuse `edit` over `document`; nil when it would take it.
    func refusal(_ edit: DocumentEdit, in document: Document) -> Message? {
        switch edit {
        case .put(let record), .insert(let record, _):
            if readOnlyKinds.contains(record.kind) { return StoreText.accessReadOnlyKind(record.kind) }
            guard case .case(let c) = record else { return nil }
            // Both the site it had and the one it gets must be this session's.
            return refusal(site: c.siteID, document) ?? document.cases[c.id].flatMap { refusal(site: $0.siteID, document) }
        case .remove(let kind, let id):
            if readOnlyKinds.contains(kind) { return StoreText.accessReadOnlyKind(kind) }
            guard kind == .case, let c = document.cases[id] else { return nil }
            return refusal(site: c.siteID, document)
        case .batch(let edits):
            return edits.lazy.compactMap { refusal($0, in: document) }.first
        }
    }

    /// The first refusal among the edits these delegates would perform.
    func refusal(_ delegates: [Delegate], in document: Document) -> Message? {
        for case .perform(let edit, _, _) in delegates {
            if let refusal = refusal(edit, in: document) { return refusal }
        }
        return nil
    }

    private func refusal(site: RecordID?, _ document: Document) -> Message? {
        guard let caseSites else { return nil }
        guard let site else { return StoreText.accessCaseWithoutSite }
        if caseSites.contains(site) { return nil }
        return StoreText.accessForeignSite(document.sites[site]?.name ?? site.rawValue)
    }
}

extension FormPurpose {
    /// The kind of record the form writes (nil for the filters).
    var kind: RecordKind? {
        switch self {
        case .newPartner, .editPartner: .partner
        case .newCase, .editCase, .caseStatus, .caseAppointment, .changeAppointment, .caseReferral: .case
        case .newMeasure, .editMeasure: .measure
        case .newPayment, .editPayment: .payment
        case .partnerFilter, .caseFilter: nil
        }
    }
}

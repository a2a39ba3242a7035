import Foundation
import XCTest
@testable import IQCore
import IQRandom

/// Small records built here, so the merge tests depend on neither the seed nor other fixtures.
enum MergeFixture {
    static let day = Date(timeIntervalSince1970: 1_700_000_000)

    static func meta(_ revision: Int, _ by: String) -> RecordMeta {
        RecordMeta(revision: revision, modifiedAt: day.addingTimeInterval(Double(revision) * 60), modifiedBy: by)
    }

    static func partner(_ id: RecordID, _ name: String, revision: Int = 1, by: String = "base") -> Partner {
        Partner(id: id, meta: meta(revision, by), name: name, category: .provider, cities: ["Köln"])
    }

    static func site(_ id: RecordID, _ name: String, revision: Int = 1, by: String = "base") -> Site {
        Site(id: id, meta: meta(revision, by), name: name, operatorID: nil, city: "Essen",
             services: [.recognitionCounselling], coordinate: GeoPoint(51.45, 7.01))
    }

    static func measure(_ id: RecordID, _ name: String, revision: Int = 1, by: String = "base") -> Measure {
        Measure(id: id, meta: meta(revision, by), name: name, fieldOfAction: .qualification, providerIDs: [],
                year: 2019, allocation: .euros(1_000), plannedParticipants: 10, costPerParticipant: .euros(100),
                isApproximate: false)
    }

    /// The partner as edited by someone: new name, next revision, their name in the metadata.
    static func edited(_ p: Partner, _ name: String, by: String) -> Partner {
        var p = p
        p.name = name
        p.meta = meta(p.meta.revision + 1, by)
        return p
    }

    static let alpha = partner("p.alpha", "Alpha")
    static let beta = partner("p.beta", "Beta")
    static let gamma = partner("p.gamma", "Gamma")
    static let essen = site("s.essen", "Beratung Essen")
    static let bridge = measure("m.bridge", "Brückenkurs")

    /// Three partners, one site, one measure.
    static func base() -> Document {
        Document(partners: [alpha, beta, gamma], sites: [essen], measures: [bridge])
    }
}

/// MergeRandom: a small deterministic generator, so the random scenarios are the same every run.
typealias MergeRandom = SeededRandom

extension SeededRandom {
    mutating func shuffle<T>(_ a: inout [T]) {
        guard a.count > 1 else { return }
        for i in stride(from: a.count - 1, to: 0, by: -1) {
            a.swapAt(i, below(i + 1))
        }
    }
}

/// Shared helpers of the three-way merge tests.
protocol DocumentMergeTesting {}

extension DocumentMergeTesting {
    typealias F = MergeFixture

    func merge(_ base: Document, _ mine: Document, _ theirs: Document) -> MergeResult {
        DocumentMerge.merge(base: base, mine: mine, theirs: theirs)
    }

    func ids(_ table: RecordTable<Partner>) -> [RecordID] { table.items.map(\.id) }

    func resolved(_ document: Document, _ conflict: MergeConflict, _ choice: ConflictChoice,
                  newID: RecordID = "p.copy") -> Document {
        var doc = document
        doc.apply(conflict.resolution(choice, newID: newID))
        return doc
    }

    /// Version `v` of the record with this id: the same (id, v) always gives an equal record,
    /// so both sides sometimes make the same change.
    func version(_ kind: RecordKind, _ id: RecordID, _ v: Int) -> AnyRecord {
        let name = "\(id) v\(v)"
        let by = v == 0 ? "base" : "user\(v)"
        switch kind {
        case .partner: return .partner(F.partner(id, name, revision: v + 1, by: by))
        case .site: return .site(F.site(id, name, revision: v + 1, by: by))
        case .measure: return .measure(F.measure(id, name, revision: v + 1, by: by))
        case .case:
            var c = Case(id: id, meta: RecordMeta(revision: v + 1, modifiedAt: Date(timeIntervalSince1970: 1_700_000_000), modifiedBy: by), number: name)
            c.referenzberuf = name
            return .case(c)
        case .payment:
            let meta = RecordMeta(revision: v + 1, modifiedAt: Date(timeIntervalSince1970: 1_700_000_000), modifiedBy: by)
            return .payment(Payment(id: id, meta: meta, measureID: "m", providerID: nil, day: Day.endOfYear(2020), amount: .euros(Int64(v)), reference: name))
        }
    }

    func document(_ records: [AnyRecord]) -> Document {
        var doc = Document()
        for r in records { doc.apply(.put(r)) }
        return doc
    }
}

/// One measure's money and places as the gauges show them.
public struct MeasureFigures: Equatable, Sendable {
    public var measure: Measure
    /// Cases enrolled in the measure and not cancelled.
    public var enrolled: Int
    /// enrolled × cost per participant; nil when the cost is unknown (never shown as zero).
    public var committed: Money?
    /// The payments recorded for the measure.
    public var spent: Money
    public var paymentCount: Int
}

/// Sums over several measures (a field of action, a Träger, a year). A sum over measures of which
/// some lack a figure is marked partial, so it is never read as complete.
public struct BudgetTotals: Equatable, Sendable {
    public var measures = 0
    public var allocation: Money?
    public var allocationIsPartial = false
    public var planned: Int?
    public var plannedIsPartial = false
    public var committed: Money?
    public var committedIsPartial = false
    public var spent = Money(cents: 0)
    public var enrolled = 0
    /// Some of the measures' figures are approximate ("ca."), so the sums are too.
    public var isApproximate = false
    public init() {}

    mutating func add(_ f: MeasureFigures) {
        measures += 1
        isApproximate = isApproximate || f.measure.isApproximate
        Self.add(f.measure.allocation, to: &allocation, partial: &allocationIsPartial)
        Self.add(f.measure.plannedParticipants, to: &planned, partial: &plannedIsPartial)
        Self.add(f.committed, to: &committed, partial: &committedIsPartial)
        spent = spent + f.spent
        enrolled += f.enrolled
    }

    private static func add(_ value: Money?, to sum: inout Money?, partial: inout Bool) {
        guard let value else { partial = true; return }
        sum = (sum ?? Money(cents: 0)) + value
    }

    private static func add(_ value: Int?, to sum: inout Int?, partial: inout Bool) {
        guard let value else { partial = true; return }
        sum = (sum ?? 0) + value
    }
}

/// One Träger's share: the measures it runs, the participants booked to it and the money paid
/// to it. A measure's allocation is not split among its Träger (the sources give none per Träger).
public struct ProviderFigures: Equatable, Sendable {
    public var providerID: RecordID
    public var name: String
    public var measures: Int
    public var enrolled: Int
    public var committed: Money?
    public var spent: Money
}

/// The budget figures, computed from the measures, the enrolled cases and the payments.
public enum BudgetFigures {
    /// Enrolments and payments per measure and per Träger, counted in one pass over the cases.
    struct Tally: Sendable {
        var enrolled: [RecordID: Int] = [:]
        var enrolledByProvider: [RecordID: [RecordID: Int]] = [:]
        var spent: [RecordID: Int64] = [:]
        var paymentCount: [RecordID: Int] = [:]
        var spentByProvider: [RecordID: [RecordID: Int64]] = [:]
    }

    static func tally(_ document: Document) -> Tally {
        document.memo.slots.budgetTally.value(for: [document.cases.version, document.payments.version]) {
            var t = Tally()
            // Reads three fields of each case in place: copying whole cases (two dozen strings
            // each) made this pass the slowest part of a frame after an edit.
            document.cases.items.withUnsafeBufferPointer { cases in
                for i in cases.indices where cases[i].status != .cancelled {
                    guard let m = cases[i].measureID else { continue }
                    t.enrolled[m, default: 0] += 1
                    if let p = cases[i].providerID { t.enrolledByProvider[m, default: [:]][p, default: 0] += 1 }
                }
            }
            for p in document.payments.items {
                t.spent[p.measureID] = (Money(cents: t.spent[p.measureID] ?? 0) + p.amount).cents
                t.paymentCount[p.measureID, default: 0] += 1
                if let provider = p.providerID {
                    let before = Money(cents: t.spentByProvider[p.measureID]?[provider] ?? 0)
                    t.spentByProvider[p.measureID, default: [:]][provider] = (before + p.amount).cents
                }
            }
            return t
        }
    }

    public static func figures(_ measure: Measure, in document: Document) -> MeasureFigures {
        figures(measure, tally(document))
    }

    static func figures(_ m: Measure, _ t: Tally) -> MeasureFigures {
        let enrolled = t.enrolled[m.id] ?? 0
        return MeasureFigures(measure: m, enrolled: enrolled,
                              // Nobody enrolled commits nothing, whatever the cost.
                              committed: enrolled == 0 ? Money(cents: 0) : m.costPerParticipant.map { $0.times(enrolled) },
                              spent: Money(cents: t.spent[m.id] ?? 0), paymentCount: t.paymentCount[m.id] ?? 0)
    }

    /// No payment booked and no case enrolled in any measure: the pane explains how to start
    /// instead of showing every gauge at 0 %.
    public static func nothingRecorded(in document: Document) -> Bool {
        document.payments.items.isEmpty && tally(document).enrolled.isEmpty
    }

    /// The years that have measures, ascending.
    public static func years(in document: Document) -> [Int] {
        Array(Set(document.measures.items.map(\.year))).sorted()
    }

    /// The measures of a year (all years with nil), by year and name.
    /// Remembered for the last document and year: a frame of the budget pane asks for its rows,
    /// its count, the sums per field and the cursor's bounds.
    public static func measures(in document: Document, year: Int?) -> [MeasureFigures] {
        let key = [document.measures.version, document.cases.version, document.payments.version, UInt64(bitPattern: Int64(year ?? -1))]
        return document.memo.slots.budgetMeasures.value(for: key) {
            let t = tally(document)
            return document.measures.items
                .filter { year == nil || $0.year == year }
                .sorted { ($0.year, $0.name) < ($1.year, $1.name) }
                .map { figures($0, t) }
        }
    }

    /// Totals per field of action, in the programme's order; fields without measures are left out.
    public static func byField(in document: Document, year: Int?) -> [(field: FieldOfAction, totals: BudgetTotals)] {
        var sums: [FieldOfAction: BudgetTotals] = [:]
        for f in measures(in: document, year: year) { sums[f.measure.fieldOfAction, default: BudgetTotals()].add(f) }
        return FieldOfAction.allCases.compactMap { field in sums[field].map { (field, $0) } }
    }

    public static func total(in document: Document, year: Int?) -> BudgetTotals {
        var sum = BudgetTotals()
        for f in measures(in: document, year: year) { sum.add(f) }
        return sum
    }

    /// Every Träger named by a measure of the year, by name.
    public static func byProvider(in document: Document, year: Int?) -> [ProviderFigures] {
        let t = tally(document)
        var rows: [RecordID: ProviderFigures] = [:]
        for m in document.measures.items where year == nil || m.year == year {
            for p in Set(m.providerIDs) {
                let enrolled = t.enrolledByProvider[m.id]?[p] ?? 0
                var row = rows[p] ?? ProviderFigures(providerID: p, name: document.partners[p]?.name ?? p.rawValue,
                                                     measures: 0, enrolled: 0, committed: Money(cents: 0), spent: Money(cents: 0))
                row.measures += 1
                row.enrolled += enrolled
                if let cost = m.costPerParticipant, let c = row.committed {
                    row.committed = c + cost.times(enrolled)
                } else if enrolled > 0 {
                    row.committed = nil
                }
                row.spent = row.spent + Money(cents: t.spentByProvider[m.id]?[p] ?? 0)
                rows[p] = row
            }
        }
        return rows.values.sorted { SearchKey.sortKey($0.name).lexicographicallyPrecedes(SearchKey.sortKey($1.name)) }
    }
}

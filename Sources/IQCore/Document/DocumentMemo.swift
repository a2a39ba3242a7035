import Foundation

/// What the lists and figures derive from a document (search indexes, the rows a pane shows,
/// budget and case figures), remembered with the document, one typed slot per kind. Views are
/// pure functions of the state; this is only memoisation: each slot keeps the last key asked
/// (table versions, which are unique, and what else the value depends on) and its value.
///
/// Copies of a document share it (a class inside), so the reducer's state and the frame drawn
/// from it reuse what either computed; a document made anew (loaded, decoded) starts empty. It
/// takes no part in equality and shows nothing in a dump.
public struct DocumentMemo: Equatable, Sendable, CustomReflectable {
    let slots = Slots()

    public init() {}

    public static func == (lhs: DocumentMemo, rhs: DocumentMemo) -> Bool { true }

    public var customMirror: Mirror { Mirror(self, children: []) }

    final class Slots: Sendable {
        let partnerIndex = IndexSlot<Partner>()
        let siteIndex = IndexSlot<Site>()
        let caseIndex = IndexSlot<Case>()
        let partnerRows = MemoSlot<PartnerList.RowsKey, PartnerRows>()
        let caseRows = MemoSlot<CaseList.RowsKey, [Int]>()
        let budgetTally = MemoSlot<[UInt64], BudgetFigures.Tally>()
        let budgetMeasures = MemoSlot<[UInt64], [MeasureFigures]>()
        let budgetMeasureRows = MemoSlot<BudgetList.MeasureRowsKey, [MeasureFigures]>()
        let caseStatistics = MemoSlot<CaseStatistics.MemoKey, CaseStatistics>()
    }
}

/// The last value computed for a key. The store worker builds indexes of a loaded document off
/// the UI loop, so a slot is locked. `Key: Equatable` is asked of `value(for:)`, not of the
/// class: a generic class's requirements are checked at run time when its type is first made,
/// and each check scanned every conformance in the program (a tenth of a start for nine slots).
final class MemoSlot<Key, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (key: Key, value: Value)?

    /// The key and value last remembered.
    var last: (key: Key, value: Value)? {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    /// The value last computed, if it was for an equal key; else computes and remembers it.
    func value(for key: Key, compute: () -> Value) -> Value where Key: Equatable {
        if let last, last.key == key { return last.value }
        let value = compute()
        lock.lock()
        stored = (key, value)
        lock.unlock()
        return value
    }
}

/// The search index of one record table, rebuilt when the table's version changes.
final class IndexSlot<R: Record>: @unchecked Sendable {
    private let lock = NSLock()
    private var index: ListIndex<R>?

    /// `reads`: the version of another table the texts read (0 if none).
    func index(_ table: RecordTable<R>, reads: UInt64 = 0, text: @escaping (R) -> String,
               sortKeys: [String: (R) -> String]) -> ListIndex<R> {
        lock.lock()
        defer { lock.unlock() }
        if let index, index.version == table.version, index.readsVersion == reads { return index }
        let made = ListIndex(table, reads: reads, text: text, sortKeys: sortKeys)
        index = made
        return made
    }
}

import XCTest
@testable import IQCore
import IQTestSupport

/// Shared helpers of the partner directory tests: the seeded store, the list's rows and names,
/// search, clicks and opening a partner.
protocol DirectoryTesting {}

extension DirectoryTesting {
    func seedStore() -> TestStore {
        TestStore(Fixture.state(Seed.document))
    }

    func rows(_ state: AppState) -> [PartnerRow] { Array(PartnerList.rows(state)) }

    func names(_ state: AppState) -> [String] { rows(state).compactMap { $0.partner?.name } }

    /// `/`, the query typed key by key, Enter: the query is kept and the list starts at its top.
    func search(_ query: String, _ store: TestStore, file: StaticString = #filePath, line: UInt = #line) {
        store.send(.filter(.begin), file: file, line: line) { $0[.partners].isFiltering = true }
        let changes = !query.isEmpty
        store.type(query, file: file, line: line) {
            $0[.partners].filter = typedFilter(query)
            if changes { $0[.partners].cursor = ListCursor() }
        }
        store.send(.filter(.accept), file: file, line: line) { $0[.partners].isFiltering = false }
    }

    /// The list cursor after a click on `row`.
    func clicked(_ row: Int, _ state: AppState) -> ListCursor {
        var cursor = state[.partners].cursor
        cursor.select(row, count: state.rowCount(.partners))
        return cursor
    }

    /// Selects the partner's row in the list and presses Enter: its detail opens, a new path.
    func openPartner(_ id: RecordID, _ store: TestStore, file: StaticString = #filePath, line: UInt = #line) {
        guard let row = rows(store.state).firstIndex(where: { $0.partner?.id == id }) else {
            return XCTFail("\(id) is not in the list", file: file, line: line)
        }
        let cursor = clicked(row, store.state)
        store.send(.navigation(.select(.partners, row: row)), .navigation(.open), file: file, line: line) {
            $0.focus = .partners
            $0[.partners].cursor = cursor
            $0[.partners].isDetailOpen = true
            $0.directory.path = [id]
            $0.directory.pathCursors = []
            $0.directory.relationCursor = firstLink(id, $0.document)
        }
    }

    /// The row of a partner's first relation (under its group's heading), where it opens.
    func firstLink(_ id: RecordID, _ document: Document) -> Int {
        PartnerNetwork.rows(of: id, in: document, folded: []).firstIndex { if case .link = $0 { true } else { false } } ?? 0
    }

    /// Selects the open partner's relation to `other` and follows it (Enter).
    func follow(_ other: RecordID, _ direction: NetworkLink.Direction = .outgoing, _ store: TestStore,
                file: StaticString = #filePath, line: UInt = #line) {
        guard let shown = store.state.directory.path.last, let row = linkRow(shown, to: other, direction, store.state.document) else {
            return XCTFail("no relation to \(other)", file: file, line: line)
        }
        let next = firstLink(other, store.state.document)
        store.send(.navigation(.move(.by(row - store.state.directory.relationCursor))), .navigation(.open), file: file, line: line) {
            $0.directory.path.append(other)
            $0.directory.pathCursors.append(row)
            $0.directory.relationCursor = next
        }
    }

    /// The row of the relation to `other` in the open partner's grouped relations.
    func linkRow(_ shown: RecordID, to other: RecordID, _ direction: NetworkLink.Direction, _ document: Document) -> Int? {
        PartnerNetwork.rows(of: shown, in: document, folded: []).firstIndex {
            if case .link(let l) = $0 { l.other == other && l.direction == direction } else { false }
        }
    }

    /// The element at `i`, or nil: a wrong count fails an assertion instead of crashing the run.
    func at<T>(_ array: [T], _ i: Int) -> T? { array.indices.contains(i) ? array[i] : nil }

    func sortKey(_ s: String) -> String { String(decoding: SearchKey.sortKey(s), as: UTF8.self) }
}

/// The row of a partner's first relation in its grouped relations (where it opens), for tests
/// outside the directory's own.
func firstRelationRow(_ id: RecordID, _ document: Document) -> Int {
    PartnerNetwork.rows(of: id, in: document, folded: []).firstIndex { if case .link = $0 { true } else { false } } ?? 0
}

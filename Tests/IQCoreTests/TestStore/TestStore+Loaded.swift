import Foundation
@testable import IQCore
import IQTestSupport

extension TestStore {
    /// The identity the loaded files of these tests have.
    static let loadedIdentity = FileIdentity(device: 1, inode: 2, size: 3, modifiedSeconds: 4, modifiedNanoseconds: 5)

    /// A store whose data file holds `document`, loaded and writable, as after a start by
    /// "tester"; `focus` is the pane in front.
    static func loaded(_ document: Document, file dataFile: SnapshotFile, focus: Pane = .partners,
                       file: StaticString = #filePath, line: UInt = #line) -> TestStore {
        var state = AppState(document: Document(), store: StoreState(file: dataFile, user: "tester"))
        state.focus = focus
        let store = TestStore(state)
        let loaded = SnapshotFile.Loaded(document: document, header: SnapshotCodec.Header(formatVersion: 1, savedAt: fixedDate, savedBy: "x"),
                                         identity: loadedIdentity, format: .binary)
        store.send(.store(.loaded(loaded, created: false, writable: true)), file: file, line: line) {
            $0.document = document
            $0.store.phase = .ready
            $0.store.base = document
            $0.store.baseIdentity = loadedIdentity
        }
        return store
    }
}

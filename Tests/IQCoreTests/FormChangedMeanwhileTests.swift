import XCTest
@testable import IQCore
import IQTestSupport

/// A form is open on a record when another session's change to it arrives: saving the form
/// must not silently overwrite that change. The person decides in the conflict dialog, as when
/// the save itself had met the clash.
final class FormChangedMeanwhileTests: XCTestCase {
    let file = SnapshotFile(path: "/tmp/iq-tui-form-meanwhile/iq-tui.plist")

    func testAFormSavedOverAChangeThatArrivedMeanwhileAsks() throws {
        let onDisk = Fixture.document()
        let store = TestStore.loaded(onDisk, file: file)
        let row = try XCTUnwrap(PartnerList.rows(store.state).firstIndex { $0.partner?.id == "p.caritas" })
        store.drive([.navigation(.select(.partners, row: row)), .directory(.editPartner)])
        XCTAssertEqual(store.state.form?.opened, onDisk.partners["p.caritas"].map(AnyRecord.partner))

        // Meanwhile a colleague saved another phone number; it is taken in while the form is open.
        var theirs = try XCTUnwrap(onDisk.partners["p.caritas"])
        theirs.phone = "0211-222"
        theirs.meta = RecordMeta(revision: theirs.meta.revision + 1, modifiedAt: fixedDate.addingTimeInterval(60), modifiedBy: "kollegin")
        var changed = onDisk
        changed.partners.put(theirs)
        let loaded = SnapshotFile.Loaded(document: changed, header: SnapshotCodec.Header(formatVersion: 3, savedAt: fixedDate, savedBy: "kollegin"),
                                         identity: FileIdentity(device: 1, inode: 2, size: 3, modifiedSeconds: 4, modifiedNanoseconds: 0), format: .binary)
        store.drive([.store(.externalChange(loaded))])
        XCTAssertEqual(store.state.document.partners["p.caritas"]?.phone, "0211-222")
        XCTAssertNotNil(store.state.form, "the form stays open")

        store.fill(\PartnerEditorForm.name, "Caritas Düsseldorf e.V.")
        store.drive([.form(.submit)])
        XCTAssertNil(store.state.form)
        XCTAssertEqual(store.state.overlay, .conflict, "the person decides")
        let conflict = try XCTUnwrap(store.state.store.conflicts.first)
        XCTAssertEqual(conflict.theirs, .partner(theirs))
        guard case .partner(let mine)? = conflict.mine else { return XCTFail("no version of mine") }
        XCTAssertEqual(mine.name, "Caritas Düsseldorf e.V.")
        XCTAssertEqual(store.state.document.partners["p.caritas"]?.name, "Caritas Düsseldorf e.V.", "mine shows until decided")
        // Theirs chosen: their phone number and their name stand.
        store.drive([.store(.resolveConflict(.theirs))])
        XCTAssertEqual(store.state.document.partners["p.caritas"], theirs)
        XCTAssertNil(store.state.overlay)
    }
}

import XCTest
@testable import IQCore

/// The site list's search reads each site's Träger name from the partners table, so its index
/// must follow a renamed Träger, not only a changed site.
final class SiteListSearchTests: XCTestCase {
    func testARenamedTraegerIsFoundUnderItsNewName() throws {
        var document = Seed.document
        let site = try XCTUnwrap(document.sites.items.first { $0.operatorID != nil })
        let operatorID = try XCTUnwrap(site.operatorID)
        XCTAssertTrue(SiteList.rows(document, query: "Zzyzxträger").isEmpty)
        var partner = try XCTUnwrap(document.partners[operatorID])
        partner.name = "Zzyzxträger"
        _ = document.partners.put(partner)
        XCTAssertTrue(SiteList.rows(document, query: "Zzyzxträger").map(\.id).contains(site.id))
        XCTAssertEqual(SiteList.rows(document, query: "").count, document.sites.count, "no query: every site")
    }
}

import XCTest
@testable import IQPostgres

/// The name a database's local journals are kept beside: one per target, however spelt.
final class DatabaseLocalNameTests: XCTestCase {
    #if PostgreSQL
    func testTwoSpellingsOfOneTargetGiveOneName() {
        let name = DatabaseStore.localName(for: "host=/run/postgresql dbname=iq user=anna")
        for spelling in ["dbname=iq user=anna host=/run/postgresql", "  host = /run/postgresql   dbname=iq user=anna ",
                         "postgresql://anna@%2Frun%2Fpostgresql/iq", "host=/run/postgresql dbname=iq user=anna connect_timeout=5"] {
            XCTAssertEqual(DatabaseStore.localName(for: spelling), name, spelling)
        }
        XCTAssertEqual(DatabaseStore.localName(for: "service=iq "), DatabaseStore.localName(for: "service=iq"))
        XCTAssertNotEqual(DatabaseStore.localName(for: "host=/run/postgresql dbname=iq2 user=anna"), name, "another database")
        XCTAssertNotEqual(DatabaseStore.localName(for: "host=/run/postgresql dbname=iq user=ben"), name, "another role")
    }

    /// A connection text already in the target's spelling keeps its former name: nothing moves.
    func testACanonicalSpellingKeepsItsFormerName() {
        XCTAssertEqual(DatabaseStore.localName(for: "service=iq"), DatabaseStore.formerLocalName(for: "service=iq"))
        XCTAssertNotEqual(DatabaseStore.localName(for: "service=iq "), DatabaseStore.formerLocalName(for: "service=iq "))
    }
    #endif

    func testTheNameIsStableAndCarriesNoConnectionText() {
        let name = DatabaseStore.formerLocalName(for: "host=db.example dbname=iq")
        XCTAssertEqual(name, DatabaseStore.formerLocalName(for: "host=db.example dbname=iq"))
        XCTAssertTrue(name.hasPrefix("postgres-"))
        XCTAssertFalse(name.contains("example"))
    }
}

/// Every key a record's dictionary may hold in a snapshot (docs/SNAPSHOT-SCHEMA.md), one list for
/// all kinds of record and their nested dictionaries. Records are written and read by these, not
/// by strings: the binary coder finds a key's object by the case's number (`rawValue`) instead of
/// comparing text, once per field of each of 100,000 records.
enum SnapshotKey: Int, CaseIterable {
    // Every record.
    case id, revision, modifiedAt, modifiedBy
    // Partner, and its relations.
    case name, shortName, category, level, fieldsOfAction, cities, role, website, email, phone, address, relations
    case kind, target
    // Site.
    case `operator`, city, services, latitude, longitude, note
    // Measure.
    case fieldOfAction, providers, year, allocationCents, plannedParticipants, costPerParticipantCents, approximate
    // Payment (and the case's measure and provider).
    case measure, provider, day, amountCents, reference
    // Case, its person, timeline and recognition details.
    case number, person, firstName, lastName, birthYear, sex
    case nationality, countryOfTraining, yearOfEntry, residence, residenceStatus, benefits, germanLevel
    case qualification, referenzberuf, regulated, authority, authorityID, cameVia, site, counsellor, status
    case applicationDate, decision, decisionDate, consentDate, deletionDate, notes, timeline
    case furtherReferenzberufe, counsellingChannel, counsellingResult, firstCounsellingDate, recognition
    case from, to, channel, time, minutes, cancelled, partner
    case fileCompleteDate, skillsAnalysisDate, compensation, adaptationMonths, grant, grantAmountCents, feesCents
    case qualificationStart, licenceDate, onHoldSince, endDate

    /// The key as written: the case's name.
    var name: String { Self.names[rawValue] }
    private static let names: [String] = allCases.map { "\($0)" }
}

/// A counselling case: one person's way from the first talk to the decision and the
/// qualification. The identity is kept apart from the pseudonymous part: lists, statistics and
/// exports use only the pseudonymous part and the case number.
public struct Case: Record, Codable {
    // The stored properties are ordered by size (texts, then the small values), so no padding
    // sits between them: 100,000 cases are held in memory at once.
    public var id: RecordID
    /// "NRW-2026-000123": shown in lists instead of the name.
    public var number: String

    // The pseudonymous part (what statistics and the IQ/ESF documentation use).
    /// ISO 3166-1 alpha-2 code; text from before the codes that names no country stays as typed.
    public var nationality: String
    /// ISO 3166-1 alpha-2 code, or legacy free text (as `nationality`).
    public var countryOfTraining: String
    /// Place of residence (an NRW municipality, or a place abroad).
    public var residence: String
    /// The foreign qualification in the person's words.
    public var qualification: String
    /// The German occupation it is compared with (ReferenceOccupation id, or free text).
    public var referenzberuf: String
    /// The competent authority (zuständige Stelle), suggested and possibly overridden.
    public var authority: String
    public var authorityID: RecordID?
    public var siteID: RecordID?
    public var counsellor: String
    public var measureID: RecordID?
    /// The Träger running the measure for this person (one of the measure's providers).
    public var providerID: RecordID?
    public var notes: String
    public var meta: RecordMeta
    public var person: CasePerson
    public var timeline: [TimelineEntry]
    // Coded documentation fields (CaseCoding.swift): further Referenzberufe beside the primary
    // one (the authority suggestion and statistics use the primary), and the Erstberatung's form
    // and result.
    public var furtherReferenzberufe: [String]
    /// The procedure's further dates and the Bescheid's details (RecognitionDetails.swift); most
    /// cases have none, so they are kept boxed, and not at all when empty.
    public var recognition: RecognitionDetails {
        get { details?.value ?? RecognitionDetails() }
        set { details = newValue.isEmpty ? nil : RecognitionBox(newValue) }
    }
    private var details: RecognitionBox?
    public var yearOfEntry: Int?
    public var residenceStatus: ResidenceStatus?
    public var benefits: Benefits?
    public var germanLevel: GermanLevel?
    public var regulated: Regulation?
    public var cameVia: ReferralSource?
    public var status: CaseStatus
    public var decision: Decision?
    public var counsellingChannel: Channel?
    public var counsellingResult: CounsellingResult?
    public var applicationDate: Day?
    public var decisionDate: Day?
    public var consentDate: Day?
    public var deletionDate: Day?
    /// The day of the Erstberatung (a new case: the day it is recorded).
    public var firstCounsellingDate: Day?

    public init(id: RecordID, meta: RecordMeta, number: String, person: CasePerson = CasePerson(), status: CaseStatus = .firstCounselling) {
        self.id = id
        self.meta = meta
        self.number = number
        self.person = person
        nationality = ""
        countryOfTraining = ""
        yearOfEntry = nil
        residence = ""
        residenceStatus = nil
        benefits = nil
        germanLevel = nil
        qualification = ""
        referenzberuf = ""
        regulated = nil
        authority = ""
        authorityID = nil
        cameVia = nil
        siteID = nil
        counsellor = ""
        self.status = status
        applicationDate = nil
        decision = nil
        decisionDate = nil
        measureID = nil
        providerID = nil
        consentDate = nil
        deletionDate = nil
        notes = ""
        timeline = []
        furtherReferenzberufe = []
        counsellingChannel = nil
        counsellingResult = nil
        firstCounsellingDate = nil
        details = nil
    }

    /// "M. K." — enough for a counsellor to recognise a case, not enough to name anyone.
    public var initials: String {
        [person.firstName, person.lastName].compactMap { $0.first.map { "\($0)." } }.joined(separator: " ")
    }
}

/// A case's recognition details, shared between copies of the case until one changes them.
final class RecognitionBox: Equatable, Codable, Sendable {
    let value: RecognitionDetails
    init(_ value: RecognitionDetails) { self.value = value }
    init(from decoder: Decoder) throws { value = try RecognitionDetails(from: decoder) }
    func encode(to encoder: Encoder) throws { try value.encode(to: encoder) }
    static func == (a: RecognitionBox, b: RecognitionBox) -> Bool { a === b || a.value == b.value }
}

/// Who the case is about: personal data, shown only inside the open case.
public struct CasePerson: Equatable, Codable, Sendable {
    public var firstName = ""
    public var lastName = ""
    public var birthYear: Int?
    public var sex: Sex?
    public var phone = ""
    public var email = ""
    public init() {}
}

public enum Sex: String, CaseIterable, Codable, Sendable { case female, male, diverse }

public enum Benefits: String, CaseIterable, Codable, Sendable { case sgbII, sgbIII, asylbLG, none }

public enum GermanLevel: String, CaseIterable, Codable, Sendable { case a1, a2, b1, b2, c1, c2 }

/// How the person came to counselling (the documentation's categories).
public enum ReferralSource: String, CaseIterable, Codable, Sendable {
    case selfReferred, socialEnvironment, jobcenter, employmentAgency, internet, migrantOrganisation, other
}

/// The outcome of the Gleichwertigkeitsprüfung; or, as a result of its own kind, the ZAB's
/// Zeugnisbewertung (a comparison of a degree, no recognition), which takes the Bescheid's
/// place in the case: one result, one date, one breakdown in the statistics.
public enum Decision: String, CaseIterable, Codable, Sendable { case full, partial, none, zabStatement }

/// An event in the case's history: a status change, an appointment or a referral.
public struct TimelineEntry: Equatable, Codable, Sendable {
    public enum Kind: Equatable, Codable, Sendable {
        case status(from: CaseStatus, to: CaseStatus)
        case appointment(channel: Channel)
        case referral(partner: RecordID)
    }
    public var day: Day
    public var kind: Kind
    public var note: String
    /// An appointment's time and duration in minutes (Appointment.swift); nil when not given,
    /// as in entries from before they were recorded.
    public var time: ClockTime?
    public var minutes: Int?
    /// A cancelled appointment stays in the timeline, marked; it is neither held nor coming.
    public var cancelled: Bool
    public init(day: Day, kind: Kind, note: String = "", time: ClockTime? = nil, minutes: Int? = nil, cancelled: Bool = false) {
        self.day = day
        self.kind = kind
        self.note = note
        self.time = time
        self.minutes = minutes
        self.cancelled = cancelled
    }
}

public enum Channel: String, CaseIterable, Codable, Sendable { case inPerson, phone, email, video }

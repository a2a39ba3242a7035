/// What the recognition procedure and the steps after it record beyond the application and the
/// Bescheid (DOMAIN.md, "The recognition process"): kept in one value on `Case` so the case's
/// own list of fields stays short. Every field is optional; an empty value is a case that has
/// none of it (old files).
public struct RecognitionDetails: Equatable, Codable, Sendable {
    /// "Unterlagen vollständig": the Bescheid is due about 3–4 months after this day.
    public var fileCompleteDate: Day?
    /// The Qualifikationsanalyse (§ 14 BQFG) began.
    public var skillsAnalysisDate: Day?
    /// The Ausgleichsmaßnahme the authority set with a partial (or no) equivalence.
    public var compensation: CompensationMeasure?
    /// The Anpassungslehrgang's length (only with that measure).
    public var adaptationMonths: Int?
    public var grant: GrantStatus?
    /// The Anerkennungszuschuss applied for or granted: at most `maximumGrant`.
    public var grantAmount: Money?
    /// The fees (Gebühren) of the procedure.
    public var fees: Money?
    /// The qualification, the preparation for the exam or the Brückenmaßnahme began.
    public var qualificationStart: Day?
    /// Berufsurkunde or Approbation received: the last step of a regulated profession.
    public var licenceDate: Day?
    /// The procedure rests since (cleared when it resumes; the timeline keeps it).
    public var onHoldSince: Day?
    /// The case ended (closed, withdrawn, formally rejected, cancelled); cleared on reopening.
    public var endDate: Day?

    public init() {}

    public var isEmpty: Bool { self == RecognitionDetails() }

    /// The Anerkennungszuschuss of the federal government pays up to 600 € (DOMAIN.md).
    public static let maximumGrant = Money.euros(600)
    /// An Anpassungslehrgang lasts up to three years (DOMAIN.md).
    public static let adaptationMonthsRange = 1...36
    /// A guard against typing errors, not a rule: no recognition fee comes near it.
    public static let maximumFees = Money.euros(100_000)
}

/// The Ausgleichsmaßnahme set in a Bescheid of partial (or no) equivalence.
public enum CompensationMeasure: String, CaseIterable, Codable, Sendable {
    /// Anpassungslehrgang, with its length.
    case adaptationCourse
    /// Kenntnisprüfung (training in a third country).
    case knowledgeTest
    /// Eignungsprüfung (training in the EU, EEA or Switzerland).
    case aptitudeTest
}

/// The Anerkennungszuschuss: applied for, granted or refused.
public enum GrantStatus: String, CaseIterable, Codable, Sendable { case applied, granted, refused }

extension CompensationMeasure: FormChoiceValue {
    public var label: Message {
        switch self {
        case .adaptationCourse: CaseText.compensationAdaptationCourse
        case .knowledgeTest: CaseText.compensationKnowledgeTest
        case .aptitudeTest: CaseText.compensationAptitudeTest
        }
    }
}

extension GrantStatus: FormChoiceValue {
    public var label: Message {
        switch self {
        case .applied: CaseText.grantApplied
        case .granted: CaseText.grantGranted
        case .refused: CaseText.grantRefused
        }
    }
}

/// The workflow of a case, from the first talk to the end. Only sensible steps are allowed:
/// forwards one step at a time (a step may be skipped where the process allows it), back one
/// step to correct a mistake, and Abgebrochen from anywhere but the end.
public enum CaseStatus: String, CaseIterable, Codable, Sendable, Comparable {
    case firstCounselling       // Erstberatung
    case preparingApplication   // Antrag in Vorbereitung
    case applied                // Antrag gestellt
    case decisionReceived       // Bescheid erhalten
    case qualification          // Ausgleichsmaßnahme/Qualifizierung
    case closed                 // Abgeschlossen
    case cancelled              // Abgebrochen

    public static func < (a: CaseStatus, b: CaseStatus) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }

    public var isEnded: Bool { self == .closed || self == .cancelled }

    /// The statuses a case may move to from this one.
    public var next: [CaseStatus] {
        switch self {
        case .firstCounselling: [.preparingApplication, .closed, .cancelled]
        case .preparingApplication: [.applied, .firstCounselling, .cancelled]
        case .applied: [.decisionReceived, .preparingApplication, .cancelled]
        // Full recognition needs no measure: straight to closed.
        case .decisionReceived: [.qualification, .closed, .applied, .cancelled]
        case .qualification: [.closed, .decisionReceived, .cancelled]
        // A closed or cancelled case can be reopened where it stood before.
        case .closed: [.qualification, .decisionReceived, .firstCounselling]
        case .cancelled: [.firstCounselling]
        }
    }

    public func canMove(to other: CaseStatus) -> Bool { next.contains(other) }

    public var label: Message {
        switch self {
        case .firstCounselling: CaseText.statusFirstCounselling
        case .preparingApplication: CaseText.statusPreparing
        case .applied: CaseText.statusApplied
        case .decisionReceived: CaseText.statusDecision
        case .qualification: CaseText.statusQualification
        case .closed: CaseText.statusClosed
        case .cancelled: CaseText.statusCancelled
        }
    }
}

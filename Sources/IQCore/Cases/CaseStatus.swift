/// The steps of a case, from the first talk to the end. Which step may follow which is the
/// table in CaseWorkflow.swift. The raw values are stored in snapshots and exports: never rename
/// one. The order is that of the statistics and of sorting by status.
public enum CaseStatus: String, CaseIterable, Codable, Sendable, Comparable {
    case firstCounselling       // Erstberatung
    case preparingApplication   // Antrag in Vorbereitung
    case applied                // Antrag gestellt
    case skillsAnalysis         // Qualifikationsanalyse (§ 14 BQFG)
    case onHold                 // Verfahren ruht
    case decisionReceived       // Bescheid erhalten
    case zabStatement           // Zeugnisbewertung (ZAB) erhalten
    case examPreparation        // Vorbereitung Kenntnis-/Eignungsprüfung
    case bridgeCourse           // Brückenmaßnahme
    case qualification          // Ausgleichsmaßnahme/Qualifizierung
    case licensed               // Berufsurkunde/Approbation erhalten
    case closed                 // Abgeschlossen
    case withdrawn              // Antrag zurückgezogen
    case formallyRejected       // Antrag formal abgelehnt
    case cancelled              // Abgebrochen

    public static func < (a: CaseStatus, b: CaseStatus) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }

    /// The ends of a case: each sets the end date and (CaseForm.step) the deletion date.
    public var isEnded: Bool { [.closed, .withdrawn, .formallyRejected, .cancelled].contains(self) }

    public var label: Message {
        switch self {
        case .firstCounselling: CaseText.statusFirstCounselling
        case .preparingApplication: CaseText.statusPreparing
        case .applied: CaseText.statusApplied
        case .skillsAnalysis: CaseText.statusSkillsAnalysis
        case .onHold: CaseText.statusOnHold
        case .decisionReceived: CaseText.statusDecision
        case .zabStatement: CaseText.statusZAB
        case .examPreparation: CaseText.statusExamPreparation
        case .bridgeCourse: CaseText.statusBridgeCourse
        case .qualification: CaseText.statusQualification
        case .licensed: CaseText.statusLicensed
        case .closed: CaseText.statusClosed
        case .withdrawn: CaseText.statusWithdrawn
        case .formallyRejected: CaseText.statusFormallyRejected
        case .cancelled: CaseText.statusCancelled
        }
    }
}

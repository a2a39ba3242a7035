// The breakdowns of the Bescheid's details (issue 15, §2): by result (volle, teilweise, keine
// Gleichwertigkeit, ZAB statement), by the Ausgleichsmaßnahme set and by the
// Anerkennungszuschuss's status. Like the status, each lists every value (0 included) in a fixed
// order, so a category's place tells nothing about its count; a case without the value counts
// as "not recorded". The suppression rules of CaseStatistics.swift apply unchanged.

extension CaseStatistics {
    /// The category a case falls into in each of `progressDimensions`; nil: "not recorded".
    static func progressCategories(_ c: Case, _ language: Language) -> [(key: String, label: String)?] {
        [c.decision.map { ($0.rawValue, $0.label.text(language)) },
         c.recognition.compensation.map { ($0.rawValue, $0.label.text(language)) },
         c.recognition.grant.map { ($0.rawValue, $0.label.text(language)) }]
    }

    /// Every value of the three breakdowns, in their order.
    static func progressValues(_ dimension: CaseBreakdown.Dimension, _ language: Language) -> [(key: String, label: String)] {
        switch dimension {
        case .decision: Decision.allCases.map { ($0.rawValue, $0.label.text(language)) }
        case .compensation: CompensationMeasure.allCases.map { ($0.rawValue, $0.label.text(language)) }
        case .grant: GrantStatus.allCases.map { ($0.rawValue, $0.label.text(language)) }
        default: []
        }
    }

    static let progressDimensions: [CaseBreakdown.Dimension] = [.decision, .compensation, .grant]
}

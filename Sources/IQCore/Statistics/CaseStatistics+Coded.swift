// The breakdowns by the coded documentation fields (rules of CaseStatistics.swift apply: counts
// only, small counts suppressed, every case in every breakdown, "not recorded" for a missing
// value). The enumerations list every value, 0 included, in their own order (as the statuses
// do), so a category's place tells nothing about its size. Nationality is counted like the
// country of training: by ISO code, text that names no country as "other (free text)". Only the
// primary Referenzberuf is counted (the "Nach Referenzberuf" breakdown): counting the further
// ones would count a person twice and break the equal totals the suppression relies on.
// The Bescheid's details (result with the ZAB statement, Ausgleichsmaßnahme, Anerkennungszuschuss)
// are enumerations too and are counted the same way.

extension CaseBreakdown.Dimension {
    /// The breakdowns of this file.
    static let coded: [Self] = [.nationality, .residenceStatus, .germanLevel, .benefits, .sex, .cameVia, .counsellingChannel, .counsellingResult,
                                .decision, .compensation, .grant]

    var codedTitle: Message {
        switch self {
        case .nationality: CaseText.statsByNationality
        case .residenceStatus: CaseText.statsByResidenceStatus
        case .germanLevel: CaseText.statsByGermanLevel
        case .benefits: CaseText.statsByBenefits
        case .sex: CaseText.statsBySex
        case .cameVia: CaseText.statsByCameVia
        case .counsellingChannel: CaseText.statsByChannel
        case .decision: CaseText.statsByDecision
        case .compensation: CaseText.statsByCompensation
        case .grant: CaseText.statsByGrant
        default: CaseText.statsByResult
        }
    }

    /// Every value of an enumerated breakdown with its label, in order; nil for the others.
    var codes: [(key: String, label: Message)]? {
        func all<E: CaseIterable & RawRepresentable>(_ type: E.Type, _ label: (E) -> Message) -> [(key: String, label: Message)] where E.RawValue == String {
            E.allCases.map { ($0.rawValue, label($0)) }
        }
        switch self {
        case .residenceStatus: return all(ResidenceStatus.self) { $0.label }
        case .germanLevel: return all(GermanLevel.self) { CommonText.literal($0.rawValue.uppercased()) }
        case .benefits: return all(Benefits.self) { $0.label }
        case .sex: return all(Sex.self) { $0.label }
        case .cameVia: return all(ReferralSource.self) { $0.label }
        case .counsellingChannel: return all(Channel.self) { $0.label }
        case .counsellingResult: return all(CounsellingResult.self) { $0.label }
        case .decision: return all(Decision.self) { $0.label }
        case .compensation: return all(CompensationMeasure.self) { $0.label }
        case .grant: return all(GrantStatus.self) { $0.label }
        default: return nil
        }
    }
}

extension CaseStatistics {
    /// The category of a case in one of the coded breakdowns.
    static func codedCategory(_ dimension: CaseBreakdown.Dimension, _ c: Case, _ language: Language) -> (key: String, label: String) {
        let raw: String? = switch dimension {
        case .nationality: c.nationality
        case .residenceStatus: c.residenceStatus?.rawValue
        case .germanLevel: c.germanLevel?.rawValue
        case .benefits: c.benefits?.rawValue
        case .sex: c.person.sex?.rawValue
        case .cameVia: c.cameVia?.rawValue
        case .counsellingChannel: c.counsellingChannel?.rawValue
        case .counsellingResult: c.counsellingResult?.rawValue
        case .decision: c.decision?.rawValue
        case .compensation: c.recognition.compensation?.rawValue
        case .grant: c.recognition.grant?.rawValue
        default: nil
        }
        if dimension == .nationality {
            if let country = Countries.byCode(c.nationality) { return (country.code, country.name(language)) }
            // Free text (from before the codes) is one category, never a label: it may name someone.
            return LookupFold.fold(c.nationality).isEmpty ? (unknownKey, "") : (otherKey, StatisticsText.statsOtherFreeText.text(language))
        }
        guard let raw, let code = dimension.codes?.first(where: { $0.key == raw }) else { return (unknownKey, "") }
        return (code.key, code.label.text(language))
    }
}

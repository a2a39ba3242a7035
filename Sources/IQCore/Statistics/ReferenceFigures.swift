// Reference figures: what the 2018 presentation of IQ NRW says about recognition, counselling,
// qualification and the shortage of nursing staff — for comparison beside the live figures.
//
// Source: iq-nrw-2018-slides.txt (the text of the presentation). Every figure carries the source
// the slide names and the line of that text it is read from (`slideLine`); nothing is added that
// the slides do not say. Where the slide leaves a number out ("Ärztinnen und Ärzte: ...",
// "Serbien" without a count) the figure is `notGiven`, never zero. "ca." and "etwa" are
// `about`, "fast" is `almost`.

public struct ReferenceFigure: Equatable, Sendable {
    public enum Value: Equatable, Sendable {
        case count(Int)
        /// 2,1 % is 21.
        case percent(tenths: Int)
        /// 3,9 Mio. is 39.
        case millions(tenths: Int)
        /// "wird sich … verdoppeln".
        case doubling
        /// A statement without a number (the occupations with most applications).
        case words(TextKey)
        /// The slide leaves the number out.
        case notGiven
    }

    public enum Qualifier: String, Equatable, Sendable {
        case exact
        /// "ca.", "etwa".
        case about
        /// "fast".
        case almost
    }

    public let label: TextKey
    public let value: Value
    public let qualifier: Qualifier
    /// Who the slide names as the source.
    public let source: TextKey
    /// The line of iq-nrw-2018-slides.txt the figure is read from.
    public let slideLine: Int

    public init(_ label: TextKey, _ value: Value, _ qualifier: Qualifier = .exact, source: TextKey, line: Int) {
        self.label = label
        self.value = value
        self.qualifier = qualifier
        self.source = source
        self.slideLine = line
    }

    /// A count that can be drawn as a bar (nil for percentages, statements and missing numbers).
    public var countValue: Int? {
        if case .count(let n) = value { return n }
        return nil
    }

    /// "ca. 7.000", "2,1 %", "3,9 Mio.", "in der Quelle nicht angegeben".
    public func text(_ language: Language) -> String {
        let t = { (key: TextKey) in L10n.string(key, language) }
        let number: String
        switch value {
        case .count(let n): number = NumberFormat.integer(n, language)
        case .percent(let tenths):
            let digits = tenths % 10 == 0 ? 0 : 1
            let n = NumberFormat.decimal(Double(tenths) / 10, digits: digits, language)
            number = language == .de ? n + " %" : n + "%"
        case .millions(let tenths):
            let digits = tenths % 10 == 0 ? 0 : 1
            number = Message(.refMillions, NumberFormat.decimal(Double(tenths) / 10, digits: digits, language)).text(language)
        case .doubling: number = t(.refDoubling)
        case .words(let key): number = t(key)
        case .notGiven: return t(.refNotGiven)
        }
        switch qualifier {
        case .exact: return number
        case .about: return t(.valueApproximately) + " " + number
        case .almost: return t(.refAlmost) + " " + number
        }
    }
}

public struct ReferenceSection: Equatable, Sendable {
    public let title: TextKey
    /// Counts of one kind that compare well as bars (the health professions).
    public let isChart: Bool
    public let figures: [ReferenceFigure]
}

public enum ReferenceFigures {
    public static let sections: [ReferenceSection] = [
        ReferenceSection(title: .refSectionRecognition, isChart: false, figures: [
            ReferenceFigure(.refApplicationsSince2012, .count(111_501), source: .refSourceBIBB, line: 116),
            ReferenceFigure(.refNewApplications2017, .count(24_987), source: .refSourceBIBB, line: 119),
            ReferenceFigure(.refDecided2017, .count(22_254), source: .refSourceBIBB, line: 120),
            ReferenceFigure(.refNoEquivalence2017, .percent(tenths: 21), source: .refSourceBIBB, line: 122),
            ReferenceFigure(.refMostApplications, .words(.refMostApplicationsOccupations), source: .refSourceBIBB, line: 125),
            ReferenceFigure(.refNewFromSyria, .count(3_600), .about, source: .refSourceBIBB, line: 129),
            ReferenceFigure(.refSyriaIncrease, .percent(tenths: 800), source: .refSourceBIBB, line: 129),
            ReferenceFigure(.refNewFromBosnia, .count(3_100), .about, source: .refSourceBIBB, line: 130),
            ReferenceFigure(.refNewFromSerbia, .notGiven, source: .refSourceBIBB, line: 130),
        ]),
        ReferenceSection(title: .refSectionIQNRW, isChart: false, figures: [
            ReferenceFigure(.refCounselledPerYear, .count(7_000), .about, source: .refSourceIQNRW, line: 136),
            ReferenceFigure(.refQualified, .count(1_815), source: .refSourceIQNRW, line: 140),
        ]),
        ReferenceSection(title: .refSectionHealth, isChart: true, figures: [
            ReferenceFigure(.refHealthNursing, .count(1_432), source: .refSourceIQHealth, line: 251),
            ReferenceFigure(.refHealthDoctors, .notGiven, source: .refSourceIQHealth, line: 253),
            ReferenceFigure(.refHealthPhysiotherapy, .count(253), source: .refSourceIQHealth, line: 253),
            ReferenceFigure(.refHealthOccupationalTherapy, .count(44), source: .refSourceIQHealth, line: 255),
            ReferenceFigure(.refHealthMidwives, .count(86), source: .refSourceIQHealth, line: 255),
            ReferenceFigure(.refHealthMTRA, .count(55), source: .refSourceIQHealth, line: 255),
        ]),
        ReferenceSection(title: .refSectionHandwerk, isChart: false, figures: [
            ReferenceFigure(.refHandwerkPerYear, .count(500), .about, source: .refSourceIQAdaptation, line: 291),
        ]),
        ReferenceSection(title: .refSectionNursing, isChart: false, figures: [
            ReferenceFigure(.refNursingGap2030, .count(500_000), .almost, source: .refSourceBertelsmann, line: 218),
            ReferenceFigure(.refCareRecipients, .millions(tenths: 39), source: .refSourceCareEmployers, line: 222),
            ReferenceFigure(.refCareWorkers, .millions(tenths: 10), .about, source: .refSourceCareEmployers, line: 224),
            ReferenceFigure(.refCareRecipients2050, .doubling, source: .refSourceCareEmployers, line: 226),
        ]),
    ]
}

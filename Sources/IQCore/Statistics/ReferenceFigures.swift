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
        case words(Message)
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

    public let label: Message
    public let value: Value
    public let qualifier: Qualifier
    /// Who the slide names as the source.
    public let source: Message
    /// The line of iq-nrw-2018-slides.txt the figure is read from.
    public let slideLine: Int

    public init(_ label: Message, _ value: Value, _ qualifier: Qualifier = .exact, source: Message, line: Int) {
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
        let t = { (key: Message) in key.text(language) }
        let number: String
        switch value {
        case .count(let n): number = NumberFormat.integer(n, language)
        case .percent(let tenths):
            let digits = tenths % 10 == 0 ? 0 : 1
            let n = NumberFormat.decimal(Double(tenths) / 10, digits: digits, language)
            number = language == .de ? n + " %" : n + "%"
        case .millions(let tenths):
            let digits = tenths % 10 == 0 ? 0 : 1
            number = ReferenceText.refMillions(NumberFormat.decimal(Double(tenths) / 10, digits: digits, language)).text(language)
        case .doubling: number = t(ReferenceText.refDoubling)
        case .words(let key): number = t(key)
        case .notGiven: return t(ReferenceText.refNotGiven)
        }
        switch qualifier {
        case .exact: return number
        case .about: return t(CommonText.valueApproximately) + " " + number
        case .almost: return t(ReferenceText.refAlmost) + " " + number
        }
    }
}

public struct ReferenceSection: Equatable, Sendable {
    public let title: Message
    /// Counts of one kind that compare well as bars (the health professions).
    public let isChart: Bool
    public let figures: [ReferenceFigure]
}

public enum ReferenceFigures {
    public static let sections: [ReferenceSection] = [
        ReferenceSection(title: ReferenceText.refSectionRecognition, isChart: false, figures: [
            ReferenceFigure(ReferenceText.refApplicationsSince2012, .count(111_501), source: ReferenceText.refSourceBIBB, line: 116),
            ReferenceFigure(ReferenceText.refNewApplications2017, .count(24_987), source: ReferenceText.refSourceBIBB, line: 119),
            ReferenceFigure(ReferenceText.refDecided2017, .count(22_254), source: ReferenceText.refSourceBIBB, line: 120),
            ReferenceFigure(ReferenceText.refNoEquivalence2017, .percent(tenths: 21), source: ReferenceText.refSourceBIBB, line: 122),
            ReferenceFigure(ReferenceText.refMostApplications, .words(ReferenceText.refMostApplicationsOccupations), source: ReferenceText.refSourceBIBB, line: 125),
            ReferenceFigure(ReferenceText.refNewFromSyria, .count(3_600), .about, source: ReferenceText.refSourceBIBB, line: 129),
            ReferenceFigure(ReferenceText.refSyriaIncrease, .percent(tenths: 800), source: ReferenceText.refSourceBIBB, line: 129),
            ReferenceFigure(ReferenceText.refNewFromBosnia, .count(3_100), .about, source: ReferenceText.refSourceBIBB, line: 130),
            ReferenceFigure(ReferenceText.refNewFromSerbia, .notGiven, source: ReferenceText.refSourceBIBB, line: 130),
        ]),
        ReferenceSection(title: ReferenceText.refSectionIQNRW, isChart: false, figures: [
            ReferenceFigure(ReferenceText.refCounselledPerYear, .count(7_000), .about, source: ReferenceText.refSourceIQNRW, line: 136),
            ReferenceFigure(ReferenceText.refQualified, .count(1_815), source: ReferenceText.refSourceIQNRW, line: 140),
        ]),
        ReferenceSection(title: ReferenceText.refSectionHealth, isChart: true, figures: [
            ReferenceFigure(ReferenceText.refHealthNursing, .count(1_432), source: ReferenceText.refSourceIQHealth, line: 251),
            ReferenceFigure(ReferenceText.refHealthDoctors, .notGiven, source: ReferenceText.refSourceIQHealth, line: 253),
            ReferenceFigure(ReferenceText.refHealthPhysiotherapy, .count(253), source: ReferenceText.refSourceIQHealth, line: 253),
            ReferenceFigure(ReferenceText.refHealthOccupationalTherapy, .count(44), source: ReferenceText.refSourceIQHealth, line: 255),
            ReferenceFigure(ReferenceText.refHealthMidwives, .count(86), source: ReferenceText.refSourceIQHealth, line: 255),
            ReferenceFigure(ReferenceText.refHealthMTRA, .count(55), source: ReferenceText.refSourceIQHealth, line: 255),
        ]),
        ReferenceSection(title: ReferenceText.refSectionHandwerk, isChart: false, figures: [
            ReferenceFigure(ReferenceText.refHandwerkPerYear, .count(500), .about, source: ReferenceText.refSourceIQAdaptation, line: 291),
        ]),
        ReferenceSection(title: ReferenceText.refSectionNursing, isChart: false, figures: [
            ReferenceFigure(ReferenceText.refNursingGap2030, .count(500_000), .almost, source: ReferenceText.refSourceBertelsmann, line: 218),
            ReferenceFigure(ReferenceText.refCareRecipients, .millions(tenths: 39), source: ReferenceText.refSourceCareEmployers, line: 222),
            ReferenceFigure(ReferenceText.refCareWorkers, .millions(tenths: 10), .about, source: ReferenceText.refSourceCareEmployers, line: 224),
            ReferenceFigure(ReferenceText.refCareRecipients2050, .doubling, source: ReferenceText.refSourceCareEmployers, line: 226),
        ]),
    ]
}

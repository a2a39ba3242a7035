import IQCore

/// Pane 3: counselling cases, pseudonymised — case number, initials, Referenzberuf, status,
/// site and next appointment. Names appear only inside the open case.
enum CasesPane {
    static func model(_ state: AppState) -> PaneModel {
        let rows = CaseList.rows(state)
        let today = state.today
        let siteName = { (c: Case) in c.siteID.flatMap { state.document.sites[$0]?.name } ?? "" }
        return PaneModel(
            // At 38 columns (the grid at 80×24) number, status and next appointment stay.
            columns: [
                TableColumn(state.t(CaseText.colCaseNumber), .fixed(15)),
                TableColumn(state.t(CaseText.colInitials), .fixed(6), dropOrder: 1),
                TableColumn(state.t(CaseText.colReferenzberufShort), .flexible(minimum: 12, weight: 2), dropOrder: 2),
                TableColumn(state.t(CaseText.colStatus), .flexible(minimum: 11, weight: 0, maximum: 20)),
                TableColumn(state.t(CaseText.colSite), .flexible(minimum: 10, weight: 1), dropOrder: 3),
                // The `D` view says when each case is due and by which rule instead.
                state.cases.showsDue ? TableColumn(state.t(CaseText.colDeletionDue), .flexible(minimum: 10, weight: 0, maximum: 25))
                    : TableColumn(state.t(CaseText.colNextAppointmentShort), .fixed(10)),
            ],
            rows: RowSource(count: rows.count, cells: { i in
                let c = rows[i]
                return [c.number, c.initials, c.referenzberuf, state.t(c.status.label), siteName(c),
                        state.cases.showsDue ? dueCell(c, state) : c.nextAppointment(after: today)?.text(state.language) ?? ""]
            }),
            total: state.document.cases.count,
            detail: {
                let i = state[.cases].cursor.selected
                return rows.indices.contains(i) ? detail(rows[i], state) : nil
            },
            caption: caption(state),
            placeholder: state.document.cases.isEmpty ? welcome(state) : nil
        )
    }

    static func caption(_ state: AppState) -> String {
        var parts: [String] = []
        if state.cases.showsDue { parts.append(state.t(CaseText.dueCaption)) }
        if state.cases.sort != .number { parts.append(PartnerText.sortedBy(state.t(state.cases.sort.label)).text(state.language)) }
        let f = state.cases.filter
        let facets = [f.openOnly ? state.t(CaseText.filterOpen) : nil, f.status.map { state.t($0.label) }, f.siteID.flatMap { state.document.sites[$0]?.name }, f.counsellor].compactMap { $0 }
        if !facets.isEmpty { parts.append(PartnerText.filteredBy(facets.joined(separator: ", ")).text(state.language)) }
        return parts.joined(separator: " · ")
    }

    /// The open case: every field it stores, in groups, and here only the person's name.
    static func detail(_ c: Case, _ state: AppState) -> DetailView {
        let none = state.t(CommonText.valueNone)
        func or(_ s: String) -> String { s.isEmpty ? none : s }
        func day(_ d: Day?) -> String { d?.text(state.language) ?? none }
        func label(_ m: Message?) -> String { m.map(state.t) ?? none }
        let name = [c.person.firstName, c.person.lastName].filter { !$0.isEmpty }.joined(separator: " ")
        let lines: [DetailView.Line] = [
            .section(state.t(CaseText.sectionPerson)),
            .init(state.t(CommonText.colName), or(name)),
            .init(state.t(CaseText.caseBirthYearLabel), c.person.birthYear.map(String.init) ?? none),
            .init(state.t(CaseText.caseSex), label(c.person.sex?.label)),
            .init(state.t(CaseText.casePhone), or(c.person.phone)),
            .init(state.t(CaseText.caseEmail), or(c.person.email)),
            .init(state.t(CaseText.caseNationality), or(Countries.display(c.nationality, state.language))),
            .init(state.t(CaseText.caseYearOfEntry), c.yearOfEntry.map(String.init) ?? none),
            .init(state.t(CaseText.caseResidence), or(c.residence)),
            .init(state.t(CaseText.caseResidenceStatus), label(c.residenceStatus?.label)),
            .init(state.t(CaseText.caseBenefits), label(c.benefits?.label)),
            .init(state.t(CaseText.caseGermanLevel), c.germanLevel?.rawValue.uppercased() ?? none),
            .section(state.t(CaseText.sectionRecognition)),
            .init(state.t(CaseText.caseReferenzberuf), or(c.referenzberuf)),
            .init(state.t(CaseText.caseFurtherReferenzberufe), or(c.furtherReferenzberufe.joined(separator: "; "))),
            .init(state.t(CaseText.caseQualification), or(c.qualification)),
            .init(state.t(CaseText.caseCountryOfTraining), or(Countries.display(c.countryOfTraining, state.language))),
            .init(state.t(CaseText.caseRegulated), label(c.regulated?.label)),
            .init(state.t(CaseText.caseAuthority), or(c.authority)),
            .init(state.t(CaseText.caseApplicationDate), day(c.applicationDate)),
            .init(state.t(CaseText.caseDecision), c.decision.map { "\(state.t($0.label)), \(day(c.decisionDate))" } ?? none),
        ] + recognitionLines(c, state) + [
            .section(state.t(CaseText.sectionCounselling)),
            .init(state.t(CaseText.colStatus), state.t(c.status.label)),
            .init(state.t(CaseText.caseFirstCounsellingDate), day(c.firstCounsellingDate)),
            .init(state.t(CaseText.caseEndDate), day(c.recognition.endDate)),
            .init(state.t(CaseText.colSite), c.siteID.flatMap { state.document.sites[$0]?.name } ?? none),
            .init(state.t(CaseText.colCounsellor), or(c.counsellor)),
            .init(state.t(CaseText.caseCameVia), label(c.cameVia?.label)),
            .init(state.t(CaseText.caseCounsellingChannel), label(c.counsellingChannel?.label)),
            .init(state.t(CaseText.caseCounsellingResult), label(c.counsellingResult?.label)),
            // Derived: the appointments held so far (Case.counsellingContacts).
            .init(state.t(CaseText.caseCounsellingContacts), String(c.counsellingContacts(asOf: state.today))),
            .init(state.t(CaseText.caseTimeline), timeline(c, state) ?? none),
            .init(state.t(CaseText.caseNotes), or(c.notes)),
            .section(state.t(CaseText.sectionQualification)),
            .init(state.t(CaseText.caseMeasure), c.measureID.flatMap { id in state.document.measures[id].map { "\($0.name) \($0.year)" } } ?? none),
            // The Träger by name; the raw id when the partner is gone (as the export writes it).
            .init(state.t(CaseText.caseProvider), c.providerID.map { state.document.partners[$0]?.name ?? $0.rawValue } ?? none),
            .init(state.t(CaseText.caseQualificationStart), day(c.recognition.qualificationStart)),
            .init(state.t(CaseText.eligibilityTitle), [CaseText.eligibilitySubordinate, CaseText.eligibilityStatusIrrelevant, CaseText.eligibilityNoDeuFoeV,
                                                      CaseText.eligibilityNoMeansTest, CaseText.eligibilityLivingCosts, CaseText.eligibilityNoAZAV].map { "☐ " + state.t($0) }.joined(separator: "\n")),
            .section(state.t(CaseText.sectionDataProtection)),
            .init(state.t(CaseText.caseConsentDate), day(c.consentDate)),
            .init(state.t(CaseText.caseDeletionDate), day(c.deletionDate)),
            .init(state.t(CaseText.caseDeletionDue), CaseRetention.due(c, policy: state.cases.retention).map { state.t(CaseText.deletionDue($0)) } ?? none),
        ]
        return DetailView(heading: c.number, lines: lines)
    }

    /// "31.12.2029 nach Abschluss": the day and, briefly, the rule that gives it.
    static func dueCell(_ c: Case, _ state: AppState) -> String {
        guard let due = CaseRetention.due(c, policy: state.cases.retention) else { return "" }
        return "\(due.day.text(state.language)) \(state.t(CaseText.deletionRuleShort(due.rule)))"
    }

    /// The timeline, newest first (so the latest steps show without scrolling); entries of one
    /// day keep the order they were made in, the latest first.
    static func timeline(_ c: Case, _ state: AppState) -> String? {
        guard !c.timeline.isEmpty else { return nil }
        let newestFirst = c.timeline.enumerated().sorted { ($0.element.day, $0.offset) > ($1.element.day, $1.offset) }.map(\.element)
        return newestFirst.map { entry -> String in
            let what = entry.describe(state.language) { state.document.partners[$0]?.name ?? $0.rawValue }
            return "\(entry.day.text(state.language))  \(what)" + (entry.note.isEmpty ? "" : " – \(entry.note)")
        }.joined(separator: "\n")
    }
}

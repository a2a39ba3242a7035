import Foundation

/// The case forms on the generic form engine: the case itself, a status step, an appointment,
/// a referral, and the case filter.
public enum CaseForm {
    static func choices<E: CaseIterable & RawRepresentable>(_ type: E.Type, _ label: (E) -> TextKey, none: TextKey, _ state: AppState) -> [FormField.Choice] where E.RawValue == String {
        [FormField.Choice("", L10n.string(none, state.language))] + E.allCases.map { FormField.Choice($0.rawValue, L10n.string(label($0), state.language)) }
    }

    static func index(_ options: [FormField.Choice], _ value: String?) -> Int { options.firstIndex { $0.value == (value ?? "") } ?? 0 }

    /// The sites to choose from; a site the case names that is not (or not yet) in the document
    /// stays a choice, so saving the form never drops it silently.
    static func siteChoices(_ state: AppState, keeping current: RecordID?) -> [FormField.Choice] {
        var options = [FormField.Choice("", L10n.string(.valueNone, state.language))]
            + SiteList.rows(state.document, query: "").map { FormField.Choice($0.id.rawValue, "\($0.name)") }
        if let current, state.document.sites[current] == nil { options.append(FormField.Choice(current.rawValue, current.rawValue)) }
        return options
    }

    static func measureChoices(_ state: AppState, keeping current: RecordID?) -> [FormField.Choice] {
        var options = [FormField.Choice("", L10n.string(.valueNone, state.language))]
            + BudgetFigures.measures(in: state.document, year: nil).map { FormField.Choice($0.measure.id.rawValue, "\($0.measure.name) \($0.measure.year)") }
        if let current, state.document.measures[current] == nil { options.append(FormField.Choice(current.rawValue, current.rawValue)) }
        return options
    }

    /// The Träger to choose from: every partner that provides some measure, by name. A Träger the
    /// case names that is not (or no longer) among them stays a choice, as with the measure.
    static func providerChoices(_ state: AppState, keeping current: RecordID?) -> [FormField.Choice] {
        let providers = Set(state.document.measures.items.flatMap(\.providerIDs))
        let partners = PartnerList.rows(state.document, query: "").filter { providers.contains($0.id) }
        // Two Träger of the same name are told apart by their city (or id).
        let names = Dictionary(partners.map { ($0.name, 1) }, uniquingKeysWith: +)
        var options = [FormField.Choice("", L10n.string(.valueUnknown, state.language))] + partners.map { p in
            FormField.Choice(p.id.rawValue, names[p.name, default: 0] > 1 ? "\(p.name) (\(p.cities.first ?? p.id.rawValue))" : p.name)
        }
        if let current, !options.contains(where: { $0.value == current.rawValue }) {
            options.append(FormField.Choice(current.rawValue, providerName(current, state.document)))
        }
        return options
    }

    /// A Träger's name; the raw id when the partner is gone.
    static func providerName(_ id: RecordID, _ document: Document) -> String { document.partners[id]?.name ?? id.rawValue }

    /// What is wrong with this Träger for this measure: none without a measure, and one the measure
    /// does not name. Nil when it fits, when no Träger is given, and when the measure is unknown to
    /// the document (its providers are unknown then too).
    static func providerProblem(_ provider: RecordID?, measure: RecordID?, in document: Document) -> Message? {
        guard let provider else { return nil }
        guard let measure else { return Message(.formProviderNeedsMeasure) }
        guard let m = document.measures[measure], !m.providerIDs.contains(provider) else { return nil }
        let names = m.providerIDs.map { providerName($0, document) }
        return Message(.formProviderNotOfMeasure, providerName(provider, document), "\(m.name) \(m.year)",
                       names.isEmpty ? L10n.string(.valueNone, .de) : names.joined(separator: ", "))
    }

    // MARK: The case

    public static func editor(for c: Case?, _ state: AppState, user: String) -> FormState {
        let t = { (k: TextKey) in L10n.string(k, state.language) }
        let sexes = choices(Sex.self, { $0.label }, none: .valueUnknown, state)
        let benefits = choices(Benefits.self, { $0.label }, none: .valueUnknown, state)
        let levels = [FormField.Choice("", t(.valueUnknown))] + GermanLevel.allCases.map { FormField.Choice($0.rawValue, $0.rawValue.uppercased()) }
        let cameVia = choices(ReferralSource.self, { $0.label }, none: .valueUnknown, state)
        let decisions = choices(Decision.self, { $0.label }, none: .valueNone, state)
        let regulated = [FormField.Choice("", t(.valueUnknown)), FormField.Choice("yes", t(.valueYes)), FormField.Choice("no", t(.valueNo))]
        let sites = siteChoices(state, keeping: c?.siteID), measures = measureChoices(state, keeping: c?.measureID)
        let providers = providerChoices(state, keeping: c?.providerID)
        let day = { (d: Day?) in d?.text(state.language) ?? "" }
        let fields = [
            FormField(key: "personHeading", label: t(.caseIdentity), kind: .heading),
            FormField(key: "firstName", label: t(.caseFirstName), kind: .text, isRequired: true, text: c?.person.firstName ?? ""),
            FormField(key: "lastName", label: t(.caseLastName), kind: .text, isRequired: true, text: c?.person.lastName ?? ""),
            FormField(key: "birthYear", label: t(.caseBirthYear), kind: .text, text: c?.person.birthYear.map(String.init) ?? ""),
            FormField(key: "sex", label: t(.caseSex), kind: .choice(sexes), selected: index(sexes, c?.person.sex?.rawValue)),
            FormField(key: "phone", label: t(.casePhone), kind: .text, text: c?.person.phone ?? ""),
            FormField(key: "email", label: t(.caseEmail), kind: .text, text: c?.person.email ?? ""),
            FormField(key: "counsellingHeading", label: t(.caseCounselling), kind: .heading),
            FormField(key: "referenzberuf", label: t(.colReferenzberuf), kind: .text, text: c?.referenzberuf ?? ""),
            FormField(key: "qualification", label: t(.caseQualification), kind: .text, text: c?.qualification ?? ""),
            FormField(key: "countryOfTraining", label: t(.caseCountryOfTraining), kind: .text, text: c?.countryOfTraining ?? ""),
            FormField(key: "nationality", label: t(.caseNationality), kind: .text, text: c?.nationality ?? ""),
            FormField(key: "yearOfEntry", label: t(.caseYearOfEntry), kind: .text, text: c?.yearOfEntry.map(String.init) ?? ""),
            FormField(key: "residence", label: t(.caseResidence), kind: .text, text: c?.residence ?? ""),
            FormField(key: "residenceStatus", label: t(.caseResidenceStatus), kind: .text, text: c?.residenceStatus ?? ""),
            FormField(key: "benefits", label: t(.caseBenefits), kind: .choice(benefits), selected: index(benefits, c?.benefits?.rawValue)),
            FormField(key: "germanLevel", label: t(.caseGermanLevel), kind: .choice(levels), selected: index(levels, c?.germanLevel?.rawValue)),
            FormField(key: "regulated", label: t(.caseRegulated), kind: .choice(regulated),
                      selected: index(regulated, c?.regulated.map { $0 ? "yes" : "no" })),
            FormField(key: "authority", label: t(.caseAuthority), kind: .text, text: c?.authority ?? ""),
            FormField(key: "cameVia", label: t(.caseCameVia), kind: .choice(cameVia), selected: index(cameVia, c?.cameVia?.rawValue)),
            FormField(key: "site", label: t(.colSite), kind: .choice(sites), selected: index(sites, c?.siteID?.rawValue)),
            FormField(key: "counsellor", label: t(.colCounsellor), kind: .text, text: c?.counsellor ?? user),
            FormField(key: "applicationDate", label: t(.caseApplicationDate), kind: .text, text: day(c?.applicationDate)),
            FormField(key: "decision", label: t(.caseDecision), kind: .choice(decisions), selected: index(decisions, c?.decision?.rawValue)),
            FormField(key: "decisionDate", label: t(.caseDecisionDate), kind: .text, text: day(c?.decisionDate)),
            FormField(key: "measure", label: t(.caseMeasure), kind: .choice(measures), selected: index(measures, c?.measureID?.rawValue)),
            FormField(key: "provider", label: t(.caseProvider), kind: .choice(providers), selected: index(providers, c?.providerID?.rawValue)),
            FormField(key: "consentDate", label: t(.caseConsentDate), kind: .text, text: day(c?.consentDate)),
            FormField(key: "deletionDate", label: t(.caseDeletionDate), kind: .text, text: day(c?.deletionDate)),
            FormField(key: "notes", label: t(.caseNotes), kind: .multiline, text: c?.notes ?? ""),
        ]
        let title = c.map { Message(.formEditCase, $0.number).text(state.language) } ?? t(.formNewCase)
        return FormState(title: title, purpose: c.map { .editCase($0.id) } ?? .newCase, fields: fields)
    }

    static let dayKeys = ["applicationDate", "decisionDate", "consentDate", "deletionDate"]

    /// Required names, plausible years, real dates, contacts, the rule that a decision neither
    /// comes without its date nor before the application, and a Träger that runs the measure.
    public static func validate(_ form: inout FormState, language: Language = .de, in document: Document) {
        form.setError("firstName", form.text("firstName").isEmpty ? Message(.formRequired) : nil)
        form.setError("lastName", form.text("lastName").isEmpty ? Message(.formRequired) : nil)
        for key in ["birthYear", "yearOfEntry"] {
            let text = form.text(key)
            let ok = text.isEmpty || Int(text).map { (1900...2100).contains($0) } == true
            form.setError(key, ok ? nil : Message(.formBadYear))
        }
        for key in dayKeys {
            let text = form.text(key)
            form.setError(key, text.isEmpty || Day(parsing: text) != nil ? nil : Message(.formBadDay))
        }
        form.setError("email", ContactValidation.isValidEmail(form.text("email")) ? nil : Message(.formBadEmail))
        form.setError("phone", ContactValidation.isValidPhone(form.text("phone")) ? nil : Message(.formBadPhone))
        // The zuständige Stelle the rules suggest, with the reason, under the field; the
        // counsellor's own entry wins.
        switch suggestion(form) {
        case .suggestion(let s)?:
            let text = Message(.authoritySuggestion, s.authorityName, s.reason.text(language)).text(language)
            form.setWarning("authority", Message(.literal, text))
        case .needs(let message)?:
            form.setWarning("authority", Message(.literal, message.text(language)))
        case nil:
            form.setWarning("authority", nil)
        }
        let application = Day(parsing: form.text("applicationDate")), decisionDay = Day(parsing: form.text("decisionDate"))
        if form.self["decisionDate"]?.error == nil {
            if let application, let decisionDay, decisionDay < application {
                form.setError("decisionDate", Message(.formDecisionBeforeApplication))
            } else if form.choice("decision") != nil, decisionDay == nil {
                form.setError("decisionDate", Message(.formDecisionNeedsDate))
            }
        }
        validateProvider(&form, in: document)
    }

    /// The Träger must be one of the chosen measure's providers, and needs a measure. A mismatch the
    /// saved case already had (the measure's providers changed since) is only a warning while
    /// measure and Träger stay as they are, so it does not block editing the rest of the case.
    static func validateProvider(_ form: inout FormState, in document: Document) {
        let provider = form.choice("provider").map { RecordID($0) }, measure = form.choice("measure").map { RecordID($0) }
        let problem = providerProblem(provider, measure: measure, in: document)
        var unchanged = false
        if case .editCase(let id) = form.purpose, let saved = document.cases[id] {
            unchanged = saved.providerID == provider && saved.measureID == measure
        }
        form.setError("provider", unchanged ? nil : problem)
        form.setWarning("provider", unchanged ? problem : nil)
    }

    /// The suggestion for the Referenzberuf, country of training and residence typed so far.
    static func suggestion(_ form: FormState) -> AuthorityRouting.Result? {
        guard let occupation = ReferenceOccupations.find(form.text("referenzberuf")) else { return nil }
        let country = form.text("countryOfTraining")
        return AuthorityRouting.suggest(occupation: occupation, countryOfTraining: country.isEmpty ? nil : country,
                                        residence: Gazetteer.find(form.text("residence")))
    }

    /// The case the form describes; number, status and timeline stay as they were.
    public static func apply(_ form: FormState, to base: Case, in document: Document) -> Case {
        var c = base
        c.person.firstName = form.text("firstName")
        c.person.lastName = form.text("lastName")
        c.person.birthYear = Int(form.text("birthYear"))
        c.person.sex = form.choice("sex").flatMap(Sex.init(rawValue:))
        c.person.phone = form.text("phone")
        c.person.email = form.text("email")
        c.referenzberuf = form.text("referenzberuf")
        c.qualification = form.text("qualification")
        c.countryOfTraining = form.text("countryOfTraining")
        c.nationality = form.text("nationality")
        c.yearOfEntry = Int(form.text("yearOfEntry"))
        c.residence = form.text("residence")
        c.residenceStatus = form.text("residenceStatus")
        c.benefits = form.choice("benefits").flatMap(Benefits.init(rawValue:))
        c.germanLevel = form.choice("germanLevel").flatMap(GermanLevel.init(rawValue:))
        c.regulated = form.choice("regulated").map { $0 == "yes" }
        c.authority = form.text("authority")
        c.cameVia = form.choice("cameVia").flatMap(ReferralSource.init(rawValue:))
        c.siteID = form.choice("site").map { RecordID($0) }
        c.counsellor = form.text("counsellor")
        c.applicationDate = Day(parsing: form.text("applicationDate"))
        c.decision = form.choice("decision").flatMap(Decision.init(rawValue:))
        c.decisionDate = Day(parsing: form.text("decisionDate"))
        c.measureID = form.choice("measure").map { RecordID($0) }
        c.providerID = form.choice("provider").map { RecordID($0) }
        // A measure with exactly one Träger: when none is chosen, that one runs it for this person,
        // so it is filled in on submit (the budget pane's breakdown by Träger counts it then).
        if c.providerID == nil, let id = c.measureID, let m = document.measures[id], m.providerIDs.count == 1 {
            c.providerID = m.providerIDs.first
        }
        c.consentDate = Day(parsing: form.text("consentDate"))
        c.deletionDate = Day(parsing: form.text("deletionDate"))
        c.notes = form["notes"]?.text.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        // A Referenzberuf from the table is written as the table names it; an empty authority
        // and an unknown "regulated" are filled from the rules.
        if let occupation = ReferenceOccupations.find(c.referenzberuf) {
            c.referenzberuf = occupation.name
            if c.regulated == nil { c.regulated = occupation.regulated }
        }
        var suggested: AuthoritySuggestion?
        if case .suggestion(let s)? = suggestion(form) { suggested = s }
        if c.authority.isEmpty, let s = suggested { c.authority = s.authorityName }
        // The link to the directory follows the name: the suggestion's partner, else a partner of
        // exactly that name, else none (an authority the counsellor typed freely).
        if let s = suggested, s.authorityName == c.authority {
            c.authorityID = s.partnerID
        } else if c.authority != base.authority || c.authorityID == nil {
            c.authorityID = c.authority.isEmpty ? nil : document.partners.items.first { $0.name == c.authority }?.id
        }
        return c
    }

    // MARK: Workflow, appointments, referrals

    public static func statusForm(_ c: Case, _ state: AppState) -> FormState {
        let t = { (k: TextKey) in L10n.string(k, state.language) }
        let options = c.status.next.map { FormField.Choice($0.rawValue, t($0.label)) }
        return FormState(title: Message(.formStatusTitle, c.number).text(state.language), purpose: .caseStatus(c.id), fields: [
            FormField(key: "status", label: t(.formNewStatus), kind: .choice(options), isRequired: true, selected: 0),
            FormField(key: "day", label: t(.formDay), kind: .text, isRequired: true, text: state.today.text(state.language)),
            FormField(key: "note", label: t(.formNote), kind: .text),
        ])
    }

    public static func appointmentForm(_ c: Case, _ state: AppState) -> FormState {
        let t = { (k: TextKey) in L10n.string(k, state.language) }
        let channels = Channel.allCases.map { FormField.Choice($0.rawValue, t($0.label)) }
        return FormState(title: Message(.formAppointmentTitle, c.number).text(state.language), purpose: .caseAppointment(c.id), fields: [
            FormField(key: "day", label: t(.formDay), kind: .text, isRequired: true, text: state.today.text(state.language)),
            FormField(key: "channel", label: t(.formChannel), kind: .choice(channels), selected: 0),
            FormField(key: "note", label: t(.formNote), kind: .text),
        ])
    }

    public static func referralForm(_ c: Case, _ state: AppState) -> FormState {
        let t = { (k: TextKey) in L10n.string(k, state.language) }
        let partners = PartnerList.rows(state.document, query: "").map { FormField.Choice($0.id.rawValue, $0.name) }
        return FormState(title: Message(.formReferralTitle, c.number).text(state.language), purpose: .caseReferral(c.id), fields: [
            FormField(key: "partner", label: t(.formPartner), kind: .choice(partners), isRequired: true, selected: 0),
            FormField(key: "day", label: t(.formDay), kind: .text, isRequired: true, text: state.today.text(state.language)),
            FormField(key: "note", label: t(.formNote), kind: .text),
        ])
    }

    /// A real date in the step forms, and a partner for a referral.
    public static func validateStep(_ form: inout FormState) {
        form.setError("day", Day(parsing: form.text("day")) == nil ? Message(.formBadDay) : nil)
        if case .caseReferral = form.purpose {
            form.setError("partner", form.choice("partner") == nil ? Message(.formRequired) : nil)
        }
    }

    /// The case after a status step: the status, its timeline entry, and on closing a deletion
    /// date at the end of the third year after (unless one was set).
    public static func step(_ c: Case, to status: CaseStatus, on day: Day, note: String) -> Case {
        var c = c
        c.timeline.append(TimelineEntry(day: day, kind: .status(from: c.status, to: status), note: note))
        let wasEnded = c.status.isEnded
        c.status = status
        // Storage limitation: the deletion date defaults to the end of the third year after the
        // end of counselling (a date the counsellor set stays). Reopening takes the case off the
        // list of cases due; closing it again starts the clock anew.
        if status.isEnded, !wasEnded, c.deletionDate == nil { c.deletionDate = Day.endOfYear(day.year + 3) }
        if !status.isEnded, wasEnded { c.deletionDate = nil }
        return c
    }

    public static func filterForm(_ state: AppState) -> FormState {
        let t = { (k: TextKey) in L10n.string(k, state.language) }
        let all = FormField.Choice("", t(.formAll))
        let f = state.cases.filter
        let statuses = [all] + CaseStatus.allCases.map { FormField.Choice($0.rawValue, t($0.label)) }
        let sites = [all] + SiteList.rows(state.document, query: "").map { FormField.Choice($0.id.rawValue, $0.name) }
        let counsellors = [all] + Set(state.document.cases.items.map(\.counsellor)).filter { !$0.isEmpty }.sorted().map { FormField.Choice($0, $0) }
        return FormState(title: t(.keyCaseFilter), purpose: .caseFilter, fields: [
            FormField(key: "status", label: t(.colStatus), kind: .choice(statuses), selected: index(statuses, f.status?.rawValue)),
            FormField(key: "site", label: t(.colSite), kind: .choice(sites), selected: index(sites, f.siteID?.rawValue)),
            FormField(key: "counsellor", label: t(.colCounsellor), kind: .choice(counsellors), selected: index(counsellors, f.counsellor)),
        ])
    }

    public static func filter(from form: FormState) -> CaseFilter {
        CaseFilter(status: form.choice("status").flatMap(CaseStatus.init(rawValue:)),
                   siteID: form.choice("site").map { RecordID($0) },
                   counsellor: form.choice("counsellor"))
    }
}

import Foundation

/// The case editor: the person, the counselling, the decision, the measure and its Träger.
/// A new field is one stored input, its slot, and a line each in `init` and `apply`.
public struct CaseEditorForm: FormModel {
    /// The case edited; nil for a new one.
    public let editing: RecordID?
    public var personHeading: Heading
    public var firstName: TextInput
    public var lastName: TextInput
    public var birthYear: TextInput
    public var sex: ChoiceInput<Sex>
    public var phone: TextInput
    public var email: TextInput
    public var counsellingHeading: Heading
    public var referenzberuf: TextInput
    /// Coded documentation fields (CaseForm+Coded.swift), declared in slot order.
    public var furtherReferenzberufe: TextInput
    public var qualification: TextInput
    public var countryOfTraining: ChoiceInput<String>
    public var nationality: ChoiceInput<String>
    public var yearOfEntry: TextInput
    public var residence: TextInput
    public var residenceStatus: ChoiceInput<ResidenceStatus>
    public var benefits: ChoiceInput<Benefits>
    public var germanLevel: ChoiceInput<GermanLevel>
    public var regulated: ChoiceInput<Regulation>
    public var authority: TextInput
    public var cameVia: ChoiceInput<ReferralSource>
    public var counsellingChannel: ChoiceInput<Channel>
    public var counsellingResult: ChoiceInput<CounsellingResult>
    public var site: ReferenceInput
    public var counsellor: TextInput
    public var applicationDate: DayInput
    public var decision: ChoiceInput<Decision>
    public var decisionDate: DayInput
    /// The Erstberatung, the procedure's dates and the Bescheid's details (CaseForm+Progress.swift).
    public var progress: CaseProgressInputs
    public var measure: ReferenceInput
    public var provider: ReferenceInput
    public var consentDate: DayInput
    public var deletionDate: DayInput
    public var notes: TextInput

    init(_ c: Case?, _ state: AppState, user: String) {
        let lang = state.language
        let t = { (k: Message) in k.text(lang) }
        let unknown = t(CommonText.valueUnknown)
        func all<E: CaseIterable & FormChoiceValue>(_ label: (E) -> Message) -> [(E, String)] { E.allCases.map { ($0, t(label($0))) } }
        editing = c?.id
        personHeading = Heading(t(CaseText.caseIdentity))
        firstName = TextInput(t(CaseText.caseFirstName), required: true, text: c?.person.firstName ?? "")
        lastName = TextInput(t(CaseText.caseLastName), required: true, text: c?.person.lastName ?? "")
        birthYear = TextInput(t(CaseText.caseBirthYearLabel), text: c?.person.birthYear.map(String.init) ?? "")
        sex = ChoiceInput(t(CaseText.caseSex), none: unknown, options: all { $0.label }, selected: c?.person.sex)
        phone = TextInput(t(CaseText.casePhone), text: c?.person.phone ?? "")
        email = TextInput(t(CaseText.caseEmail), text: c?.person.email ?? "")
        counsellingHeading = Heading(t(CaseText.caseCounselling))
        referenzberuf = TextInput(t(CaseText.caseReferenzberuf), text: c?.referenzberuf ?? "")
        qualification = TextInput(t(CaseText.caseQualification), text: c?.qualification ?? "")
        countryOfTraining = CaseForm.country(t(CaseText.caseCountryOfTraining), none: unknown, stored: c?.countryOfTraining ?? "", lang)
        nationality = CaseForm.country(t(CaseText.caseNationality), none: unknown, stored: c?.nationality ?? "", lang)
        yearOfEntry = TextInput(t(CaseText.caseYearOfEntry), text: c?.yearOfEntry.map(String.init) ?? "")
        residence = TextInput(t(CaseText.caseResidence), text: c?.residence ?? "")
        residenceStatus = ChoiceInput(t(CaseText.caseResidenceStatus), none: unknown, options: all { $0.label }, selected: c?.residenceStatus)
        benefits = ChoiceInput(t(CaseText.caseBenefits), none: unknown, options: all { $0.label }, selected: c?.benefits)
        germanLevel = ChoiceInput(t(CaseText.caseGermanLevel), none: unknown, options: GermanLevel.allCases.map { ($0, $0.rawValue.uppercased()) },
                                  selected: c?.germanLevel)
        regulated = ChoiceInput(t(CaseText.caseRegulated), none: unknown, options: all { $0.label }, selected: c?.regulated)
        authority = TextInput(t(CaseText.caseAuthority), text: c?.authority ?? "")
        cameVia = ChoiceInput(t(CaseText.caseCameVia), none: unknown, options: all { $0.label }, selected: c?.cameVia)
        site = ReferenceInput(t(CaseText.colSite), none: t(CommonText.valueNone), options: CaseForm.sites(state, keeping: c?.siteID),
                             selected: c.map(\.siteID) ?? CaseForm.onlySite(state))
        site.describe { id in CaseForm.about(site: id, state) }
        counsellor = TextInput(t(CaseText.colCounsellor), text: c?.counsellor ?? user)
        applicationDate = DayInput(t(CaseText.caseApplicationDate), day: c?.applicationDate, language: lang)
        decision = ChoiceInput(t(CaseText.caseDecision), none: t(CommonText.valueNone), options: all { $0.label }, selected: c?.decision)
        decisionDate = DayInput(t(CaseText.caseDecisionDate), day: c?.decisionDate, language: lang)
        progress = CaseProgressInputs(c, today: state.today, language: lang)
        measure = ReferenceInput(t(CaseText.caseMeasure), none: t(CommonText.valueNone), options: CaseForm.measures(state, keeping: c?.measureID), selected: c?.measureID)
        provider = ReferenceInput(t(CaseText.caseProvider), none: unknown, options: CaseForm.providers(state, keeping: c?.providerID), selected: c?.providerID)
        provider.describe { id in CaseForm.about(partner: id, state) }
        consentDate = DayInput(t(CaseText.caseConsentDate), day: c?.consentDate, language: lang)
        deletionDate = DayInput(t(CaseText.caseDeletionDate), day: c?.deletionDate, language: lang)
        notes = TextInput(t(CaseText.caseNotes), multiline: true, text: c?.notes ?? "")
        furtherReferenzberufe = TextInput(t(CaseText.caseFurtherReferenzberufe), text: (c?.furtherReferenzberufe ?? []).joined(separator: "; "))
        counsellingChannel = ChoiceInput(t(CaseText.caseCounsellingChannel), none: unknown, options: all { $0.label }, selected: c?.counsellingChannel)
        counsellingResult = ChoiceInput(t(CaseText.caseCounsellingResult), none: unknown, options: all { $0.label }, selected: c?.counsellingResult)
    }

    public var slots: [FormSlot<Self>] {
        [FormSlot(\.personHeading, "personHeading"), FormSlot(\.firstName, "firstName"), FormSlot(\.lastName, "lastName"),
         FormSlot(\.birthYear, "birthYear"), FormSlot(\.sex, "sex"), FormSlot(\.phone, "phone"), FormSlot(\.email, "email"),
         FormSlot(\.counsellingHeading, "counsellingHeading"), FormSlot(\.referenzberuf, "referenzberuf"),
         FormSlot(\.furtherReferenzberufe, "furtherReferenzberufe"),
         FormSlot(\.qualification, "qualification"), FormSlot(\.countryOfTraining, "countryOfTraining"),
         FormSlot(\.nationality, "nationality"), FormSlot(\.yearOfEntry, "yearOfEntry"), FormSlot(\.residence, "residence"),
         FormSlot(\.residenceStatus, "residenceStatus"), FormSlot(\.benefits, "benefits"), FormSlot(\.germanLevel, "germanLevel"),
         FormSlot(\.regulated, "regulated"), FormSlot(\.authority, "authority"), FormSlot(\.cameVia, "cameVia"),
         FormSlot(\.counsellingChannel, "counsellingChannel"), FormSlot(\.counsellingResult, "counsellingResult"),
         FormSlot(\.site, "site"), FormSlot(\.counsellor, "counsellor"), FormSlot(\.applicationDate, "applicationDate"),
         FormSlot(\.decision, "decision"), FormSlot(\.decisionDate, "decisionDate")] + progressSlots
        + [FormSlot(\.measure, "measure"),
         FormSlot(\.provider, "provider"), FormSlot(\.consentDate, "consentDate"), FormSlot(\.deletionDate, "deletionDate"),
         FormSlot(\.notes, "notes")]
    }

    public var purpose: FormPurpose { editing.map { .editCase($0) } ?? .newCase }
    public var content: FormContent { .caseRecord(self) }

    /// Required names, plausible years, real dates, contacts, the rule that a decision neither
    /// comes without its date nor before the application, and a Träger that runs the measure.
    public mutating func validate(_ context: FormContext) {
        let language = context.language
        firstName.control.error = firstName.value.isEmpty ? FormText.formRequired : nil
        lastName.control.error = lastName.value.isEmpty ? FormText.formRequired : nil
        for year in [\Self.birthYear, \Self.yearOfEntry] {
            let text = self[keyPath: year].value
            let ok = text.isEmpty || Int(text).map { (1900...2100).contains($0) } == true
            self[keyPath: year].control.error = ok ? nil : CaseText.formBadYear
        }
        for day in [\Self.applicationDate, \Self.decisionDate, \Self.consentDate, \Self.deletionDate] {
            self[keyPath: day].control.error = self[keyPath: day].isEmptyOrValid ? nil : CaseText.formBadDay
        }
        email.control.error = ContactValidation.isValidEmail(email.value) ? nil : FormText.formBadEmail
        phone.control.error = ContactValidation.isValidPhone(phone.value) ? nil : FormText.formBadPhone
        // The zuständige Stelle the rules suggest, with the reason, under the field; the
        // counsellor's own entry wins.
        switch suggestion {
        case .suggestion(let s)?:
            let why = ([s.reason] + s.notes).map { $0.text(language) }.joined(separator: " ")
            let text = AuthorityText.authoritySuggestion(s.authorityName, why).text(language)
            authority.control.warning = CommonText.literal(text)
        case .needs(let message)?:
            authority.control.warning = CommonText.literal(message.text(language))
        case nil:
            authority.control.warning = nil
        }
        if decisionDate.control.error == nil {
            if let application = applicationDate.day, let decided = decisionDate.day, decided < application {
                decisionDate.control.error = CaseText.formDecisionBeforeApplication
            } else if decision.value != nil, decisionDate.day == nil {
                decisionDate.control.error = CaseText.formDecisionNeedsDate
            }
        }
        progress.validate(application: applicationDate.day, decisionDate: decisionDate.day, decision: decision.value)
        validateProvider(in: context.document)
        let unknown = CaseForm.unknownOccupations(furtherReferenzberufe.value)
        furtherReferenzberufe.control.warning = unknown.isEmpty ? nil : CaseText.furtherNotInTable(unknown.joined(separator: "; "))
    }

    /// The Träger must be one of the chosen measure's providers, and needs a measure. A mismatch the
    /// saved case already had (the measure's providers changed since) is only a warning while
    /// measure and Träger stay as they are, so it does not block editing the rest of the case.
    mutating func validateProvider(in document: Document) {
        let problem = CaseForm.providerProblem(provider.value, measure: measure.value, in: document)
        var unchanged = false
        if let id = editing, let saved = document.cases[id] {
            unchanged = saved.providerID == provider.value && saved.measureID == measure.value
        }
        provider.control.error = unchanged ? nil : problem
        provider.control.warning = unchanged ? problem : nil
    }

    /// The suggestion for the Referenzberuf, country of training and residence typed so far.
    var suggestion: AuthorityRouting.Result? {
        guard let occupation = ReferenceOccupations.find(referenzberuf.value) else { return nil }
        let country = countryOfTraining.value ?? ""
        return AuthorityRouting.suggest(occupation: occupation, countryOfTraining: country.isEmpty ? nil : country,
                                        living: Residence.find(residence.value))
    }

    /// The case the form describes; number, status and timeline stay as they were.
    public func apply(to base: Case, in document: Document) -> Case {
        var c = base
        c.person.firstName = firstName.value
        c.person.lastName = lastName.value
        c.person.birthYear = birthYear.number
        c.person.sex = sex.value
        c.person.phone = phone.value
        c.person.email = email.value
        c.referenzberuf = referenzberuf.value
        c.qualification = qualification.value
        c.countryOfTraining = countryOfTraining.value ?? ""
        c.nationality = nationality.value ?? ""
        c.yearOfEntry = yearOfEntry.number
        c.residence = residence.value
        c.residenceStatus = residenceStatus.value
        c.benefits = benefits.value
        c.germanLevel = germanLevel.value
        c.regulated = regulated.value
        c.authority = authority.value
        c.cameVia = cameVia.value
        c.siteID = site.value
        c.counsellor = counsellor.value
        c.applicationDate = applicationDate.day
        c.decision = decision.value
        c.decisionDate = decisionDate.day
        progress.apply(to: &c)
        c.measureID = measure.value
        c.providerID = provider.value
        // A measure with exactly one Träger: when none is chosen, that one runs it for this person,
        // so it is filled in on submit (the budget pane's breakdown by Träger counts it then).
        if c.providerID == nil, let id = c.measureID, let m = document.measures[id], m.providerIDs.count == 1 {
            c.providerID = m.providerIDs.first
        }
        c.consentDate = consentDate.day
        c.deletionDate = deletionDate.day
        c.notes = notes.value
        c.furtherReferenzberufe = CaseForm.occupations(furtherReferenzberufe.value, primary: referenzberuf.value)
        c.counsellingChannel = counsellingChannel.value
        c.counsellingResult = counsellingResult.value
        // A Referenzberuf from the table is written as the table names it; an empty authority
        // and an unknown "regulated" are filled from the rules.
        if let occupation = ReferenceOccupations.find(c.referenzberuf) {
            c.referenzberuf = occupation.name
            if c.regulated == nil { c.regulated = occupation.regulated }
        }
        var suggested: AuthoritySuggestion?
        if case .suggestion(let s)? = suggestion { suggested = s }
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
}

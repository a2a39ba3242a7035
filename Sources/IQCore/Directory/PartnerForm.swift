import Foundation

/// The partner editor: name, category, level, fields of action, where and how to reach them.
public struct PartnerEditorForm: FormModel {
    /// The partner edited; nil for a new one.
    public let editing: RecordID?
    public var name: TextInput
    public var shortName: TextInput
    public var category: ChoiceInput<PartnerCategory>
    public var level: ChoiceInput<Level>
    public var fieldsHeading: Heading
    public var fieldsOfAction: CheckList<FieldOfAction>
    public var cities: TextInput
    public var role: TextInput
    public var website: TextInput
    public var email: TextInput
    public var phone: TextInput
    public var address: TextInput

    init(_ p: Partner?, _ state: AppState) {
        let t = { (k: Message) in k.text(state.language) }
        editing = p?.id
        name = TextInput(t(CommonText.colName), required: true, text: p?.name ?? "")
        shortName = TextInput(t(CommonText.colShortName), text: p?.shortName ?? "")
        category = ChoiceInput(t(CommonText.colCategory), required: true, none: t(FormText.formChooseCategory),
                               options: PartnerCategory.allCases.map { ($0, t($0.label)) }, selected: p?.category)
        level = ChoiceInput(t(CommonText.detailLevel), none: t(CommonText.valueUnknown), options: Level.allCases.map { ($0, t($0.label)) }, selected: p?.level)
        fieldsHeading = Heading(t(CommonText.detailFields))
        fieldsOfAction = CheckList(FieldOfAction.allCases.map { ($0, t($0.label)) }, checked: Set(p?.fieldsOfAction ?? []))
        cities = TextInput(t(CommonText.detailCities), text: p?.cities.joined(separator: ", ") ?? "")
        role = TextInput(t(CommonText.detailRole), multiline: true, text: p?.role ?? "")
        website = TextInput(t(CommonText.detailWebsite), text: p?.website ?? "")
        email = TextInput(t(CommonText.detailEmail), text: p?.email ?? "")
        phone = TextInput(t(CommonText.detailPhone), text: p?.phone ?? "")
        address = TextInput(t(CommonText.detailAddress), text: p?.address ?? "")
    }

    public var slots: [FormSlot<Self>] {
        [FormSlot(\.name, "name"), FormSlot(\.shortName, "shortName"), FormSlot(\.category, "category"),
         FormSlot(\.level, "level"), FormSlot(\.fieldsHeading, "fieldsHeading")]
            + fieldsOfAction.slots(at: \.fieldsOfAction, prefix: "field.")
            + [FormSlot(\.cities, "cities"), FormSlot(\.role, "role"), FormSlot(\.website, "website"),
               FormSlot(\.email, "email"), FormSlot(\.phone, "phone"), FormSlot(\.address, "address")]
    }

    public var purpose: FormPurpose { editing.map { .editPartner($0) } ?? .newPartner }
    public var content: FormContent { .partner(self) }

    /// Messages at the fields: name required, category chosen, contacts well-formed; a name
    /// another partner already has is a warning, not an error.
    public mutating func validate(_ context: FormContext) {
        name.control.error = name.value.isEmpty ? FormText.formRequired : nil
        category.control.error = category.value == nil ? FormText.formChooseCategoryError : nil
        email.control.error = ContactValidation.isValidEmail(email.value) ? nil : FormText.formBadEmail
        website.control.error = ContactValidation.isValidWebsite(website.value) ? nil : FormText.formBadWebsite
        phone.control.error = ContactValidation.isValidPhone(phone.value) ? nil : FormText.formBadPhone
        let key = SearchKey.sortKey(name.value)
        let twin = name.value.isEmpty ? nil
            : context.document.partners.items.first { $0.id != editing && SearchKey.sortKey($0.name) == key }
        name.control.warning = twin.map { FormText.formDuplicateName($0.name) }
    }

    /// The partner the form describes; relations and id stay as they were when editing.
    public func partner(in document: Document, newID: RecordID) -> Partner {
        let base = editing.flatMap { document.partners[$0] }
        var p = base ?? Partner(id: editing ?? newID, meta: RecordMeta(revision: 0, modifiedAt: .distantPast, modifiedBy: ""),
                                name: "", category: .provider)
        p.name = name.value
        p.shortName = shortName.value
        p.category = category.value ?? p.category
        p.level = level.value
        p.fieldsOfAction = fieldsOfAction.checked
        p.cities = cities.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        p.role = role.value
        p.website = website.value
        p.email = email.value
        p.phone = phone.value
        p.address = address.value
        return p
    }
}

/// The partner filter: a category, a field of action, a city and a level, each or all.
public struct PartnerFilterForm: FormModel {
    public var category: ChoiceInput<PartnerCategory>
    public var field: ChoiceInput<FieldOfAction>
    public var city: ChoiceInput<String>
    public var level: ChoiceInput<Level>

    init(_ state: AppState) {
        let t = { (k: Message) in k.text(state.language) }
        let all = t(FormText.formAll), f = state.directory.filter
        var cityNames: [String: String] = [:]
        for p in state.document.partners.items { for c in p.cities { cityNames[String(decoding: SearchKey.sortKey(c), as: UTF8.self)] = c } }
        category = ChoiceInput(t(CommonText.colCategory), none: all, options: PartnerCategory.allCases.map { ($0, t($0.label)) }, selected: f.category)
        field = ChoiceInput(t(CommonText.colField), none: all, options: FieldOfAction.allCases.map { ($0, t($0.label)) }, selected: f.field)
        city = ChoiceInput(t(CommonText.colCity), none: all, options: cityNames.sorted { $0.key < $1.key }.map { ($0.value, $0.value) }, selected: f.city)
        level = ChoiceInput(t(CommonText.detailLevel), none: all, options: Level.allCases.map { ($0, t($0.label)) }, selected: f.level)
    }

    public var slots: [FormSlot<Self>] {
        [FormSlot(\.category, "category"), FormSlot(\.field, "field"), FormSlot(\.city, "city"), FormSlot(\.level, "level")]
    }

    public var purpose: FormPurpose { .partnerFilter }
    public var content: FormContent { .partnerFilter(self) }

    public var filter: PartnerFilter {
        PartnerFilter(category: category.value, field: field.value, city: city.value, level: level.value)
    }
}

/// How the directory opens its forms.
public enum PartnerForm {
    public static func editor(for partner: Partner?, _ state: AppState) -> FormState {
        let title = partner.map { FormText.formEditPartner($0.name).text(state.language) } ?? FormText.formNewPartner.text(state.language)
        return FormState(title: title, content: .partner(PartnerEditorForm(partner, state)))
    }

    public static func filterForm(_ state: AppState) -> FormState {
        FormState(title: FormText.formFilterTitle.text(state.language), content: .partnerFilter(PartnerFilterForm(state)))
    }
}

import Foundation

/// The partner editor and the partner filter, built on the generic form engine.
public enum PartnerForm {
    // MARK: Editor

    public static func editor(for partner: Partner?, _ state: AppState) -> FormState {
        let t = { (k: TextKey) in L10n.string(k, state.language) }
        let p = partner
        var categories = [FormField.Choice("", t(.formChooseCategory))]
        categories += PartnerCategory.allCases.map { FormField.Choice($0.rawValue, t($0.label)) }
        let levels = [FormField.Choice("", t(.valueUnknown))] + Level.allCases.map { FormField.Choice($0.rawValue, t($0.label)) }
        var fields = [
            FormField(key: "name", label: t(.colName), kind: .text, isRequired: true, text: p?.name ?? ""),
            FormField(key: "shortName", label: t(.colShortName), kind: .text, text: p?.shortName ?? ""),
            FormField(key: "category", label: t(.colCategory), kind: .choice(categories), isRequired: true,
                      selected: p.flatMap { c in categories.firstIndex { $0.value == c.category.rawValue } } ?? 0),
            FormField(key: "level", label: t(.detailLevel), kind: .choice(levels),
                      selected: levels.firstIndex { $0.value == (p?.level?.rawValue ?? "") } ?? 0),
            FormField(key: "fieldsHeading", label: t(.detailFields), kind: .heading),
        ]
        fields += FieldOfAction.allCases.map { f in
            FormField(key: "field.\(f.rawValue)", label: t(f.label), kind: .checkbox, isOn: p?.fieldsOfAction.contains(f) ?? false)
        }
        fields += [
            FormField(key: "cities", label: t(.detailCities), kind: .text, text: p?.cities.joined(separator: ", ") ?? ""),
            FormField(key: "role", label: t(.detailRole), kind: .multiline, text: p?.role ?? ""),
            FormField(key: "website", label: t(.detailWebsite), kind: .text, text: p?.website ?? ""),
            FormField(key: "email", label: t(.detailEmail), kind: .text, text: p?.email ?? ""),
            FormField(key: "phone", label: t(.detailPhone), kind: .text, text: p?.phone ?? ""),
            FormField(key: "address", label: t(.detailAddress), kind: .text, text: p?.address ?? ""),
        ]
        let title = p.map { Message(.formEditPartner, $0.name).text(state.language) } ?? t(.formNewPartner)
        return FormState(title: title, purpose: p.map { .editPartner($0.id) } ?? .newPartner, fields: fields)
    }

    /// Messages at the fields: name required, category chosen, contacts well-formed; a name
    /// another partner already has is a warning, not an error.
    public static func validate(_ form: inout FormState, in document: Document) {
        let name = form.text("name")
        form.setError("name", name.isEmpty ? Message(.formRequired) : nil)
        form.setError("category", form.choice("category") == nil ? Message(.formChooseCategoryError) : nil)
        let email = form.text("email"), website = form.text("website"), phone = form.text("phone")
        form.setError("email", ContactValidation.isValidEmail(email) ? nil : Message(.formBadEmail))
        form.setError("website", ContactValidation.isValidWebsite(website) ? nil : Message(.formBadWebsite))
        form.setError("phone", ContactValidation.isValidPhone(phone) ? nil : Message(.formBadPhone))
        var own: RecordID?
        if case .editPartner(let id) = form.purpose { own = id }
        let key = SearchKey.sortKey(name)
        let twin = name.isEmpty ? nil : document.partners.items.first { $0.id != own && SearchKey.sortKey($0.name) == key }
        form.setWarning("name", twin.map { Message(.formDuplicateName, $0.name) })
    }

    /// The partner the form describes; relations and id stay as they were when editing.
    public static func partner(from form: FormState, in document: Document, newID: RecordID) -> Partner {
        var id = newID
        var base: Partner?
        if case .editPartner(let existing) = form.purpose {
            id = existing
            base = document.partners[existing]
        }
        var p = base ?? Partner(id: id, meta: RecordMeta(revision: 0, modifiedAt: .distantPast, modifiedBy: ""), name: "", category: .provider)
        p.name = form.text("name")
        p.shortName = form.text("shortName")
        p.category = form.choice("category").flatMap(PartnerCategory.init(rawValue:)) ?? p.category
        p.level = form.choice("level").flatMap(Level.init(rawValue:))
        p.fieldsOfAction = FieldOfAction.allCases.filter { form.isOn("field.\($0.rawValue)") }
        p.cities = form.text("cities").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        p.role = form["role"]?.text.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        p.website = form.text("website")
        p.email = form.text("email")
        p.phone = form.text("phone")
        p.address = form.text("address")
        return p
    }

    // MARK: Filter

    public static func filterForm(_ state: AppState) -> FormState {
        let t = { (k: TextKey) in L10n.string(k, state.language) }
        let all = FormField.Choice("", t(.formAll))
        let f = state.directory.filter
        let categories = [all] + PartnerCategory.allCases.map { FormField.Choice($0.rawValue, t($0.label)) }
        let fields = [all] + FieldOfAction.allCases.map { FormField.Choice($0.rawValue, t($0.label)) }
        let levels = [all] + Level.allCases.map { FormField.Choice($0.rawValue, t($0.label)) }
        var cityNames: [String: String] = [:]
        for p in state.document.partners.items { for c in p.cities { cityNames[String(decoding: SearchKey.sortKey(c), as: UTF8.self)] = c } }
        let cities = [all] + cityNames.sorted { $0.key < $1.key }.map { FormField.Choice($0.value, $0.value) }
        func index(_ options: [FormField.Choice], _ value: String?) -> Int { options.firstIndex { $0.value == (value ?? "") } ?? 0 }
        return FormState(title: t(.formFilterTitle), purpose: .partnerFilter, fields: [
            FormField(key: "category", label: t(.colCategory), kind: .choice(categories), selected: index(categories, f.category?.rawValue)),
            FormField(key: "field", label: t(.colField), kind: .choice(fields), selected: index(fields, f.field?.rawValue)),
            FormField(key: "city", label: t(.colCity), kind: .choice(cities), selected: index(cities, f.city)),
            FormField(key: "level", label: t(.detailLevel), kind: .choice(levels), selected: index(levels, f.level?.rawValue)),
        ])
    }

    public static func filter(from form: FormState) -> PartnerFilter {
        PartnerFilter(category: form.choice("category").flatMap(PartnerCategory.init(rawValue:)),
                      field: form.choice("field").flatMap(FieldOfAction.init(rawValue:)),
                      city: form.choice("city"),
                      level: form.choice("level").flatMap(Level.init(rawValue:)))
    }
}

extension CaseForm {
    /// "Träger · Anerkennungs- und Qualifizierungsberatung · Bielefeld, Bottrop": what a partner
    /// offered in a form is, so the counsellor chooses by what it does, not by name alone.
    static func about(partner id: RecordID, _ state: AppState) -> String {
        guard let p = state.document.partners[id] else { return "" }
        let t = { (m: Message) in m.text(state.language) }
        return [t(p.category.label), p.fieldsOfAction.map { t($0.label) }.joined(separator: ", "), p.cities.joined(separator: ", ")]
            .filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// "Anerkennungsberatung, Qualifizierung · Köln": a site's services and city.
    static func about(site id: RecordID, _ state: AppState) -> String {
        guard let site = state.document.sites[id] else { return "" }
        let t = { (m: Message) in m.text(state.language) }
        return [site.services.map { t($0.label) }.joined(separator: ", "), site.isMobile ? t(CommonText.valueMobile) : site.city]
            .filter { !$0.isEmpty }.joined(separator: " · ")
    }
}

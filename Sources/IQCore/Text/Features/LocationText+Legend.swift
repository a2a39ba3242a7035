/// The map's legend: what each mark means.
extension LocationText {
    public static func mapLegend(site: String, selected: String, client: String, outline: String, border: String) -> Message {
        Message(de: "\(site) Standort · \(selected) gewählt · 2–9 Standorte einer Stadt · \(client) Wohnort · \(outline) NRW · \(border) Regierungsbezirk",
                en: "\(site) site · \(selected) selected · 2–9 sites in one city · \(client) client's place · \(outline) NRW · \(border) region")
    }
}

// Where the person lives, as far as the routing cares: a municipality of NRW, another German Land,
// or abroad. Typed in the case form's residence field or `iq-tui authority --place`.

public enum Residence: Equatable, Sendable {
    case nrw(Municipality)
    /// Another Land, or "außerhalb NRW"; the name as the list below writes it.
    case outsideNRW(String)
    /// Abroad; the country when one was named.
    case abroad(Country?)

    /// A municipality of NRW first; then a German Land other than NRW, "außerhalb NRW" /
    /// "outside NRW"; then "Ausland" / "abroad" or a country other than Germany. Nil for anything else.
    public static func find(_ text: String) -> Residence? {
        if let place = Gazetteer.find(text) { return .nrw(place) }
        let key = LookupFold.fold(text)
        guard !key.isEmpty else { return nil }
        if let land = otherLaender.first(where: { LookupFold.forms($0).contains(key) }) { return .outsideNRW(land[0]) }
        if LookupFold.forms(["außerhalb NRW", "außerhalb von NRW", "outside NRW", "außerhalb Nordrhein-Westfalens"]).contains(key) {
            return .outsideNRW(text.trimmingCharacters(in: .whitespaces))
        }
        if LookupFold.forms(["Ausland", "im Ausland", "abroad"]).contains(key) { return .abroad(nil) }
        if let country = Countries.find(text), country.code != "DE" { return .abroad(country) }
        return nil
    }

    /// The 15 Länder besides NRW, German name first, then English names.
    static let otherLaender: [[String]] = [
        ["Baden-Württemberg"], ["Bayern", "Bavaria"], ["Berlin"], ["Brandenburg"], ["Bremen"], ["Hamburg"],
        ["Hessen", "Hesse"], ["Mecklenburg-Vorpommern", "Mecklenburg-Western Pomerania"], ["Niedersachsen", "Lower Saxony"],
        ["Rheinland-Pfalz", "Rhineland-Palatinate"], ["Saarland"], ["Sachsen", "Saxony"], ["Sachsen-Anhalt", "Saxony-Anhalt"],
        ["Schleswig-Holstein"], ["Thüringen", "Thuringia"],
    ]

    /// For a place nobody knows: the NRW municipalities within a typo of it (LookupFold.maxDistance),
    /// nearest first; none for a far-off word.
    public static func closePlaces(to text: String, limit: Int = 5) -> [Municipality] {
        let query = Gazetteer.fuzzyQuery(Gazetteer.Key.fold(text))
        let limitDistance = LookupFold.maxDistance(query.count)
        return Gazetteer.suggestions(for: text, limit: limit).filter { place in
            Gazetteer.Key(place.name).forms.contains { Gazetteer.editDistance(query, Array($0.utf8)) <= limitDistance }
        }
    }
}

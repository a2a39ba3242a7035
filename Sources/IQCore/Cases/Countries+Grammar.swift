// "in der Türkei", "in den Niederlanden", "im Irak"; "in the Netherlands": a country after the
// preposition "in", for the sentences that explain a routing. Most country names take no article;
// the few that do are listed with preposition and dative ("in der Dominikanischen Republik").

extension Country {
    /// "in Polen (PL)", "in der Türkei (TR)", "in the United States (US)".
    public func inPhrase(_ language: Language) -> String {
        "\(inName(language)) (\(code))"
    }

    /// "in Polen", "in der Schweiz", "in the Philippines".
    public func inName(_ language: Language) -> String {
        switch language {
        case .de: Country.germanIn[code] ?? "in " + germanName
        case .en: "in " + (Country.englishWithThe.contains(code) ? "the " + englishName : englishName)
        }
    }

    /// The names that take an article, after "in" (dative).
    static let germanIn: [String: String] = [
        // feminine: in der …
        "CH": "in der Schweiz", "SK": "in der Slowakei", "TR": "in der Türkei", "UA": "in der Ukraine",
        "MN": "in der Mongolei", "VA": "in der Vatikanstadt", "CD": "in der Demokratischen Republik Kongo",
        "CF": "in der Zentralafrikanischen Republik", "CG": "in der Republik Kongo", "DO": "in der Dominikanischen Republik",
        // masculine or neuter: im …
        "IQ": "im Irak", "IR": "im Iran", "LB": "im Libanon", "SD": "im Sudan", "SS": "im Südsudan", "TD": "im Tschad",
        "NE": "im Niger", "SN": "im Senegal", "YE": "im Jemen", "XK": "im Kosovo", "OM": "im Oman",
        "GB": "im Vereinigten Königreich",
        // plural: in den …
        "NL": "in den Niederlanden", "US": "in den Vereinigten Staaten", "AE": "in den Vereinigten Arabischen Emiraten",
        "BS": "auf den Bahamas", "KM": "auf den Komoren", "MH": "auf den Marshallinseln", "MV": "auf den Malediven",
        "PH": "auf den Philippinen", "SB": "auf den Salomonen", "SC": "auf den Seychellen",
        "PS": "in den Palästinensischen Gebieten",
    ]

    static let englishWithThe: Set<String> = ["GB", "US", "NL", "AE", "BS", "KM", "MH", "MV", "PH", "SB", "SC", "CD", "CF",
                                              "CG", "DO", "PS", "GM"]
}

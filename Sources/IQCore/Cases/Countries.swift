// Countries of training (Ausbildungsstaaten) for recognition counselling: every sovereign state
// plus Kosovo, the Palestinian territories and Taiwan, with ISO 3166-1 alpha-2 codes and German
// and English names. Kosovo has no official ISO code; "XK" is the code in common use (EU, IMF).
//
// `european` is geography as the NRW rules need it: the Fachschule row of DOMAIN.md's table
// sends "all non-European states" to one Bezirksregierung. The transcontinental states of the
// former USSR and Turkey count as European here; every one of them is named in a list of that
// row anyway, so the flag decides nothing for them.
//
// Lookup (`Countries.find`) takes a code ("PL", "pl", "UK" for GB) or a name in German or
// English, ignoring case, accents, hyphens and spelled-out umlauts ("Tuerkei", "turkiye").

public struct Country: Equatable, Sendable {
    /// ISO 3166-1 alpha-2, upper case.
    public let code: String
    public let germanName: String
    public let englishName: String
    public let european: Bool
    /// Other names people type: former or informal names ("Holland", "Weißrussland").
    public let aliases: [String]

    public init(code: String, germanName: String, englishName: String, european: Bool, aliases: [String] = []) {
        self.code = code
        self.germanName = germanName
        self.englishName = englishName
        self.european = european
        self.aliases = aliases
    }

    public func name(_ language: Language) -> String {
        switch language {
        case .de: germanName
        case .en: englishName
        }
    }

    /// The 27 member states of the European Union.
    public static let euCodes: Set<String> = [
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
        "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
    ]
    /// The EEA states outside the EU.
    public static let eeaOnlyCodes: Set<String> = ["IS", "LI", "NO"]

    public var isEU: Bool { Country.euCodes.contains(code) }
    /// EU, EEA or Switzerland: the states whose training counts as "EU/EWR/CH" in recognition law.
    public var isEUEEAOrSwitzerland: Bool { isEU || Country.eeaOnlyCodes.contains(code) || code == "CH" }
}

public enum Countries {
    /// The country with this code or name (see the file comment), or nil.
    public static func find(_ text: String) -> Country? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        let upper = trimmed.uppercased()
        if upper.count == 2 {
            let code = upper == "UK" ? "GB" : upper
            if let country = all.first(where: { $0.code == code }) { return country }
        }
        let query = LookupFold.fold(trimmed)
        guard let index = keys.firstIndex(where: { $0.contains(query) }) else { return nil }
        return all[index]
    }

    /// The countries whose names are closest to a text `find` does not know, nearest first.
    public static func suggestions(for text: String, limit: Int = 5) -> [Country] {
        LookupFold.closest(to: text, among: keys, limit: limit).map { all[$0] }
    }

    /// All names of each country, folded, in the order of `all`.
    static let keys: [[String]] = all.map { country in
        LookupFold.forms([country.germanName, country.englishName] + country.aliases)
    }

    private static func e(_ code: String, _ de: String, _ en: String, _ aliases: String...) -> Country {
        Country(code: code, germanName: de, englishName: en, european: true, aliases: aliases)
    }

    private static func o(_ code: String, _ de: String, _ en: String, _ aliases: String...) -> Country {
        Country(code: code, germanName: de, englishName: en, european: false, aliases: aliases)
    }

    /// Europe first, then the rest of the world, each by code.
    public static let all: [Country] = [
        e("AD", "Andorra", "Andorra"),
        e("AL", "Albanien", "Albania"),
        e("AM", "Armenien", "Armenia"),
        e("AT", "Österreich", "Austria"),
        e("AZ", "Aserbaidschan", "Azerbaijan"),
        e("BA", "Bosnien und Herzegowina", "Bosnia and Herzegovina", "Bosnien-Herzegowina", "Bosnia-Herzegovina", "Bosnien", "Bosnia"),
        e("BE", "Belgien", "Belgium"),
        e("BG", "Bulgarien", "Bulgaria"),
        e("BY", "Belarus", "Belarus", "Weißrussland"),
        e("CH", "Schweiz", "Switzerland"),
        e("CY", "Zypern", "Cyprus"),
        e("CZ", "Tschechien", "Czechia", "Tschechische Republik", "Czech Republic"),
        e("DE", "Deutschland", "Germany"),
        e("DK", "Dänemark", "Denmark"),
        e("EE", "Estland", "Estonia"),
        e("ES", "Spanien", "Spain"),
        e("FI", "Finnland", "Finland"),
        e("FR", "Frankreich", "France"),
        e("GB", "Vereinigtes Königreich", "United Kingdom", "Großbritannien", "Great Britain", "England"),
        e("GE", "Georgien", "Georgia"),
        e("GR", "Griechenland", "Greece"),
        e("HR", "Kroatien", "Croatia"),
        e("HU", "Ungarn", "Hungary"),
        e("IE", "Irland", "Ireland"),
        e("IS", "Island", "Iceland"),
        e("IT", "Italien", "Italy"),
        e("KZ", "Kasachstan", "Kazakhstan"),
        e("LI", "Liechtenstein", "Liechtenstein"),
        e("LT", "Litauen", "Lithuania"),
        e("LU", "Luxemburg", "Luxembourg"),
        e("LV", "Lettland", "Latvia"),
        e("MC", "Monaco", "Monaco"),
        e("MD", "Moldau", "Moldova", "Republik Moldau", "Moldawien"),
        e("ME", "Montenegro", "Montenegro"),
        e("MK", "Nordmazedonien", "North Macedonia", "Mazedonien", "Macedonia"),
        e("MT", "Malta", "Malta"),
        e("NL", "Niederlande", "Netherlands", "Holland"),
        e("NO", "Norwegen", "Norway"),
        e("PL", "Polen", "Poland"),
        e("PT", "Portugal", "Portugal"),
        e("RO", "Rumänien", "Romania"),
        e("RS", "Serbien", "Serbia"),
        e("RU", "Russland", "Russia", "Russische Föderation", "Russian Federation"),
        e("SE", "Schweden", "Sweden"),
        e("SI", "Slowenien", "Slovenia"),
        e("SK", "Slowakei", "Slovakia"),
        e("SM", "San Marino", "San Marino"),
        e("TR", "Türkei", "Türkiye", "Turkey"),
        e("UA", "Ukraine", "Ukraine"),
        e("VA", "Vatikanstadt", "Vatican City", "Vatikan", "Heiliger Stuhl", "Holy See"),
        e("XK", "Kosovo", "Kosovo"),
        o("AE", "Vereinigte Arabische Emirate", "United Arab Emirates", "VAE", "UAE"),
        o("AF", "Afghanistan", "Afghanistan"),
        o("AG", "Antigua und Barbuda", "Antigua and Barbuda"),
        o("AO", "Angola", "Angola"),
        o("AR", "Argentinien", "Argentina"),
        o("AU", "Australien", "Australia"),
        o("BB", "Barbados", "Barbados"),
        o("BD", "Bangladesch", "Bangladesh"),
        o("BF", "Burkina Faso", "Burkina Faso"),
        o("BH", "Bahrain", "Bahrain"),
        o("BI", "Burundi", "Burundi"),
        o("BJ", "Benin", "Benin"),
        o("BN", "Brunei", "Brunei"),
        o("BO", "Bolivien", "Bolivia"),
        o("BR", "Brasilien", "Brazil"),
        o("BS", "Bahamas", "Bahamas"),
        o("BT", "Bhutan", "Bhutan"),
        o("BW", "Botsuana", "Botswana", "Botswana"),
        o("BZ", "Belize", "Belize"),
        o("CA", "Kanada", "Canada"),
        o("CD", "Demokratische Republik Kongo", "Democratic Republic of the Congo", "DR Kongo", "DR Congo"),
        o("CF", "Zentralafrikanische Republik", "Central African Republic"),
        o("CG", "Republik Kongo", "Republic of the Congo", "Kongo", "Congo"),
        o("CI", "Côte d’Ivoire", "Côte d’Ivoire", "Cote d'Ivoire", "Elfenbeinküste", "Ivory Coast"),
        o("CL", "Chile", "Chile"),
        o("CM", "Kamerun", "Cameroon"),
        o("CN", "China", "China"),
        o("CO", "Kolumbien", "Colombia"),
        o("CR", "Costa Rica", "Costa Rica"),
        o("CU", "Kuba", "Cuba"),
        o("CV", "Cabo Verde", "Cabo Verde", "Kap Verde", "Cape Verde"),
        o("DJ", "Dschibuti", "Djibouti"),
        o("DM", "Dominica", "Dominica"),
        o("DO", "Dominikanische Republik", "Dominican Republic"),
        o("DZ", "Algerien", "Algeria"),
        o("EC", "Ecuador", "Ecuador"),
        o("EG", "Ägypten", "Egypt"),
        o("ER", "Eritrea", "Eritrea"),
        o("ET", "Äthiopien", "Ethiopia"),
        o("FJ", "Fidschi", "Fiji"),
        o("FM", "Mikronesien", "Micronesia"),
        o("GA", "Gabun", "Gabon"),
        o("GD", "Grenada", "Grenada"),
        o("GH", "Ghana", "Ghana"),
        o("GM", "Gambia", "Gambia"),
        o("GN", "Guinea", "Guinea"),
        o("GQ", "Äquatorialguinea", "Equatorial Guinea"),
        o("GT", "Guatemala", "Guatemala"),
        o("GW", "Guinea-Bissau", "Guinea-Bissau"),
        o("GY", "Guyana", "Guyana"),
        o("HN", "Honduras", "Honduras"),
        o("HT", "Haiti", "Haiti"),
        o("ID", "Indonesien", "Indonesia"),
        o("IL", "Israel", "Israel"),
        o("IN", "Indien", "India"),
        o("IQ", "Irak", "Iraq"),
        o("IR", "Iran", "Iran"),
        o("JM", "Jamaika", "Jamaica"),
        o("JO", "Jordanien", "Jordan"),
        o("JP", "Japan", "Japan"),
        o("KE", "Kenia", "Kenya"),
        o("KG", "Kirgisistan", "Kyrgyzstan", "Kirgisien"),
        o("KH", "Kambodscha", "Cambodia"),
        o("KI", "Kiribati", "Kiribati"),
        o("KM", "Komoren", "Comoros"),
        o("KN", "St. Kitts und Nevis", "Saint Kitts and Nevis"),
        o("KP", "Nordkorea", "North Korea"),
        o("KR", "Südkorea", "South Korea", "Korea"),
        o("KW", "Kuwait", "Kuwait"),
        o("LA", "Laos", "Laos"),
        o("LB", "Libanon", "Lebanon"),
        o("LC", "St. Lucia", "Saint Lucia"),
        o("LK", "Sri Lanka", "Sri Lanka"),
        o("LR", "Liberia", "Liberia"),
        o("LS", "Lesotho", "Lesotho"),
        o("LY", "Libyen", "Libya"),
        o("MA", "Marokko", "Morocco"),
        o("MG", "Madagaskar", "Madagascar"),
        o("MH", "Marshallinseln", "Marshall Islands"),
        o("ML", "Mali", "Mali"),
        o("MM", "Myanmar", "Myanmar", "Birma", "Burma"),
        o("MN", "Mongolei", "Mongolia"),
        o("MR", "Mauretanien", "Mauritania"),
        o("MU", "Mauritius", "Mauritius"),
        o("MV", "Malediven", "Maldives"),
        o("MW", "Malawi", "Malawi"),
        o("MX", "Mexiko", "Mexico"),
        o("MY", "Malaysia", "Malaysia"),
        o("MZ", "Mosambik", "Mozambique"),
        o("NA", "Namibia", "Namibia"),
        o("NE", "Niger", "Niger"),
        o("NG", "Nigeria", "Nigeria"),
        o("NI", "Nicaragua", "Nicaragua"),
        o("NP", "Nepal", "Nepal"),
        o("NR", "Nauru", "Nauru"),
        o("NZ", "Neuseeland", "New Zealand"),
        o("OM", "Oman", "Oman"),
        o("PA", "Panama", "Panama"),
        o("PE", "Peru", "Peru"),
        o("PG", "Papua-Neuguinea", "Papua New Guinea"),
        o("PH", "Philippinen", "Philippines"),
        o("PK", "Pakistan", "Pakistan"),
        o("PS", "Palästinensische Gebiete", "Palestinian territories", "Palästina", "Palestine"),
        o("PW", "Palau", "Palau"),
        o("PY", "Paraguay", "Paraguay"),
        o("QA", "Katar", "Qatar"),
        o("RW", "Ruanda", "Rwanda"),
        o("SA", "Saudi-Arabien", "Saudi Arabia"),
        o("SB", "Salomonen", "Solomon Islands"),
        o("SC", "Seychellen", "Seychelles"),
        o("SD", "Sudan", "Sudan"),
        o("SG", "Singapur", "Singapore"),
        o("SL", "Sierra Leone", "Sierra Leone"),
        o("SN", "Senegal", "Senegal"),
        o("SO", "Somalia", "Somalia"),
        o("SR", "Suriname", "Suriname"),
        o("SS", "Südsudan", "South Sudan"),
        o("ST", "São Tomé und Príncipe", "São Tomé and Príncipe"),
        o("SV", "El Salvador", "El Salvador"),
        o("SY", "Syrien", "Syria"),
        o("SZ", "Eswatini", "Eswatini", "Swasiland", "Swaziland"),
        o("TD", "Tschad", "Chad"),
        o("TG", "Togo", "Togo"),
        o("TH", "Thailand", "Thailand"),
        o("TJ", "Tadschikistan", "Tajikistan"),
        o("TL", "Timor-Leste", "Timor-Leste", "Osttimor", "East Timor"),
        o("TM", "Turkmenistan", "Turkmenistan"),
        o("TN", "Tunesien", "Tunisia"),
        o("TO", "Tonga", "Tonga"),
        o("TT", "Trinidad und Tobago", "Trinidad and Tobago"),
        o("TV", "Tuvalu", "Tuvalu"),
        o("TW", "Taiwan", "Taiwan"),
        o("TZ", "Tansania", "Tanzania"),
        o("UG", "Uganda", "Uganda"),
        o("US", "Vereinigte Staaten", "United States", "USA", "Vereinigte Staaten von Amerika", "United States of America"),
        o("UY", "Uruguay", "Uruguay"),
        o("UZ", "Usbekistan", "Uzbekistan"),
        o("VC", "St. Vincent und die Grenadinen", "Saint Vincent and the Grenadines"),
        o("VE", "Venezuela", "Venezuela"),
        o("VN", "Vietnam", "Viet Nam", "Vietnam"),
        o("VU", "Vanuatu", "Vanuatu"),
        o("WS", "Samoa", "Samoa"),
        o("YE", "Jemen", "Yemen"),
        o("ZA", "Südafrika", "South Africa"),
        o("ZM", "Sambia", "Zambia"),
        o("ZW", "Simbabwe", "Zimbabwe"),
    ]
}

/// Folding for the lookups of this folder (countries, occupations): lower case, diacritics
/// stripped, every run of characters other than letters and digits one space. A name with
/// umlauts also gets its spelled-out form, so "Aerztin" finds "Ärztin" as "Arztin" does.
enum LookupFold {
    static func fold(_ text: String) -> String {
        words(SearchKey.strip(text.lowercased()))
    }

    /// The folded forms of these names, each once, in order.
    static func forms(_ names: [String]) -> [String] {
        var result: [String] = []
        for name in names {
            let lower = name.lowercased()
            for form in [words(SearchKey.strip(lower)), words(SearchKey.strip(SearchKey.expandUmlauts(lower)))]
            where !form.isEmpty && !result.contains(form) {
                result.append(form)
            }
        }
        return result
    }

    static func words(_ text: String) -> String {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
    }

    /// Indices into `keys` by the smallest edit distance of any form to the folded text (ties
    /// by index); forms that contain the text come first. Only close ones: a form containing the
    /// text, or one within `maxDistance` edits, so a far-off word gets no "did you mean".
    static func closest(to text: String, among keys: [[String]], limit: Int) -> [Int] {
        let folded = fold(text)
        let query = Gazetteer.fuzzyQuery(folded)
        guard !query.isEmpty, limit > 0 else { return [] }
        let scored = keys.enumerated().map { i, forms in
            (index: i,
             contains: forms.contains { $0.contains(folded) } ? 0 : 1,
             distance: forms.map { Gazetteer.editDistance(query, Array($0.utf8)) }.min() ?? Int.max)
        }
        let limitDistance = maxDistance(query.count)
        return scored.filter { $0.contains == 0 || $0.distance <= limitDistance }
            .sorted { ($0.contains, $0.distance, $0.index) < ($1.contains, $1.distance, $1.index) }
            .prefix(limit).map(\.index)
    }

    /// How many edits a typo of a word this long may have: 2, and one more per 4 letters past 8.
    static func maxDistance(_ length: Int) -> Int { max(2, length / 4) }
}

// Which authority decides (zuständige Stelle): the table "Competent authorities in NRW" of
// shared/domain/DOMAIN.md as code, one rule per row:
//
//   Approbation (Arzt, Zahnarzt, Apotheker, Psychotherapeut) → Bezirksregierung Münster (ZAG)
//     for all NRW; for doctors also the Ärztekammer Westfalen-Lippe (Kenntnis-/Eignungsprüfung,
//     Fachsprachprüfung) and the Ärztekammer Nordrhein (Fachsprachprüfung).
//   Pflege- und Gesundheitsfachberufe → Bezirksregierung Münster (ZAG-PuG).
//   Lehrkräfte → Arnsberg (training in EU/EEA/CH), Detmold (third countries).
//   Erzieher, Kinderpfleger, Techniker, Assistenten → the Bezirksregierung by country of
//     training (`fachschuleDistricts`); a European state in none of its lists → cannot tell.
//   Ingenieur (title) → the Bezirksregierung of residence (construction: also Ingenieurkammer-Bau).
//   IHK occupations → IHK FOSA, Nürnberg, for all IHKs.
//   Handwerk → the Handwerkskammer of the residence's Kreis (`HandwerkChamber.byKreis`).
//   Academic degree, non-regulated profession → ZAB (Zeugnisbewertung).
//
// Training in Germany is no foreign qualification; the table says nothing about it, so a given
// country "DE" always gives `.needs`. Names of authorities are proper names and stay German.

public struct AuthoritySuggestion: Equatable, Sendable {
    public var authorityName: String
    /// The seed partner of this authority ("partner.bezreg-muenster"), when there is one.
    public var partnerID: RecordID?
    /// The rule that applied, as a sentence.
    public var reason: Message
    public var regulated: Bool
    /// Other bodies that matter for this case (examinations, chambers); proper names.
    public var alsoRelevant: [String]

    public init(authorityName: String, partnerID: RecordID?, reason: Message, regulated: Bool, alsoRelevant: [String] = []) {
        self.authorityName = authorityName
        self.partnerID = partnerID
        self.reason = reason
        self.regulated = regulated
        self.alsoRelevant = alsoRelevant
    }
}

public enum AuthorityRouting {
    public enum Result: Equatable, Sendable {
        case suggestion(AuthoritySuggestion)
        /// The rules need something not given, or do not cover the case: why, as a sentence.
        case needs(Message)
    }

    /// The competent authority for this occupation. `countryOfTraining` is an ISO code or a
    /// country name (Countries.find); `residence` a municipality in NRW. Each is needed only by
    /// the rows that depend on it.
    public static func suggest(occupation: ReferenceOccupation, countryOfTraining: String?, residence: Municipality?) -> Result {
        let name = occupation.name
        var country: Country?
        if let text = countryOfTraining, !text.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let found = Countries.find(text) else {
                let names = Countries.suggestions(for: text).map { "\($0.germanName) (\($0.code))" }.joined(separator: ", ")
                return .needs(AuthorityText.authorityUnknownCountry(text, names))
            }
            if found.code == "DE" { return .needs(AuthorityText.authorityTrainingInGermany(name)) }
            country = found
        }
        func suggestion(_ authority: Authority, _ reason: Message, also: [String] = []) -> Result {
            .suggestion(AuthoritySuggestion(authorityName: authority.name, partnerID: authority.partnerID, reason: reason,
                                            regulated: occupation.regulated, alsoRelevant: also))
        }

        switch occupation.group {
        case .medicalApprobation:
            let also = occupation.id == "arzt" ? doctorExaminations : []
            return suggestion(.zag, AuthorityText.authorityReasonApprobation(name), also: also)
        case .healthProfession:
            return suggestion(.zagPuG, AuthorityText.authorityReasonHealth(name))
        case .teacher:
            guard let country else { return .needs(AuthorityText.authorityNeedsCountry(name)) }
            if country.isEUEEAOrSwitzerland {
                return suggestion(.bezirksregierung("Arnsberg"), AuthorityText.authorityReasonTeacherEU(name, countryText(country)))
            }
            return suggestion(.bezirksregierung("Detmold"), AuthorityText.authorityReasonTeacherThird(name, countryText(country)))
        case .fachschuleOccupation:
            guard let country else { return .needs(AuthorityText.authorityNeedsCountry(name)) }
            guard let district = fachschuleDistrict(for: country) else {
                return .needs(AuthorityText.authorityCountryNotInTable(name, countryText(country)))
            }
            let authority = Authority.bezirksregierung(district)
            return suggestion(authority, AuthorityText.authorityReasonFachschule(name, countryText(country), authority.name))
        case .engineer:
            guard let residence else { return .needs(AuthorityText.authorityNeedsResidence(name)) }
            let authority = Authority.bezirksregierung(residence.regierungsbezirk)
            let also = occupation.construction ? [constructionChamber] : []
            return suggestion(authority, AuthorityText.authorityReasonEngineer(name, residence.name, residence.regierungsbezirk, authority.name),
                              also: also)
        case .ihk:
            return suggestion(.ihkFosa, AuthorityText.authorityReasonIHK(name))
        case .handwerk:
            guard let residence else { return .needs(AuthorityText.authorityNeedsResidence(name)) }
            guard let chamber = HandwerkChamber.byKreis[residence.kreis] else {
                return .needs(AuthorityText.authorityNoChamber(name, residence.name, residence.kreis))
            }
            let authority = Authority(name: chamber.name, partnerID: chamber.partnerID)
            let reason = residence.kreisfrei
                ? AuthorityText.authorityReasonHandwerkCity(name, residence.name, chamber.name)
                : AuthorityText.authorityReasonHandwerkKreis(name, residence.name, residence.kreis, chamber.name)
            return suggestion(authority, reason)
        case .academicNonRegulated:
            return suggestion(.zab, AuthorityText.authorityReasonZAB(name))
        case .notCovered:
            // Their notes say what is known about the authority.
            return .needs(occupation.note ?? AuthorityText.authorityNotInTable(name))
        }
    }

    // MARK: The rows' data

    /// The Fachschule row: the Bezirksregierung (by its seat) for each country of training named
    /// in DOMAIN.md. "Former USSR" and "former Yugoslavia" are spelled out as today's states.
    static let fachschuleDistricts: [String: Set<String>] = [
        "Köln": ["BE", "FR", "GB", "IE", "IT", "LU", "NL", "PT", "ES"],
        "Arnsberg": ["PL", "RO", "SK", "CZ"],
        "Detmold": ["AL", "BG", "HU",
                    "AM", "AZ", "BY", "EE", "GE", "KZ", "KG", "LV", "LT", "MD", "RU", "TJ", "TM", "UA", "UZ"],
        "Düsseldorf": ["GR", "AT", "CH", "TR", "BA", "HR", "ME", "MK", "RS", "SI", "XK"],
        "Münster": ["DK", "FI", "IS", "NO", "SE"],
    ]

    /// The Bezirksregierung for a Fachschule occupation trained in this country: the named lists
    /// first, then Münster for every non-European state; nil for a European state the table
    /// does not name (DE, MT, CY, LI, AD, MC, SM, VA).
    public static func fachschuleDistrict(for country: Country) -> String? {
        if let entry = fachschuleDistricts.first(where: { $0.value.contains(country.code) }) { return entry.key }
        return country.european ? nil : "Münster"
    }

    static let doctorExaminations = [
        "Ärztekammer Westfalen-Lippe (Kenntnis- und Eignungsprüfung, Fachsprachprüfung)",
        "Ärztekammer Nordrhein (Fachsprachprüfung)",
    ]
    static let constructionChamber = "Ingenieurkammer-Bau NRW (Ingenieurinnen und Ingenieure im Bauwesen)"

    /// "Polen (PL)": the German name and the code, readable in both interface languages.
    static func countryText(_ country: Country) -> String {
        "\(country.germanName) (\(country.code))"
    }

    /// An authority and its seed partner.
    struct Authority {
        let name: String
        let partnerID: RecordID?

        static let zag = Authority(name: "Bezirksregierung Münster (ZAG)", partnerID: "partner.bezreg-muenster")
        static let zagPuG = Authority(name: "Bezirksregierung Münster (ZAG-PuG)", partnerID: "partner.bezreg-muenster")
        static let ihkFosa = Authority(name: "IHK FOSA, Nürnberg", partnerID: "partner.ihk-fosa")
        static let zab = Authority(name: "Zentralstelle für ausländisches Bildungswesen (ZAB)", partnerID: "partner.zab")

        /// The Bezirksregierung with its seat in this Regierungsbezirk ("Münster" → partner.bezreg-muenster).
        static func bezirksregierung(_ seat: String) -> Authority {
            let slug = SearchKey.strip(SearchKey.expandUmlauts(seat.lowercased()))
            let known = ["arnsberg", "detmold", "duesseldorf", "koeln", "muenster"].contains(slug)
            return Authority(name: "Bezirksregierung \(seat)", partnerID: known ? RecordID("partner.bezreg-\(slug)") : nil)
        }
    }
}

/// The seven Handwerkskammern of NRW and the Kreise and kreisfreie Städte of their districts.
public enum HandwerkChamber: String, CaseIterable, Sendable {
    case aachen, duesseldorf, koeln, dortmund, muenster, owl, suedwestfalen

    public var name: String {
        switch self {
        case .aachen: "Handwerkskammer Aachen"
        case .duesseldorf: "Handwerkskammer Düsseldorf"
        case .koeln: "Handwerkskammer Köln"
        case .dortmund: "Handwerkskammer Dortmund"
        case .muenster: "Handwerkskammer Münster"
        case .owl: "Handwerkskammer Ostwestfalen-Lippe zu Bielefeld"
        case .suedwestfalen: "Handwerkskammer Südwestfalen (Arnsberg)"
        }
    }

    public var partnerID: RecordID { RecordID("partner.hwk-\(rawValue)") }

    /// Each of NRW's 53 Kreise and kreisfreie Städte (spelled as the gazetteer spells them) to
    /// its chamber. The districts follow the chambers' published areas: Aachen = the western part
    /// of Regierungsbezirk Köln; Köln = the rest of it; Düsseldorf = Regierungsbezirk Düsseldorf;
    /// Münster = Regierungsbezirk Münster; Ostwestfalen-Lippe = Regierungsbezirk Detmold;
    /// Regierungsbezirk Arnsberg is split between Dortmund (the Ruhr part) and Südwestfalen.
    public static let byKreis: [String: HandwerkChamber] = [
        // Regierungsbezirk Köln
        "Städteregion Aachen": .aachen, "Düren": .aachen, "Euskirchen": .aachen, "Heinsberg": .aachen,
        "Köln": .koeln, "Bonn": .koeln, "Leverkusen": .koeln, "Rhein-Erft-Kreis": .koeln, "Rhein-Sieg-Kreis": .koeln,
        "Rheinisch-Bergischer Kreis": .koeln, "Oberbergischer Kreis": .koeln,
        // Regierungsbezirk Düsseldorf
        "Düsseldorf": .duesseldorf, "Duisburg": .duesseldorf, "Essen": .duesseldorf, "Krefeld": .duesseldorf,
        "Mönchengladbach": .duesseldorf, "Mülheim an der Ruhr": .duesseldorf, "Oberhausen": .duesseldorf,
        "Remscheid": .duesseldorf, "Solingen": .duesseldorf, "Wuppertal": .duesseldorf, "Kleve": .duesseldorf,
        "Mettmann": .duesseldorf, "Rhein-Kreis Neuss": .duesseldorf, "Viersen": .duesseldorf, "Wesel": .duesseldorf,
        // Regierungsbezirk Münster
        "Münster": .muenster, "Bottrop": .muenster, "Gelsenkirchen": .muenster, "Borken": .muenster,
        "Coesfeld": .muenster, "Recklinghausen": .muenster, "Steinfurt": .muenster, "Warendorf": .muenster,
        // Regierungsbezirk Detmold
        "Bielefeld": .owl, "Gütersloh": .owl, "Herford": .owl, "Höxter": .owl, "Lippe": .owl,
        "Minden-Lübbecke": .owl, "Paderborn": .owl,
        // Regierungsbezirk Arnsberg
        "Dortmund": .dortmund, "Bochum": .dortmund, "Hagen": .dortmund, "Hamm": .dortmund, "Herne": .dortmund,
        "Ennepe-Ruhr-Kreis": .dortmund, "Unna": .dortmund,
        "Hochsauerlandkreis": .suedwestfalen, "Märkischer Kreis": .suedwestfalen, "Olpe": .suedwestfalen,
        "Siegen-Wittgenstein": .suedwestfalen, "Soest": .suedwestfalen,
    ]
}

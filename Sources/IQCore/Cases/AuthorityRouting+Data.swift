// The data of the routing rules (AuthorityRouting.swift): the Fachschule table, the bodies named
// beside an authority, the authorities with their seed partners, and the Handwerkskammern.

extension AuthorityRouting {
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
    /// The admission after the Eignungsprüfung: the Rechtsanwaltskammer of the district of the
    /// Oberlandesgericht where the office will be (NRW has three: Düsseldorf, Hamm, Köln).
    static let barChambers = "Rechtsanwaltskammer Düsseldorf, Hamm oder Köln (Zulassung zur Rechtsanwaltschaft nach bestandener Eignungsprüfung)"

    /// An authority and its seed partner.
    struct Authority {
        let name: String
        let partnerID: RecordID?

        static let zag = Authority(name: "Zentrale Anerkennungsstelle für Gesundheitsberufe (ZAG), Bezirksregierung Münster",
                                   partnerID: "partner.zag")
        static let zagPuG = Authority(name: "Zentrale Anerkennungsstelle für Gesundheitsberufe (ZAG-PuG), Bezirksregierung Münster",
                                      partnerID: "partner.zag")
        static let ihkFosa = Authority(name: "IHK FOSA, Nürnberg", partnerID: "partner.ihk-fosa")
        static let zab = Authority(name: "Zentralstelle für ausländisches Bildungswesen (ZAB)", partnerID: "partner.zab")
        static let lave = Authority(name: "Landesamt für Verbraucherschutz und Ernährung NRW (LAVE)", partnerID: "partner.lave")
        static let aknw = Authority(name: "Architektenkammer Nordrhein-Westfalen (Eintragungsausschuss)", partnerID: "partner.aknw")
        // The bodies below are no partners of the IQ network: named, not linked.
        static let lawyerExamination = Authority(
            name: "Gemeinsames Prüfungsamt der Länder Hessen, Nordrhein-Westfalen, Rheinland-Pfalz, Saarland und Thüringen (Eignungsprüfung für die Zulassung zur Rechtsanwaltschaft), Düsseldorf",
            partnerID: nil)
        static let taxChamber = Authority(
            name: "örtlich zuständige Steuerberaterkammer (in NRW: Düsseldorf, Köln, Westfalen-Lippe)", partnerID: nil)
        static let foodChemistBoard = Authority(
            name: "Prüfungsausschuss für die Zweite Staatsprüfung für Lebensmittelchemikerinnen und Lebensmittelchemiker NRW",
            partnerID: nil)
        static let eba = Authority(name: "Eisenbahn-Bundesamt (Triebfahrzeugführerscheinstelle)", partnerID: nil)

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

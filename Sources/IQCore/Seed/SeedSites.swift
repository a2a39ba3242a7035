// Seed sites: where the Träger of IQ NRW counsel, qualify and train (planned 2019–2022).
//
// Source: the Träger slides of iq-nrw-2018-slides.txt give operator and city of every site;
// coordinates are the city centres of shared/domain/DOMAIN.md (2 decimals). One site per
// operator and city, carrying all its services. Notes repeat only what the slides say.

extension Seed {
    public static let sites: [Site] = counsellingSites + qualificationSites + interculturalSites

    /// City centres from DOMAIN.md.
    static let cityCentres: [String: GeoPoint] = [
        "Düsseldorf": GeoPoint(51.23, 6.77), "Köln": GeoPoint(50.94, 6.96), "Bonn": GeoPoint(50.74, 7.10),
        "Aachen": GeoPoint(50.78, 6.08), "Dortmund": GeoPoint(51.51, 7.47), "Essen": GeoPoint(51.46, 7.01),
        "Duisburg": GeoPoint(51.43, 6.76), "Bielefeld": GeoPoint(52.03, 8.53), "Detmold": GeoPoint(51.94, 8.88),
        "Paderborn": GeoPoint(51.72, 8.75), "Münster": GeoPoint(51.96, 7.63), "Iserlohn": GeoPoint(51.38, 7.70),
        "Oberhausen": GeoPoint(51.47, 6.85), "Bottrop": GeoPoint(51.52, 6.93), "Krefeld": GeoPoint(51.33, 6.56),
        "Mönchengladbach": GeoPoint(51.19, 6.44),
    ]

    /// A site with a fixed place at the centre of its city.
    private static func site(_ id: RecordID, _ name: String, _ operatorID: RecordID, _ city: String,
                             _ services: [SiteService], note: String = "") -> Site {
        Site(id: id, name: name, operatorID: operatorID, city: city, services: services,
             coordinate: cityCentres[city], note: note)
    }

    static let counsellingSites: [Site] = [
        site("site.mozaik-bielefeld", "MOZAIK Bielefeld", "partner.mozaik", "Bielefeld", [.recognitionCounselling]),
        site("site.netzwerk-lippe-detmold", "Netzwerk Lippe Detmold", "partner.netzwerk-lippe", "Detmold",
             [.recognitionCounselling, .adaptationQualification]),
        site("site.sbh-west-paderborn", "SBH West Paderborn", "partner.sbh-west", "Paderborn", [.recognitionCounselling]),
        site("site.gfb-duisburg", "GfB Duisburg", "partner.gfb", "Duisburg", [.recognitionCounselling]),
        site("site.lernet-bonn", "LerNet Bonn", "partner.lernet", "Bonn", [.recognitionCounselling]),
        site("site.dgb-bildungswerk-aachen", "DGB Bildungswerk Aachen", "partner.dgb-bildungswerk", "Aachen",
             [.recognitionCounselling]),
        site("site.dgb-bildungswerk-dortmund", "DGB Bildungswerk Dortmund", "partner.dgb-bildungswerk", "Dortmund",
             [.recognitionCounselling, .fairIntegration]),
        site("site.dgb-bildungswerk-duesseldorf", "DGB Bildungswerk Düsseldorf", "partner.dgb-bildungswerk",
             "Düsseldorf", [.fairIntegration]),
        site("site.dgb-bildungswerk-essen", "DGB Bildungswerk Essen", "partner.dgb-bildungswerk", "Essen",
             [.recognitionCounselling]),
        site("site.dgb-bildungswerk-iserlohn", "DGB Bildungswerk Iserlohn", "partner.dgb-bildungswerk", "Iserlohn",
             [.recognitionCounselling]),
        site("site.dgb-bildungswerk-koeln", "DGB Bildungswerk Köln", "partner.dgb-bildungswerk", "Köln",
             [.recognitionCounselling]),
        site("site.dgb-bildungswerk-muenster", "DGB Bildungswerk Münster", "partner.dgb-bildungswerk", "Münster",
             [.recognitionCounselling]),
        site("site.dgb-bildungswerk-oberhausen", "DGB Bildungswerk Oberhausen", "partner.dgb-bildungswerk",
             "Oberhausen", [.recognitionCounselling]),
        site("site.whkt-duesseldorf", "WHKT Düsseldorf", "partner.whkt", "Düsseldorf",
             [.recognitionCounselling, .interculturalTraining],
             note: "Interkulturelle Kompetenzentwicklung: Anerkennung, Schulungen und Trainings."),
        Site(id: "site.whkt-mobil", name: "WHKT mobiles Beratungsteam", operatorID: "partner.whkt", city: "",
             services: [.recognitionCounselling], coordinate: nil,
             note: "Mobiles Beratungsteam beim WHKT."),
    ]

    static let qualificationSites: [Site] = [
        site("site.uni-muenster", "Uni Münster", "partner.uni-muenster", "Münster", [.healthQualification],
             note: "Mit 6 staatlich anerkannten Fachschulen (in den Folien nicht namentlich genannt)."),
        site("site.awo-bielefeld", "AWO Bielefeld", "partner.awo-bielefeld", "Bielefeld", [.adaptationQualification]),
        site("site.hs-niederrhein-moenchengladbach", "Hochschule Niederrhein Mönchengladbach",
             "partner.hs-niederrhein", "Mönchengladbach", [.adaptationQualification]),
        site("site.hwk-koeln", "HWK Köln", "partner.hwk-koeln", "Köln", [.adaptationQualification]),
        site("site.th-koeln", "TH Köln", "partner.th-koeln", "Köln", [.adaptationQualification]),
        site("site.migrafrica-koeln", "Migrafrica Köln", "partner.migrafrica", "Köln",
             [.adaptationQualification, .interculturalTraining],
             note: "Interkulturelle Kompetenzentwicklung: regionale Aktivitäten."),
        site("site.otto-benecke-stiftung-bonn", "Otto Benecke Stiftung Bonn", "partner.otto-benecke-stiftung",
             "Bonn", [.adaptationQualification]),
    ]

    static let interculturalSites: [Site] = [
        site("site.mozaik-bottrop", "MOZAIK Bottrop", "partner.mozaik", "Bottrop", [.interculturalTraining]),
        site("site.gib-bottrop", "G.I.B. Bottrop", "partner.gib", "Bottrop", [.interculturalTraining],
             note: "Schulungen und Trainings."),
        site("site.lgh-duesseldorf", "LGH Düsseldorf", "partner.lgh", "Düsseldorf", [.interculturalTraining],
             note: "KMU, web-based."),
        site("site.arbeit-und-leben-duesseldorf", "Arbeit und Leben NRW Düsseldorf", "partner.arbeit-und-leben-nrw",
             "Düsseldorf", [.interculturalTraining],
             note: "Kommunen, Schulungen und Trainings (VIELWERT, ab 2019)."),
        site("site.hs-niederrhein-krefeld", "Hochschule Niederrhein Krefeld", "partner.hs-niederrhein", "Krefeld",
             [.interculturalTraining], note: "Schulungen und Trainings."),
    ]
}

// Seed partners: the Träger of the fields of action of IQ NRW (planned 2019–2022).
//
// Source: the Träger slides of iq-nrw-2018-slides.txt (Anerkennungs- und Qualifizierungs-
// beratung, Faire Integration, Qualifizierungen Gesundheitsberufe, Anpassungs- und
// Nachqualifizierung/Brückenmaßnahmen, Interkulturelle Kompetenzentwicklung) and the two contact
// slides (WHKT; Arbeit und Leben NRW). Names are written as the slides write them.

extension Seed {
    /// What the slides say a counselling Träger does with others: it belongs to IQ NRW, keeps in
    /// touch with the competent authorities, MAGS NRW and the partners on federal level, and works
    /// with the employment administration and the local counselling offices
    /// ("IP, MD, JMD, KI, IA, BBE"; IA is read as the Kommunale Integrationsagenturen).
    static let counsellingRelations: [Relation] =
        relations(.partOf, "partner.iq-nrw")
        + relations(.cooperatesWith,
                    "partner.kammern", "partner.landespruefungsamt", "partner.bezirksregierungen",
                    "partner.zab", "partner.mags-nrw", "partner.bibb", "partner.iw-koeln",
                    "partner.iq-fachstelle-anerkennung")
        + relations(.refersTo,
                    "partner.agenturen-fuer-arbeit", "partner.jobcenter", "partner.integration-points",
                    "partner.md", "partner.jmd", "partner.kommunale-integrationszentren",
                    "partner.kommunale-integrationsagenturen", "partner.bbe")

    /// A Träger of intercultural competence development belongs to IQ NRW and works with the
    /// IQ Fachstelle IKA.
    static let interculturalRelations: [Relation] =
        relations(.partOf, "partner.iq-nrw") + relations(.cooperatesWith, "partner.iq-fachstelle-ika")

    private static let counsellingRole = "Träger der Anerkennungs- und Qualifizierungsberatung im IQ Netzwerk NRW."
    private static let adaptationRole = "Träger der Anpassungs- und Nachqualifizierung und von Brückenmaßnahmen im IQ Netzwerk NRW."
    private static let interculturalRole = "Träger der interkulturellen Kompetenzentwicklung im IQ Netzwerk NRW"
    private static let member = relations(.partOf, "partner.iq-nrw")
    /// Arbeit und Leben NRW is "Weiterbildungseinrichtung des Deutschen Gewerkschaftsbundes und der
    /// Volkshochschulen" (slides); the DGB Bildungswerk is the DGB's education body. Source for
    /// both: DGB Mülheim-Essen-Oberhausen, "Weiterbildung",
    /// https://muelheim-essen-oberhausen.dgb.de/angebote/weiterbildung
    private static let dgbBody = relations(.partOf, "partner.dgb")

    static let providerPartners: [Partner] = [
        Partner(
            id: "partner.mozaik", name: "MOZAIK gGmbH", shortName: "MOZAIK", category: .provider,
            fieldsOfAction: [.counselling, .intercultural], cities: ["Bielefeld", "Bottrop"],
            role: "Träger der Anerkennungs- und Qualifizierungsberatung (Bielefeld) und der interkulturellen Kompetenzentwicklung (Bottrop); niederschwellige Begleitung durch Ehrenamtliche in MSO.",
            relations: counsellingRelations
                + relations(.cooperatesWith, "partner.iq-fachstelle-ika", "partner.mso")),
        Partner(
            id: "partner.netzwerk-lippe", name: "Netzwerk Lippe e.V.", category: .provider,
            fieldsOfAction: [.counselling, .qualification], cities: ["Detmold"],
            role: "Träger der Anerkennungs- und Qualifizierungsberatung und der Anpassungs- und Nachqualifizierung im IQ Netzwerk NRW.",
            relations: counsellingRelations),
        Partner(
            id: "partner.sbh-west", name: "SBH West", category: .provider,
            fieldsOfAction: [.counselling], cities: ["Paderborn"],
            role: counsellingRole, relations: counsellingRelations),
        Partner(
            id: "partner.gfb", name: "GfB e.V.", shortName: "GfB", category: .provider,
            fieldsOfAction: [.counselling], cities: ["Duisburg"],
            role: counsellingRole, relations: counsellingRelations),
        Partner(
            id: "partner.lernet", name: "LerNet e.V.", category: .provider,
            fieldsOfAction: [.counselling], cities: ["Bonn"],
            role: counsellingRole, relations: counsellingRelations),
        Partner(
            id: "partner.dgb-bildungswerk", name: "DGB Bildungswerk", category: .provider,
            fieldsOfAction: [.counselling, .fairIntegration],
            cities: ["Aachen", "Dortmund", "Düsseldorf", "Essen", "Iserlohn", "Köln", "Münster", "Oberhausen"],
            role: "Bildungswerk des DGB; Träger der Anerkennungs- und Qualifizierungsberatung und der Fairen Integration: arbeits- und sozialrechtliche Beratung für Menschen mit drittstaatlicher Herkunft.",
            relations: counsellingRelations + dgbBody),
        // Coordinator of IQ NRW: the slides make the WHKT the grant recipient for IQ in NRW and
        // give the network's contact at the WHKT; the network says its coordination sits at the
        // WHKT (IQ NRW – West, "Ein finales Arbeitstreffen", 2025,
        // https://www.iq-nrw-west.de/hingeschaut-blog/2025-10-28-arbeitstreffen).
        Partner(
            id: "partner.whkt", name: "Westdeutscher Handwerkskammertag", shortName: "WHKT",
            category: .network, level: .state,
            fieldsOfAction: [.counselling, .intercultural], cities: ["Düsseldorf"],
            role: "Zuwendungsempfänger für IQ in NRW und Koordination des IQ Netzwerks NRW (Kontakt des Netzwerks); Träger der Anerkennungs- und Qualifizierungsberatung (mit mobilem Beratungsteam) und der interkulturellen Kompetenzentwicklung.",
            email: "rolf.goebels@iq-netzwerk-nrw.de", phone: "0211-3007-760",
            address: "Völklinger Str. 79, 40221 Düsseldorf",
            relations: counsellingRelations + relations(.cooperatesWith, "partner.iq-fachstelle-ika")
                + relations(.coordinates, "partner.iq-nrw")),
        Partner(
            id: "partner.uni-muenster", name: "Universität Münster", shortName: "Uni Münster",
            category: .provider,
            fieldsOfAction: [.qualification], cities: ["Münster"],
            role: "Träger der Qualifizierung in Gesundheitsberufen mit 6 staatlich anerkannten Fachschulen: Vorbereitung auf die Kenntnisprüfung für den Arztberuf und modulare Anpassungsqualifizierung in nicht akademischen Gesundheitsberufen.",
            relations: member + relations(.cooperatesWith, "partner.mags-nrw", "partner.landespruefungsamt")),
        Partner(
            id: "partner.awo-bielefeld", name: "AWO Bielefeld", shortName: "AWO", category: .provider,
            fieldsOfAction: [.qualification], cities: ["Bielefeld"],
            role: adaptationRole, relations: member),
        Partner(
            id: "partner.hs-niederrhein", name: "Hochschule Niederrhein", category: .provider,
            fieldsOfAction: [.qualification, .intercultural], cities: ["Mönchengladbach", "Krefeld"],
            role: "Träger der Anpassungs- und Nachqualifizierung (Mönchengladbach) und der interkulturellen Kompetenzentwicklung mit Schulungen und Trainings (Krefeld).",
            relations: interculturalRelations),
        Partner(
            id: "partner.th-koeln", name: "Technische Hochschule Köln", shortName: "TH Köln",
            category: .provider,
            fieldsOfAction: [.qualification], cities: ["Köln"],
            role: adaptationRole, relations: member),
        Partner(
            id: "partner.migrafrica", name: "Migrafrica e.V.", category: .provider,
            fieldsOfAction: [.qualification, .intercultural], cities: ["Köln"],
            role: "Träger der Anpassungs- und Nachqualifizierung und der interkulturellen Kompetenzentwicklung (regionale Aktivitäten).",
            relations: interculturalRelations),
        Partner(
            id: "partner.otto-benecke-stiftung", name: "Otto Benecke Stiftung", category: .provider,
            fieldsOfAction: [.qualification], cities: ["Bonn"],
            role: adaptationRole, relations: member),
        // A budget, not a Träger: filed with the funders (as the ESF, also a fund) and not among
        // the providers of the adaptation measures, although the slide lists it with them.
        Partner(
            id: "partner.qualifizierungsbudget-nrw", name: "Qualifizierungsbudget NRW", category: .funder,
            level: .state, fieldsOfAction: [.qualification],
            role: "Fördertopf für Qualifizierungen im IQ Netzwerk NRW, kein Träger; in den Folien bei den Trägern der Anpassungs- und Nachqualifizierung und von Brückenmaßnahmen als „Qualifizierungsbudget (NRW)“ genannt.",
            relations: member),
        Partner(
            id: "partner.gib", name: "G.I.B. GmbH", shortName: "G.I.B.", category: .provider,
            fieldsOfAction: [.intercultural], cities: ["Bottrop"],
            role: interculturalRole + ": Schulungen und Trainings.",
            relations: interculturalRelations),
        // LGH written out: Landes-Gewerbeförderungsstelle des nordrhein-westfälischen Handwerks.
        // Source: Metallhandwerk NRW, "Führungswechsel in der Wirtschaftsförderung des Handwerks",
        // https://metallhandwerk-nrw.de/news/fuehrungswechsel-in-der-wirtschaftsfoerderung-des-handwerks/
        Partner(
            id: "partner.lgh", name: "Landes-Gewerbeförderungsstelle des nordrhein-westfälischen Handwerks",
            shortName: "LGH", category: .provider,
            fieldsOfAction: [.intercultural], cities: ["Düsseldorf"],
            role: interculturalRole + " für KMU, web-based.",
            relations: interculturalRelations),
        Partner(
            id: "partner.arbeit-und-leben-nrw", name: "Arbeit und Leben NRW e.V.", category: .provider,
            level: .state, fieldsOfAction: [.intercultural], cities: ["Düsseldorf"],
            role: "Weiterbildungseinrichtung des DGB und der Volkshochschulen mit NRW-weitem Netzwerk; Träger der interkulturellen Kompetenzentwicklung in Kommunen (Teilprojekt VIELWERT ab 2019).",
            email: "wigbers@aulnrw.de", phone: "0211-9380038",
            address: "Mintropstr. 20, 40215 Düsseldorf",
            relations: interculturalRelations + relations(.cooperatesWith, "partner.mso") + dgbBody),
    ]
}

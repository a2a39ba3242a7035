// Seed partners: the competent authorities for professional recognition (zuständige Stellen).
//
// Source: iq-nrw-2018-slides.txt names them as groups ("Bezirksregierungen, Kammern, ZAB",
// "Landesprüfungsamt"); the individual NRW authorities and their responsibilities come from the
// table "Competent authorities in NRW" of shared/domain/DOMAIN.md. Three authorities the slides do
// not name are added for the routing (AuthorityRouting.swift), each with its public source: the ZAG
// as the unit of the Bezirksregierung Münster it is, the Architektenkammer NRW and the LAVE NRW.

extension Seed {
    private static let engineerTitle = "Ingenieur-Titel bei Wohnsitz im Bezirk."
    private static let craftsAuthority = "Zuständige Stelle für die Anerkennung in Handwerksberufen."

    static let authorityPartners: [Partner] = [
        Partner(
            id: "partner.bezirksregierungen",
            name: "Bezirksregierungen",
            category: .competentAuthority, level: .region,
            role: "Zuständige Stellen beruflicher Anerkennung; gute Kontakte und regelmäßiger Austausch mit der IQ Beratung.",
            relations: relations(.cooperatesWith, "partner.iq-nrw")),
        Partner(
            id: "partner.kammern",
            name: "Kammern",
            category: .chamber,
            role: "Zuständige Stellen beruflicher Anerkennung; gute Kontakte und regelmäßiger Austausch mit der IQ Beratung.",
            relations: relations(.cooperatesWith, "partner.iq-nrw")),
        Partner(
            id: "partner.zab",
            name: "Zentralstelle für ausländisches Bildungswesen", shortName: "ZAB",
            category: .competentAuthority,
            role: "Zuständige Stelle beruflicher Anerkennung; Zeugnisbewertung akademischer Abschlüsse in nicht reglementierten Berufen.",
            relations: relations(.cooperatesWith, "partner.iq-nrw")),
        Partner(
            id: "partner.landespruefungsamt",
            name: "Landesprüfungsamt",
            category: .competentAuthority, level: .state,
            fieldsOfAction: [.qualification],
            role: "Zuständige Stelle (Stand 2018); Kooperationspartner der Qualifizierung in Gesundheitsberufen, weist in Anerkennungsbescheiden auf IQ Beratung und Qualifizierung hin. Die Anerkennung der Gesundheitsberufe liegt seit Juli 2020 (Approbation) und 1. Juli 2021 (Pflege- und Gesundheitsfachberufe) bei der ZAG der Bezirksregierung Münster.",
            relations: relations(.refersTo, "partner.iq-nrw")),
        Partner(
            id: "partner.bezreg-muenster",
            name: "Bezirksregierung Münster",
            category: .competentAuthority, level: .region,
            cities: ["Münster"],
            role: "Mit der ZAG zuständig für die Gesundheitsberufe in ganz NRW; Fachschulberufe bei Ausbildung in nordischen und allen außereuropäischen Staaten; " + engineerTitle,
            relations: relations(.partOf, "partner.bezirksregierungen")),
        // bezreg-muenster.de, "Zentrale Anerkennungsstelle für Gesundheitsberufe": Approbation since
        // July 2020 (marburger-bund.de, 2022-10-04), Pflege- und Gesundheitsfachberufe since 2021-07-01.
        Partner(
            id: "partner.zag",
            name: "Zentrale Anerkennungsstelle für Gesundheitsberufe", shortName: "ZAG",
            category: .competentAuthority, level: .state,
            cities: ["Münster"],
            role: "Zuständige Stelle der Bezirksregierung Münster für ganz NRW: Approbation (Arzt, Zahnarzt, Apotheker, Psychotherapeut) seit Juli 2020; Pflege- und Gesundheitsfachberufe (ZAG-PuG) seit 1. Juli 2021, vorher Landesprüfungsamt bei der Bezirksregierung Düsseldorf.",
            relations: relations(.partOf, "partner.bezreg-muenster")),
        Partner(
            id: "partner.bezreg-arnsberg",
            name: "Bezirksregierung Arnsberg",
            category: .competentAuthority, level: .region,
            cities: ["Arnsberg"],
            role: "Lehrkräfte mit Ausbildung in EU/EWR/CH; Fachschulberufe bei Ausbildung in PL, RO, SK, CZ; " + engineerTitle,
            relations: relations(.partOf, "partner.bezirksregierungen")),
        Partner(
            id: "partner.bezreg-detmold",
            name: "Bezirksregierung Detmold",
            category: .competentAuthority, level: .region,
            cities: ["Detmold"],
            role: "Lehrkräfte mit Ausbildung in Drittstaaten; Fachschulberufe bei Ausbildung in AL, BG, HU und der ehemaligen UdSSR; " + engineerTitle,
            relations: relations(.partOf, "partner.bezirksregierungen")),
        Partner(
            id: "partner.bezreg-duesseldorf",
            name: "Bezirksregierung Düsseldorf",
            category: .competentAuthority, level: .region,
            cities: ["Düsseldorf"],
            role: "Fachschulberufe bei Ausbildung in GR, AT, CH, TR und dem ehemaligen Jugoslawien; " + engineerTitle,
            relations: relations(.partOf, "partner.bezirksregierungen")),
        Partner(
            id: "partner.bezreg-koeln",
            name: "Bezirksregierung Köln",
            category: .competentAuthority, level: .region,
            cities: ["Köln"],
            role: "Fachschulberufe bei Ausbildung in BE, FR, UK, IE, IT, LU, NL, PT, ES; " + engineerTitle,
            relations: relations(.partOf, "partner.bezirksregierungen")),
        Partner(
            id: "partner.aekwl",
            name: "Ärztekammer Westfalen-Lippe",
            category: .chamber, level: .region,
            role: "Kenntnis- und Eignungsprüfungen für Ärztinnen und Ärzte; Fachsprachprüfung.",
            relations: relations(.partOf, "partner.kammern")),
        Partner(
            id: "partner.aekno",
            name: "Ärztekammer Nordrhein",
            category: .chamber, level: .region,
            role: "Fachsprachprüfung für Ärztinnen und Ärzte.",
            relations: relations(.partOf, "partner.kammern")),
        Partner(
            id: "partner.ingenieurkammer-bau-nrw",
            name: "Ingenieurkammer-Bau NRW",
            category: .chamber, level: .state,
            role: "Zuständig für Ingenieurinnen und Ingenieure im Bauwesen, neben der Bezirksregierung.",
            relations: relations(.partOf, "partner.kammern")),
        // aknw.de "Mitglied werden": the title Architekt/in only with entry in the list of the
        // Architektenkammer NRW (Baukammerngesetz NRW); its Eintragungsausschuss decides.
        Partner(
            id: "partner.aknw",
            name: "Architektenkammer Nordrhein-Westfalen", shortName: "AKNW",
            category: .chamber, level: .state,
            role: "Zuständige Stelle für die Berufsbezeichnung Architekt/in (Eintragung in die Architektenliste, auch mit ausländischem Abschluss).",
            relations: relations(.partOf, "partner.kammern")),
        // tieraerztekammer-nordrhein.de "Berufsanerkennung Tierärztinnen und Tierärzte": the LAVE in
        // Recklinghausen since 2025-04-01 (before: LANUV).
        Partner(
            id: "partner.lave",
            name: "Landesamt für Verbraucherschutz und Ernährung Nordrhein-Westfalen", shortName: "LAVE",
            category: .competentAuthority, level: .state,
            cities: ["Recklinghausen"],
            role: "Zuständige Stelle für die Approbation von Tierärztinnen und Tierärzten mit ausländischem Abschluss, seit 1. April 2025."),
        Partner(
            id: "partner.ihk-fosa",
            name: "IHK FOSA",
            category: .competentAuthority, level: .federal,
            cities: ["Nürnberg"],
            role: "Zuständige Stelle für die Anerkennung in IHK-Berufen (Industrie, Handel, Dienstleistungen) für alle IHKs.",
            relations: relations(.partOf, "partner.kammern")),
        Partner(
            id: "partner.hwk-aachen",
            name: "Handwerkskammer Aachen",
            category: .chamber, level: .region,
            cities: ["Aachen"],
            role: craftsAuthority,
            relations: relations(.partOf, "partner.kammern")),
        Partner(
            id: "partner.hwk-duesseldorf",
            name: "Handwerkskammer Düsseldorf",
            category: .chamber, level: .region,
            cities: ["Düsseldorf"],
            role: craftsAuthority,
            relations: relations(.partOf, "partner.kammern")),
        Partner(
            id: "partner.hwk-koeln",
            name: "Handwerkskammer Köln", shortName: "HWK Köln",
            category: .chamber, level: .region,
            fieldsOfAction: [.qualification],
            cities: ["Köln"],
            role: "Zuständige Stelle für die Anerkennung in Handwerksberufen; Träger der Anpassungs- und Nachqualifizierung im IQ Netzwerk NRW.",
            relations: relations(.partOf, "partner.kammern", "partner.iq-nrw")),
        Partner(
            id: "partner.hwk-dortmund",
            name: "Handwerkskammer Dortmund",
            category: .chamber, level: .region,
            cities: ["Dortmund"],
            role: craftsAuthority,
            relations: relations(.partOf, "partner.kammern")),
        Partner(
            id: "partner.hwk-muenster",
            name: "Handwerkskammer Münster",
            category: .chamber, level: .region,
            cities: ["Münster"],
            role: craftsAuthority,
            relations: relations(.partOf, "partner.kammern")),
        Partner(
            id: "partner.hwk-owl",
            name: "Handwerkskammer Ostwestfalen-Lippe zu Bielefeld",
            category: .chamber, level: .region,
            cities: ["Bielefeld"],
            role: craftsAuthority,
            relations: relations(.partOf, "partner.kammern")),
        Partner(
            id: "partner.hwk-suedwestfalen",
            name: "Handwerkskammer Südwestfalen",
            category: .chamber, level: .region,
            cities: ["Arnsberg"],
            role: craftsAuthority,
            relations: relations(.partOf, "partner.kammern")),
    ]
}

// Seed partners: the IQ programme and network, funders, the Bundesagentur für Arbeit and the
// federal institutes.
//
// Source: iq-nrw-2018-slides.txt (IQ Netzwerk NRW, presentation of 20.09.2018). Websites, e-mail
// addresses, phone numbers and postal addresses appear only where the slides give them. Names
// written out in full are those of the slides, or the official names behind the abbreviations
// the slides use for public bodies (ministries, Bundesagentur units, BiBB, ZAB, ZAV, JMD, INQA).

extension Seed {
    /// Every organisation of the seed dataset.
    public static let partners: [Partner] =
        networkPartners + funderPartners + employmentAgencyPartners + federalInstitutePartners
        + authorityPartners + cooperationPartners + projectPartners + providerPartners

    static let networkPartners: [Partner] = [
        Partner(
            id: "partner.iq-programm",
            name: "Förderprogramm „Integration durch Qualifizierung (IQ)“", shortName: "IQ",
            category: .network, level: .federal,
            fieldsOfAction: [.counselling, .qualification, .intercultural, .regionalNetworks],
            role: "Förderprogramm seit 2005 zur Verbesserung der Arbeitsmarktsituation von Menschen mit einer im Ausland erworbenen Berufsqualifikation; 16 Landesnetzwerke, 5 Fachstellen auf Bundesebene, 1 Steuerungsgruppe.",
            website: "netzwerk-iq.de"),
        Partner(
            id: "partner.iq-nrw",
            name: "IQ Netzwerk NRW", shortName: "IQ NRW",
            category: .network, level: .state,
            fieldsOfAction: [.counselling, .qualification, .intercultural, .fairIntegration],
            role: "Landesnetzwerk des Förderprogramms IQ: Netzwerk von (Kooperations-)Partnern für die Arbeitsmarktintegration von Migrantinnen und Migranten.",
            website: "iq-netzwerk-nrw.de",
            relations: relations(.partOf, "partner.iq-programm")),
        Partner(
            id: "partner.iq-fachstelle-anerkennung",
            name: "IQ Fachstelle Anerkennung und Beratung",
            category: .specialistUnit, level: .federal,
            fieldsOfAction: [.counselling],
            role: "IQ Fachstelle auf Bundesebene; Partner der Anerkennungs- und Qualifizierungsberatung in NRW.",
            relations: relations(.partOf, "partner.iq-programm")),
        Partner(
            id: "partner.iq-fachstelle-ika",
            name: "IQ Fachstelle Interkulturelle Kompetenzentwicklung und Antidiskriminierung", shortName: "IKA",
            category: .specialistUnit, level: .federal,
            fieldsOfAction: [.intercultural],
            cities: ["München"],
            role: "IQ Fachstelle auf Bundesebene (München) in Trägerschaft von VIA; Partner der interkulturellen Kompetenzentwicklung in NRW.",
            relations: relations(.partOf, "partner.iq-programm")),
        // The slide names the Fachstelle as "(IKA, München, VIA)", in the pattern it uses for
        // Träger ("Name (Stadt, Tätigkeit)"): VIA is read as its Träger. The slides do not write
        // VIA out, so the name stays the short one.
        Partner(
            id: "partner.via",
            name: "VIA",
            category: .specialistUnit,
            cities: ["München"],
            role: "Träger der IQ Fachstelle Interkulturelle Kompetenzentwicklung und Antidiskriminierung (IKA, München), wie die Folien sie nennen: „(IKA, München, VIA)“.",
            relations: relations(.runs, "partner.iq-fachstelle-ika")),
    ]

    static let funderPartners: [Partner] = [
        Partner(
            id: "partner.bmas",
            name: "Bundesministerium für Arbeit und Soziales", shortName: "BMAS",
            category: .funder, level: .federal,
            role: "Fördert das Förderprogramm IQ gemeinsam mit dem Europäischen Sozialfonds.",
            relations: relations(.funds, "partner.iq-programm")),
        Partner(
            id: "partner.esf",
            name: "Europäischer Sozialfonds", shortName: "ESF",
            category: .funder,
            role: "Fördert das Förderprogramm IQ gemeinsam mit dem BMAS.",
            relations: relations(.funds, "partner.iq-programm")),
        Partner(
            id: "partner.bmbf",
            name: "Bundesministerium für Bildung und Forschung", shortName: "BMBF",
            category: .funder, level: .federal,
            role: "Setzt das Förderprogramm IQ in Kooperation mit um; Transferagenturen NRW (BMBF).",
            relations: relations(.cooperatesWith, "partner.iq-programm")
                + relations(.funds, "partner.transferagenturen-nrw")),
        Partner(
            id: "partner.bamf",
            name: "Bundesamt für Migration und Flüchtlinge", shortName: "BAMF",
            category: .funder, level: .federal,
            role: "Zuwendungsgebende Behörde des Förderprogramms IQ; Zuwendungsempfänger für IQ in NRW ist der WHKT.",
            relations: relations(.funds, "partner.iq-nrw", "partner.whkt")),
        Partner(
            id: "partner.mags-nrw",
            name: "Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen", shortName: "MAGS NRW",
            category: .funder, level: .state,
            role: "Landesministerium NRW; Partner von IQ NRW in der Anerkennungsberatung und bei der Qualifizierung in Gesundheitsberufen.",
            relations: relations(.cooperatesWith, "partner.iq-nrw")),
        Partner(
            id: "partner.mwide-nrw",
            name: "Ministerium für Wirtschaft, Innovation, Digitalisierung und Energie des Landes Nordrhein-Westfalen", shortName: "MWIDE NRW",
            category: .funder, level: .state,
            role: "Landesministerium NRW; Kooperationspartner von IQ NRW.",
            relations: relations(.cooperatesWith, "partner.iq-nrw")),
        Partner(
            id: "partner.mkffi-nrw",
            name: "Ministerium für Kinder, Familie, Flüchtlinge und Integration des Landes Nordrhein-Westfalen", shortName: "MKFFI NRW",
            category: .funder, level: .state,
            role: "Landesministerium NRW; Kooperationspartner von IQ NRW.",
            relations: relations(.cooperatesWith, "partner.iq-nrw")),
    ]

    static let employmentAgencyPartners: [Partner] = [
        Partner(
            id: "partner.ba",
            name: "Bundesagentur für Arbeit", shortName: "BA",
            category: .employmentAgency, level: .federal,
            role: "Setzt das Förderprogramm IQ in Kooperation mit um.",
            relations: relations(.cooperatesWith, "partner.iq-programm")),
        Partner(
            id: "partner.ba-rd-nrw",
            name: "Regionaldirektion NRW der Bundesagentur für Arbeit", shortName: "RD NRW",
            category: .employmentAgency, level: .state,
            role: "Regionaldirektion der BA in NRW; Kooperationspartner von IQ NRW.",
            relations: relations(.partOf, "partner.ba") + relations(.cooperatesWith, "partner.iq-nrw")),
        // Jobcenter are joint bodies (gemeinsame Einrichtungen) of the Agentur für Arbeit and the
        // kommunale Träger (Kreise, kreisfreie Städte), § 44b SGB II, unless a Kommune is licensed
        // to run it alone (§ 6a SGB II). Source: Haufe, "Jobcenter" (SGB Office Professional),
        // https://haufe.de/sozialwesen/sgb-office-professional/jobcenter_idesk_PI434_HI2529673.html
        Partner(
            id: "partner.jobcenter",
            name: "Jobcenter", shortName: "JC",
            category: .employmentAgency,
            role: "Arbeitsverwaltung: gemeinsame Einrichtungen der Bundesagentur für Arbeit und der Kommunen (§ 44b SGB II), soweit eine Kommune nicht allein zugelassen ist (§ 6a SGB II); Kooperationspartner von IQ NRW.",
            relations: relations(.partOf, "partner.ba", "partner.kommunen") + relations(.cooperatesWith, "partner.iq-nrw")),
        Partner(
            id: "partner.agenturen-fuer-arbeit",
            name: "Agenturen für Arbeit", shortName: "AA",
            category: .employmentAgency,
            role: "Arbeitsverwaltung; Kooperationspartner von IQ NRW.",
            relations: relations(.partOf, "partner.ba") + relations(.cooperatesWith, "partner.iq-nrw")),
        Partner(
            id: "partner.integration-points",
            name: "Integration Points", shortName: "IP",
            category: .employmentAgency,
            role: "Anlaufstellen in der BA-Struktur, in denen auch die IQ Anerkennungsberatung stattfindet.",
            relations: relations(.partOf, "partner.ba") + relations(.cooperatesWith, "partner.iq-nrw")),
        Partner(
            id: "partner.zav",
            name: "Zentrale Auslands- und Fachvermittlung", shortName: "ZAV",
            category: .employmentAgency, level: .federal,
            role: "Einrichtung der BA; Kooperationspartner von IQ NRW.",
            relations: relations(.partOf, "partner.ba") + relations(.cooperatesWith, "partner.iq-nrw")),
    ]

    static let federalInstitutePartners: [Partner] = [
        // "BAMF (Reko)": the BAMF's Regionalkoordinatoren, its local contacts for integration
        // (integration courses, funded projects), known as "Reko". Source: BAMF, "Mittler zwischen
        // Theorie und Praxis", https://www.bamf.de/SharedDocs/Interviews/DE/BAMFzeigtGesicht/interview-dr-martin-correll.html
        Partner(
            id: "partner.bamf-reko",
            name: "Regionalkoordinatoren des Bundesamts für Migration und Flüchtlinge", shortName: "Reko",
            category: .federalInstitute, level: .federal,
            role: "Ansprechpartner des BAMF vor Ort für Integration (Integrationskurse, geförderte Projekte); Kooperationspartner von IQ NRW.",
            relations: relations(.partOf, "partner.bamf") + relations(.cooperatesWith, "partner.iq-nrw")),
        Partner(
            id: "partner.bibb",
            name: "Bundesinstitut für Berufsbildung", shortName: "BiBB",
            category: .federalInstitute, level: .federal,
            role: "Partner auf Bundesebene mit dem Portal anerkennung-in-deutschland.de; Quelle der Statistik der beruflichen Anerkennung.",
            website: "anerkennung-in-deutschland.de",
            relations: relations(.cooperatesWith, "partner.iq-nrw")),
        Partner(
            id: "partner.iw-koeln",
            name: "Institut der deutschen Wirtschaft Köln", shortName: "IW Köln",
            category: .federalInstitute, level: .federal,
            cities: ["Köln"],
            role: "Partner auf Bundesebene mit dem Portal bq-portal.de.",
            website: "bq-portal.de",
            relations: relations(.cooperatesWith, "partner.iq-nrw")),
        Partner(
            id: "partner.destatis",
            name: "Statistisches Bundesamt",
            category: .federalInstitute, level: .federal,
            role: "Quelle der Statistik der beruflichen Anerkennung, gemeinsam mit dem BiBB.",
            relations: relations(.cooperatesWith, "partner.bibb")),
    ]
}

// Seed partners: cooperation partners of IQ NRW and the projects and initiatives it works with.
//
// Source: the slide "IQ Selbstverständnis: Netzwerk von (Kooperations-)Partnern" of
// iq-nrw-2018-slides.txt, the counselling slide ("Koop mit Arbeitsverwaltung und kommunalen
// Beratungs- und Anlaufstellen (IP, MD, JMD, KI, IA, BBE, etc.)") and the slides of
// Arbeit und Leben NRW. Abbreviations the slides do not write out stay abbreviations, unless a
// public source cited at the partner writes them out (KAUSA, BBE).

extension Seed {
    private static let cooperationPartner = "Kooperationspartner von IQ NRW."
    private static let localOffice = "Kommunale Beratungs- und Anlaufstelle, mit der die IQ Anerkennungsberatung kooperiert."

    static let cooperationPartners: [Partner] = [
        Partner(
            id: "partner.freie-wohlfahrtspflege",
            name: "Träger der freien Wohlfahrtspflege",
            category: .welfare,
            role: cooperationPartner,
            relations: relations(.cooperatesWith, "partner.iq-nrw")),
        Partner(
            id: "partner.kommunale-integrationsagenturen",
            name: "Kommunale Integrationsagenturen", shortName: "KA",
            category: .municipal, level: .municipal,
            role: cooperationPartner,
            relations: relations(.cooperatesWith, "partner.iq-nrw")),
        Partner(
            id: "partner.kommunale-integrationszentren",
            name: "Kommunale Integrationszentren", shortName: "KI",
            category: .municipal, level: .municipal,
            role: "Kooperationspartner von IQ NRW; kommunale Beratungs- und Anlaufstelle.",
            relations: relations(.cooperatesWith, "partner.iq-nrw")),
        Partner(
            id: "partner.jmd",
            name: "Jugendmigrationsdienste", shortName: "JMD",
            category: .municipal,
            role: localOffice),
        Partner(
            id: "partner.md",
            name: "MD",
            category: .municipal,
            role: localOffice + " In den Folien nur als Abkürzung genannt."),
        // The kommunale Träger of the Jobcenter (see partner.jobcenter); the slides name the
        // Kommunen as those IQ works with ("Prozessbegleitung für Kommunen", "interkulturelle
        // Kompetenzentwicklung in Kommunen").
        Partner(
            id: "partner.kommunen",
            name: "Kommunen (Kreise und kreisfreie Städte)", shortName: "Kommunen",
            category: .municipal, level: .municipal,
            role: "Kommunale Träger der Grundsicherung für Arbeitsuchende, mit der Bundesagentur für Arbeit Träger der Jobcenter (§ 44b SGB II); Zielgruppe der interkulturellen Kompetenzentwicklung und der Prozessbegleitung für Kommunen."),
        Partner(
            id: "partner.dgb",
            name: "Deutscher Gewerkschaftsbund", shortName: "DGB",
            category: .socialPartner,
            role: "Arbeitnehmervertretung; Kooperationspartner von IQ NRW.",
            relations: relations(.cooperatesWith, "partner.iq-nrw")),
        Partner(
            id: "partner.unternehmer-nrw",
            name: "unternehmer.nrw",
            category: .socialPartner, level: .state,
            role: "Arbeitgebervertretung; Kooperationspartner von IQ NRW.",
            relations: relations(.cooperatesWith, "partner.iq-nrw")),
        Partner(
            id: "partner.arbeitgeberverband-pflege",
            name: "Arbeitgeberverband Pflege",
            category: .socialPartner,
            role: "In den Folien zitiert: 3,9 Mio. Pflegebedürftige und etwa 1 Mio. Pflegekräfte in Deutschland; bis 2050 verdoppelt sich die Zahl der Pflegebedürftigen."),
        Partner(
            id: "partner.kgnw",
            name: "Krankenhausgesellschaft NRW", shortName: "KGNW",
            category: .health, level: .state,
            cities: ["Düsseldorf"],
            role: cooperationPartner,
            relations: relations(.cooperatesWith, "partner.iq-nrw")),
        Partner(
            id: "partner.mso",
            name: "Migrantenorganisationen", shortName: "MSO",
            category: .migrantOrganisation,
            role: "Kooperationspartner von IQ NRW; niederschwellige Begleitung durch Ehrenamtliche zur Anerkennung.",
            relations: relations(.cooperatesWith, "partner.iq-nrw")),
    ]

    static let projectPartners: [Partner] = [
        project("partner.ivaf", "IvAF-Netzwerke", shortName: "IvAF"),
        project("partner.mobipro-eu", "MobiPro-EU", role: "MobiPro EU-Träger: Kooperationspartner von IQ NRW."),
        project("partner.inqa", "Initiative Neue Qualität der Arbeit", shortName: "INQA"),
        // KAUSA = Koordinierungsstelle Ausbildung und Migration (JOBSTARTER plus, BMBF). Source:
        // Netzwerk IQ, Arbeitsmarktlexikon, https://www.netzwerk-iq.de/angebote/arbeitsmarktlexikon/single-ansicht/koordinierungsstelle-ausbildung-und-migration-kausa
        project("partner.kausa", "Koordinierungsstelle Ausbildung und Migration", shortName: "KAUSA",
                role: "Berät Selbstständige und junge Menschen mit Migrationshintergrund zur dualen Ausbildung (JOBSTARTER plus, BMBF); Kooperationspartner von IQ NRW."),
        project("partner.transferagenturen-nrw", "Transferagenturen NRW",
                role: "Projekt/Initiative (BMBF); Kooperationspartner von IQ NRW."),
        project("partner.prototyping-transfer", "Prototyping Transfer"),
        project("partner.valikom", "ValiKom"),
        // BBE = Beratung zur beruflichen Entwicklung: NRW's counselling offices for career change
        // (since January 2013, in more than 70 cities), recognition questions included. Source:
        // SPRUNQ, https://sprunq.de/?p=788 and https://sprunq.de/konzept-und-hintergrund/ein-netz-fur-integration-und-qualifizierung
        project("partner.bbe", "Beratung zur beruflichen Entwicklung", shortName: "BBE",
                role: "Beratungsstellen zur beruflichen Entwicklung in NRW (seit 2013): kommunale Beratungs- und Anlaufstelle, mit der die IQ Anerkennungsberatung kooperiert; Kooperationspartner von IQ NRW."),
        project("partner.starthelfende-nrw", "Starthelfende NRW"),
        project("partner.charta-der-vielfalt", "Charta der Vielfalt"),
        project("partner.unternehmen-integrieren-fluechtlinge", "Unternehmen integrieren Flüchtlinge"),
        project("partner.bertelsmann-stiftung", "Bertelsmann Stiftung",
                role: "Prozessbegleitung für Kommunen mit JP Morgan (Projekt Ankommen in Deutschland); Pflegereport (2012): bis 2030 fehlen fast 500.000 Vollzeitkräfte in der Pflege.",
                extra: relations(.cooperatesWith, "partner.jp-morgan")),
        project("partner.jp-morgan", "JP Morgan",
                role: "Prozessbegleitung für Kommunen mit der Bertelsmann Stiftung (Projekt Ankommen in Deutschland).",
                extra: relations(.cooperatesWith, "partner.bertelsmann-stiftung")),
        project("partner.ankommen-in-deutschland", "Ankommen in Deutschland",
                role: "Projekt der Prozessbegleitung für Kommunen von Bertelsmann Stiftung und JP Morgan.",
                extra: relations(.partOf, "partner.bertelsmann-stiftung", "partner.jp-morgan")),
        Partner(
            id: "partner.anerkennungsbegleitung-nrw",
            name: "Anerkennungsbegleitung NRW",
            category: .project,
            fieldsOfAction: [.counselling],
            role: "Niederschwellige Begleitung durch Ehrenamtliche in MSO, mit MOZAIK.",
            website: "anerkennungsbegleitung-nrw.de",
            relations: relations(.cooperatesWith, "partner.mso", "partner.mozaik")),
        Partner(
            id: "partner.vielwert",
            name: "VIELWERT: Vielfalt wertschätzen – Interkulturelle Kompetenzen in Kommunen weiterentwickeln",
            shortName: "VIELWERT",
            category: .project,
            fieldsOfAction: [.intercultural],
            role: "Teilprojekt von Arbeit und Leben NRW im IQ Netzwerk NRW ab 2019 für Mitarbeitende der Kommunen: Grundlagen-Trainings, Coaching/Vertiefung, Ausbildung Vertrauenspersonen, Transfer-Tagung.",
            relations: relations(.partOf, "partner.arbeit-und-leben-nrw", "partner.iq-nrw")),
        Partner(
            id: "partner.interkultur-pro",
            name: "interkultur.pro",
            category: .project,
            role: "Projekt von Arbeit und Leben NRW im Auftrag des Landes NRW: interkulturelle Öffnung des Kulturbereichs, u.a. Jour Fixe Interkultur in Kommunen.",
            relations: relations(.partOf, "partner.arbeit-und-leben-nrw")),
        Partner(
            id: "partner.forge-your-future",
            name: "Forge your Future",
            category: .project,
            role: "MobiPro-EU-Projekt von Arbeit und Leben NRW: Arbeitsmarktintegration von jungen Menschen aus Spanien in der Metallindustrie.",
            relations: relations(.partOf, "partner.arbeit-und-leben-nrw", "partner.mobipro-eu")),
        Partner(
            id: "partner.wandern-zwischen-den-welten",
            name: "Wandern zwischen den Welten",
            category: .project,
            role: "Begegnungs- und Empowerment-Projekt von Arbeit und Leben NRW für Menschen mit Fluchterfahrung.",
            relations: relations(.partOf, "partner.arbeit-und-leben-nrw")),
    ]

    /// A project or initiative of the slide of cooperation partners of IQ NRW.
    private static func project(_ id: RecordID, _ name: String, shortName: String = "",
                                role: String = cooperationPartner, extra: [Relation] = []) -> Partner {
        Partner(id: id, name: name, shortName: shortName, category: .project, role: role,
                relations: relations(.cooperatesWith, "partner.iq-nrw") + extra)
    }
}

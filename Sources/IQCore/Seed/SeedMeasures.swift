// Seed measures: the qualification budgets IQ NRW planned for 2019–2022.
//
// Source: iq-nrw-2018-slides.txt. "Qualifizierungen Gesundheitsberufe": IQ Budget NRW ca. 1,5 Mio.
// pro Jahr, ca. 300 TN pro Jahr, Kosten pro TN ca. 5.000,00 €. "Anpassungs- und
// Nachqualifizierung, Brückenmaßnahmen": Gesamtbudget für die ausgewählten Träger ca. 1,8 Mio pro
// Jahr, ca. 500 TN pro Jahr, ca. 3.600,00 € pro TN. All figures are approximate ("ca.").

extension Seed {
    /// The years the figures are planned for.
    static let measureYears = 2019...2022

    /// The Träger of the slide "Anpassungs- und Nachqualifizierung, Brückenmaßnahmen"; the
    /// "Qualifizierungsbudget (NRW)" it lists with them is a budget, not a Träger (a funder partner).
    static let adaptationProviders: [RecordID] = [
        "partner.awo-bielefeld", "partner.netzwerk-lippe", "partner.hs-niederrhein", "partner.hwk-koeln",
        "partner.th-koeln", "partner.migrafrica", "partner.otto-benecke-stiftung",
    ]

    public static let measures: [Measure] = measureYears.flatMap { year -> [Measure] in
        [
            Measure(id: RecordID("measure.health.\(year)"), name: "Qualifizierung Gesundheitsberufe",
                    fieldOfAction: .qualification, providerIDs: ["partner.uni-muenster"], year: year,
                    allocation: .euros(1_500_000), plannedParticipants: 300,
                    costPerParticipant: .euros(5_000), isApproximate: true),
            Measure(id: RecordID("measure.adaptation.\(year)"),
                    name: "Anpassungs- und Nachqualifizierung, Brückenmaßnahmen",
                    fieldOfAction: .qualification, providerIDs: adaptationProviders, year: year,
                    allocation: .euros(1_800_000), plannedParticipants: 500,
                    costPerParticipant: .euros(3_600), isApproximate: true),
        ]
    }
}

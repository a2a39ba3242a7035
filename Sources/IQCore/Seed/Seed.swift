// The embedded default dataset of the IQ Netzwerk NRW.
//
// Source: the text of a presentation of the IQ network in North Rhine-Westphalia given in
// Düsseldorf on 20.09.2018 (shared/domain/iq-nrw-2018-slides.txt), completed by the table of
// competent authorities and the city-centre coordinates of shared/domain/DOMAIN.md.
// Nothing else is invented: a field the sources do not give is left empty. Where the slides
// leave a name or a relation unsaid that the network needs (written-out abbreviations, the WHKT
// as coordinator, the Jobcenter as joint bodies, the DGB's education bodies), a public source
// fills it in and is cited in a comment at the record.

/// The shipped seed dataset: partners, sites and measures (written into new data files only), and
/// the funding periods (SeedFundingPeriods.swift; shown with every file's budgets).
public enum Seed {
    /// A fresh document holding the whole seed dataset.
    public static var document: Document {
        Document(partners: partners, sites: sites, measures: measures)
    }

    /// Relations of one kind to several targets.
    static func relations(_ kind: RelationKind, _ targets: RecordID...) -> [Relation] {
        targets.map { Relation(kind, $0) }
    }
}

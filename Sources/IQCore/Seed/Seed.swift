// The embedded default dataset of the IQ Netzwerk NRW.
//
// Source: the text of a presentation of the IQ network in North Rhine-Westphalia given in
// Düsseldorf on 20.09.2018 (shared/domain/iq-nrw-2018-slides.txt), completed by the table of
// competent authorities and the city-centre coordinates of shared/domain/DOMAIN.md.
// Nothing here comes from elsewhere: a field the sources do not give is left empty.

/// The shipped seed dataset: partners, sites and measures.
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

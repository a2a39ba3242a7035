/// Reference occupations and the routing to the competent authority.
public enum AuthorityText {
    public static var occupationGroupApprobation: Message {
        Message(de: "Approbationsberuf (Heilberuf)",
                en: "licensed medical profession (Approbation)")
    }
    public static var occupationGroupHealth: Message {
        Message(de: "Pflege- und Gesundheitsfachberuf",
                en: "nursing or health profession")
    }
    public static var occupationGroupTeacher: Message { Message(de: "Lehrkraft", en: "teacher") }
    public static var occupationGroupFachschule: Message {
        Message(de: "Fachschul-/Berufsfachschulberuf (Erzieher, Kinderpfleger, Techniker, Assistenten)",
                en: "Fachschule/Berufsfachschule occupation (Erzieher, Kinderpfleger, Techniker, Assistenten)")
    }
    public static var occupationGroupEngineer: Message {
        Message(de: "Ingenieurberuf (Berufsbezeichnung)",
                en: "engineer (professional title)")
    }
    public static var occupationGroupIHK: Message {
        Message(de: "IHK-Beruf (Industrie, Handel, Dienstleistungen)",
                en: "IHK occupation (industry, trade, services)")
    }
    public static var occupationGroupHandwerk: Message {
        Message(de: "Handwerksberuf",
                en: "craft occupation (Handwerk)")
    }
    public static var occupationGroupAcademic: Message {
        Message(de: "akademischer Abschluss, nicht reglementierter Beruf",
                en: "university degree, non-regulated profession")
    }
    public static var occupationGroupNotCovered: Message {
        Message(de: "Beruf ohne Eintrag in der NRW-Tabelle der zuständigen Stellen",
                en: "occupation not in the NRW table of competent authorities")
    }
    public static var occupationNoteHandwerk: Message {
        Message(de: "Für eine Anstellung nicht reglementiert: den Meister (oder seine Anerkennung) braucht nur, wer sich in einem der 53 zulassungspflichtigen Handwerke selbstständig machen will.",
                en: "Not regulated for employment: only self-employment in one of the 53 licensed crafts (zulassungspflichtige Handwerke) needs the master craftsman qualification (Meister) or its recognition.")
    }
    public static func authorityReasonEngineer(_ name: String, _ value2: String, _ regierungsbezirk: String, _ value4: String) -> Message {
        Message(de: "\(name): Berufsbezeichnung „Ingenieur/in“ → Bezirksregierung des Wohnorts; \(value2) liegt im Regierungsbezirk \(regierungsbezirk) → \(value4)",
                en: "\(name): the title 'Ingenieur' → the Bezirksregierung of residence; \(value2) lies in Regierungsbezirk \(regierungsbezirk) → \(value4)")
    }
    public static func authorityReasonIHK(_ name: String) -> Message {
        Message(de: "\(name): IHK-Beruf → IHK FOSA in Nürnberg, die Anerkennungsstelle für alle IHKs",
                en: "\(name): IHK occupation → IHK FOSA in Nürnberg, the recognition office for all IHKs")
    }
    public static func authorityReasonHandwerkCity(_ name: String, _ value2: String, _ value3: String) -> Message {
        Message(de: "\(name): Handwerksberuf → örtliche Handwerkskammer; die kreisfreie Stadt \(value2) gehört zum Bezirk der \(value3)",
                en: "\(name): craft occupation → the local Handwerkskammer; the independent city of \(value2) belongs to the district of the \(value3)")
    }
    public static func authorityReasonHandwerkKreis(_ name: String, _ value2: String, _ kreis: String, _ value4: String) -> Message {
        Message(de: "\(name): Handwerksberuf → örtliche Handwerkskammer; \(value2) (Kreis: \(kreis)) gehört zum Bezirk der \(value4)",
                en: "\(name): craft occupation → the local Handwerkskammer; \(value2) (district: \(kreis)) belongs to the district of the \(value4)")
    }
    public static func authorityReasonZAB(_ name: String) -> Message {
        Message(de: "\(name): akademischer Abschluss, nicht reglementierter Beruf → ZAB, Zeugnisbewertung (ein Vergleich mit deutschen Abschlüssen, keine Anerkennung)",
                en: "\(name): university degree, non-regulated profession → ZAB, statement of comparability (Zeugnisbewertung: a comparison with German degrees, not a recognition)")
    }
    public static func authorityNeedsCountry(_ name: String) -> Message {
        Message(de: "\(name): Die Zuständigkeit hängt vom Ausbildungsstaat ab – bitte angeben, in welchem Land die Ausbildung abgeschlossen wurde.",
                en: "\(name): the competent authority depends on the country of training – please say in which country the training was completed.")
    }
    public static func authorityNeedsResidence(_ name: String) -> Message {
        Message(de: "\(name): Die Zuständigkeit hängt vom Wohnort in NRW ab – bitte den Wohnort angeben.",
                en: "\(name): the competent authority depends on the place of residence in NRW – please give the place.")
    }
    public static func authorityTrainingInGermany(_ name: String) -> Message {
        Message(de: "\(name): Ausbildung in Deutschland – das ist kein ausländischer Abschluss; die Tabelle der zuständigen Stellen gilt nur für im Ausland erworbene Qualifikationen.",
                en: "\(name): trained in Germany – that is no foreign qualification; the table of competent authorities applies only to qualifications gained abroad.")
    }
    public static func authorityNoChamber(_ name: String, _ value2: String, _ kreis: String) -> Message {
        Message(de: "\(name): Für \(value2) (\(kreis)) ist keine Handwerkskammer hinterlegt – bitte im Einzelfall klären.",
                en: "\(name): no Handwerkskammer is on record for \(value2) (\(kreis)) – please check case by case.")
    }
    public static func authorityNotInTable(_ value1: String) -> Message {
        Message(de: "\(value1): Die Tabelle der zuständigen Stellen in NRW nennt für diesen Beruf keine Stelle – bitte im Einzelfall klären.",
                en: "\(value1): the table of competent authorities in NRW names none for this occupation – please check case by case.")
    }
    public static func authorityOccupationLine(_ name: String) -> Message {
        Message(de: "Referenzberuf: \(name)",
                en: "Reference occupation (Referenzberuf): \(name)")
    }
    public static func authorityGroupLine(_ group: String) -> Message {
        Message(de: "Berufsgruppe: \(group)",
                en: "Group: \(group)")
    }
    public static var authorityRegulatedYes: Message {
        Message(de: "Reglementiert: ja – der Beruf darf nur mit Anerkennung ausgeübt werden.",
                en: "Regulated: yes – the occupation may only be practised with recognition.")
    }
    public static var authorityRegulatedNo: Message {
        Message(de: "Reglementiert: nein – die Anerkennung ist freiwillig, hilft aber bei der Arbeitssuche.",
                en: "Regulated: no – recognition is optional, but it helps when looking for work.")
    }
    public static func authorityNoteLine(_ note: String) -> Message {
        Message(de: "Hinweis: \(note)",
                en: "Note: \(note)")
    }
    public static func authorityCountryLine(_ value1: String) -> Message {
        Message(de: "Ausbildungsstaat: \(value1)",
                en: "Country of training: \(value1)")
    }
    public static func authorityPlaceLine(_ name: String, _ kreis: String, _ regierungsbezirk: String) -> Message {
        Message(de: "Wohnort: \(name) (\(kreis), Regierungsbezirk \(regierungsbezirk))",
                en: "Residence: \(name) (\(kreis), Regierungsbezirk \(regierungsbezirk))")
    }
    public static func authorityResultLine(_ authorityName: String) -> Message {
        Message(de: "Zuständige Stelle: \(authorityName)",
                en: "Competent authority (zuständige Stelle): \(authorityName)")
    }
    public static func authorityReasonLine(_ reason: String) -> Message {
        Message(de: "Begründung: \(reason)",
                en: "Why: \(reason)")
    }
    public static var authorityAlsoRelevant: Message { Message(de: "Außerdem relevant:", en: "Also relevant:") }
    public static func authorityPartnerLine(_ name: String) -> Message {
        Message(de: "Im Partnerverzeichnis: \(name)",
                en: "In the partner directory: \(name)")
    }
    public static var authorityHintCountry: Message {
        Message(de: "Den Ausbildungsstaat mit --country angeben (ISO-Code oder Name), z. B. --country PL oder --country Syrien.",
                en: "Give the country of training with --country (ISO code or name), e.g. --country PL or --country Syria.")
    }
    public static func authorityAmbiguousOccupation(_ text: String, _ candidates: String) -> Message {
        Message(de: "„\(text)“ passt zu mehreren Referenzberufen: \(candidates). Bitte genauer angeben.",
                en: "“\(text)” fits several reference occupations: \(candidates). Please be more specific.")
    }
    public static func authoritySuggestion(_ authorityName: String, _ reason: String) -> Message {
        Message(de: "Vorschlag: \(authorityName) – \(reason)",
                en: "Suggested: \(authorityName) – \(reason)")
    }
}

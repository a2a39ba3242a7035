/// Texts of the routing rows (AuthorityRouting.swift): groups, reasons with their dates and
/// sources, what is needed, and the answers for a residence outside NRW or abroad.
extension AuthorityText {
    // MARK: Groups and notes

    public static var occupationGroupSocialWork: Message {
        Message(de: "Sozialarbeit/Sozialpädagogik (staatliche Anerkennung)", en: "social work (state recognition)")
    }
    public static var occupationGroupVeterinarian: Message { Message(de: "Tiermedizin (Approbation)", en: "veterinary medicine (Approbation)") }
    public static var occupationGroupArchitect: Message { Message(de: "Architektur (Berufsbezeichnung)", en: "architecture (professional title)") }
    public static var occupationGroupLawyer: Message { Message(de: "Rechtsanwaltschaft", en: "legal profession (Rechtsanwalt)") }
    public static var occupationGroupTaxAdvisor: Message { Message(de: "Steuerberatung", en: "tax advice (Steuerberater)") }
    public static var occupationGroupFoodChemist: Message {
        Message(de: "Lebensmittelchemie (landesrechtlich geregelt)", en: "food chemistry (regulated by Land law)")
    }
    public static var occupationGroupTrainDriver: Message { Message(de: "Eisenbahn (Triebfahrzeugführerschein)", en: "railways (train driving licence)") }
    public static var occupationGroupCraftMaster: Message { Message(de: "Meister im Handwerk", en: "master craftsman (Handwerk)") }
    public static var occupationNoteHeilerziehung: Message {
        Message(de: "Staatlich anerkannt und reglementiert; die Stelle folgt hier der Fachschul-Zeile (Bezirksregierung nach Ausbildungsstaat) – eine NRW-Quelle dafür fehlt noch, bitte im Einzelfall bestätigen.",
                en: "State-recognised and regulated; the authority follows the Fachschule row here (Bezirksregierung by country of training) – an NRW source for it is still missing, please confirm case by case.")
    }
    public static var occupationNoteCraftMaster: Message {
        Message(de: "Reglementiert für die Selbstständigkeit in einem zulassungspflichtigen Handwerk (Eintragung in die Handwerksrolle); die Gleichwertigkeit prüft die Handwerkskammer.",
                en: "Regulated for self-employment in a licensed craft (entry in the Handwerksrolle); the Handwerkskammer checks the equivalence.")
    }
    public static func occupationNoteRettungssanitaeter(_ name: String) -> Message {
        Message(de: "\(name) ist nicht Notfallsanitäter/in: eine landesrechtliche Ausbildung (RettAPrVO NRW, 520 Stunden), kein bundesrechtlich geregelter Gesundheitsfachberuf, also nicht bei der ZAG. Die Verordnung nennt die zuständige Behörde (§ 21 RettAPrVO NRW) – bitte dort nachlesen oder im Anerkennungs-Finder prüfen.",
                en: "\(name) is not Notfallsanitäter/in (paramedic): a training under NRW law (RettAPrVO NRW, 520 hours), not a federally regulated health profession, so not at the ZAG. The regulation names the competent authority (§ 21 RettAPrVO NRW) – please look it up there or check the Anerkennungs-Finder.")
    }

    // MARK: Reasons

    public static func authorityReasonApprobation(_ name: String) -> Message {
        Message(de: "\(name): Approbation → Zentrale Anerkennungsstelle für Gesundheitsberufe (ZAG) der Bezirksregierung Münster, für ganz NRW seit Juli 2020 (vorher: die Bezirksregierungen und das Landesprüfungsamt für Medizin, Psychotherapie und Pharmazie bei der Bezirksregierung Düsseldorf)",
                en: "\(name): licence to practise (Approbation) → the central recognition office for health professions (ZAG) of the Bezirksregierung Münster, for all of NRW since July 2020 (before: the Bezirksregierungen and the Landesprüfungsamt für Medizin, Psychotherapie und Pharmazie at the Bezirksregierung Düsseldorf)")
    }
    public static func authorityReasonHealth(_ name: String) -> Message {
        Message(de: "\(name): Pflege- und Gesundheitsfachberuf → ZAG der Bezirksregierung Münster (Bereich Pflege- und Gesundheitsfachberufe, ZAG-PuG), für ganz NRW seit 1. Juli 2021 (vorher: Landesprüfungsamt bei der Bezirksregierung Düsseldorf)",
                en: "\(name): nursing or health profession → the ZAG of the Bezirksregierung Münster (nursing and health professions, ZAG-PuG), for all of NRW since 1 July 2021 (before: the Landesprüfungsamt at the Bezirksregierung Düsseldorf)")
    }
    public static func authorityReasonTeacherEU(_ name: String, _ country: Country) -> Message {
        Message(de: "\(name): Ausbildung \(country.inPhrase(.de)), einem Staat der EU, des EWR oder der Schweiz → Bezirksregierung Arnsberg (Lehrkräfte)",
                en: "\(name): trained \(country.inPhrase(.en)), a state of the EU, the EEA or Switzerland → Bezirksregierung Arnsberg (teachers)")
    }
    public static func authorityReasonTeacherThird(_ name: String, _ country: Country) -> Message {
        Message(de: "\(name): Ausbildung \(country.inPhrase(.de)), einem Drittstaat → Bezirksregierung Detmold (Lehrkräfte)",
                en: "\(name): trained \(country.inPhrase(.en)), a third country → Bezirksregierung Detmold (teachers)")
    }
    public static func authorityReasonFachschule(_ name: String, _ country: Country, _ authority: String) -> Message {
        Message(de: "\(name): Ausbildung \(country.inPhrase(.de)) → \(authority) (NRW-Zuständigkeit nach Ausbildungsstaat)",
                en: "\(name): trained \(country.inPhrase(.en)) → \(authority) (NRW competence by country of training)")
    }
    public static func authorityReasonSocialWork(_ name: String, _ place: String, _ regierungsbezirk: String, _ authority: String) -> Message {
        Message(de: "\(name): staatliche Anerkennung → Bezirksregierung des Wohnorts; \(place) liegt im Regierungsbezirk \(regierungsbezirk) → \(authority)",
                en: "\(name): state recognition → the Bezirksregierung of residence; \(place) lies in Regierungsbezirk \(regierungsbezirk) → \(authority)")
    }
    public static func authorityReasonVeterinarian(_ name: String) -> Message {
        Message(de: "\(name): Approbation → Landesamt für Verbraucherschutz und Ernährung NRW (LAVE), seit 1. April 2025 (vorher: LANUV NRW)",
                en: "\(name): licence to practise (Approbation) → the Landesamt für Verbraucherschutz und Ernährung NRW (LAVE), since 1 April 2025 (before: LANUV NRW)")
    }
    public static func authorityReasonArchitect(_ name: String) -> Message {
        Message(de: "\(name): Berufsbezeichnung geschützt → Eintragung in die Architektenliste durch den Eintragungsausschuss der Architektenkammer NRW (Hauptwohnung, Niederlassung oder Beschäftigungsort in NRW)",
                en: "\(name): protected title → entry in the list of architects by the registration committee of the Architektenkammer NRW (main residence, branch or place of work in NRW)")
    }
    public static func authorityReasonLawyer(_ name: String, _ country: Country) -> Message {
        Message(de: "\(name): Ausbildung \(country.inPhrase(.de)) (EU, EWR, Schweiz) → Feststellung der Gleichwertigkeit und Eignungsprüfung beim Gemeinsamen Prüfungsamt in Düsseldorf (EuRAG)",
                en: "\(name): trained \(country.inPhrase(.en)) (EU, EEA, Switzerland) → equivalence check and aptitude test at the joint examination office in Düsseldorf (EuRAG)")
    }
    public static func authorityReasonTaxAdvisor(_ name: String, _ country: Country) -> Message {
        Message(de: "\(name): Qualifikation \(country.inPhrase(.de)) (EU, EWR, Schweiz) → Eignungsprüfung (§ 37a StBerG), Antrag bei der örtlich zuständigen Steuerberaterkammer",
                en: "\(name): qualified \(country.inPhrase(.en)) (EU, EEA, Switzerland) → aptitude test (§ 37a StBerG), applied for at the locally competent Steuerberaterkammer")
    }
    public static func authorityReasonFoodChemist(_ name: String, _ country: Country) -> Message {
        Message(de: "\(name): Diplom \(country.inPhrase(.de)) (EU, EWR) → Anerkennung als Staatsprüfung durch den Prüfungsausschuss für die Zweite Staatsprüfung (§ 22 APVOLChem NRW)",
                en: "\(name): diploma \(country.inPhrase(.en)) (EU, EEA) → recognised as the state examination by the board of the second state examination (§ 22 APVOLChem NRW)")
    }
    public static func authorityReasonTrainDriver(_ name: String) -> Message {
        Message(de: "\(name): Triebfahrzeugführerschein → Eisenbahn-Bundesamt (§ 2 TfV); ein Führerschein aus einem EU-Staat wird anerkannt (§ 4 Abs. 2 TfV)",
                en: "\(name): train driving licence → the Eisenbahn-Bundesamt (§ 2 TfV); a licence from an EU member state is recognised (§ 4 (2) TfV)")
    }

    // MARK: What the rules need or cannot do

    public static func authorityCountryNotInTable(_ name: String, _ country: Country) -> Message {
        Message(de: "\(name): Für eine Ausbildung \(country.inPhrase(.de)) nennt die NRW-Tabelle der zuständigen Stellen keine Bezirksregierung (sie nennt bestimmte europäische Staaten und alle außereuropäischen) – bitte im Einzelfall klären.",
                en: "\(name): for training \(country.inPhrase(.en)) the NRW table of competent authorities names no Bezirksregierung (it names certain European states and all non-European ones) – please check case by case.")
    }
    public static func authorityLawyerThirdCountry(_ name: String, _ country: Country) -> Message {
        Message(de: "\(name): Für eine Ausbildung \(country.inPhrase(.de)) (Drittstaat) gibt es keine Anerkennung als Rechtsanwalt/Rechtsanwältin; möglich sind die Niederlassung unter der Berufsbezeichnung des Herkunftsstaats (§ 206 BRAO, Rechtsanwaltskammer) und eine Zeugnisbewertung des Abschlusses bei der ZAB.",
                en: "\(name): training \(country.inPhrase(.en)) (a third country) cannot be recognised as Rechtsanwalt; possible are practising under the home country's title (§ 206 BRAO, Rechtsanwaltskammer) and a statement of comparability of the degree from the ZAB.")
    }
    public static func authorityTaxAdvisorThirdCountry(_ name: String, _ country: Country) -> Message {
        Message(de: "\(name): Für eine Qualifikation \(country.inPhrase(.de)) (Drittstaat) gibt es keine Eignungsprüfung; der Weg ist die reguläre Steuerberaterprüfung (Zulassung bei der örtlich zuständigen Steuerberaterkammer).",
                en: "\(name): for a qualification \(country.inPhrase(.en)) (a third country) there is no aptitude test; the way is the regular tax advisor examination (admission at the locally competent Steuerberaterkammer).")
    }
    public static func authorityFoodChemistOther(_ name: String, _ country: Country) -> Message {
        Message(de: "\(name): Für eine Ausbildung \(country.inPhrase(.de)) gilt § 2 Abs. 2 LChemG NRW (Erlaubnis nach Prüfung der Gleichwertigkeit, Ausgleich durch Eignungsprüfung); das Gesetz nennt die Stelle nicht – bitte im Anerkennungs-Finder prüfen.",
                en: "\(name): for training \(country.inPhrase(.en)) § 2 (2) LChemG NRW applies (permission after an equivalence check, made up by an aptitude test); the law does not name the body – please check the Anerkennungs-Finder.")
    }
    public static func authorityUnknownCountry(_ text: String, _ close: [Country]) -> Message {
        if close.isEmpty {
            return Message(de: "Land „\(text)“ nicht gefunden.", en: "Country “\(text)” not found.")
        }
        return Message(de: "Land „\(text)“ nicht gefunden. Meinten Sie: \(close.map { "\($0.germanName) (\($0.code))" }.joined(separator: ", "))?",
                       en: "Country “\(text)” not found. Did you mean: \(close.map { "\($0.englishName) (\($0.code))" }.joined(separator: ", "))?")
    }
    public static func authorityUnknownOccupation(_ text: String, _ suggestions: String) -> Message {
        if suggestions.isEmpty {
            return Message(de: "Referenzberuf „\(text)“ nicht gefunden.", en: "Reference occupation “\(text)” not found.")
        }
        return Message(de: "Referenzberuf „\(text)“ nicht gefunden. Meinten Sie: \(suggestions)?",
                       en: "Reference occupation “\(text)” not found. Did you mean: \(suggestions)?")
    }
    public static var authorityRegulatedTitle: Message {
        Message(de: "Reglementiert: nur die Berufsbezeichnung ist geschützt – die Tätigkeit ist frei, den Titel führt nur, wer anerkannt ist.",
                en: "Regulated: only the title is protected – anyone may do the work, but only a recognised person may use the title.")
    }
    public static var authorityHintPlace: Message {
        Message(de: "Den Wohnort mit --place angeben: ein Ort in NRW (z. B. --place Bielefeld), ein anderes Bundesland oder ein Staat (z. B. --place Türkei) bzw. „Ausland“.",
                en: "Give the place of residence with --place: a place in NRW (e.g. --place Bielefeld), another German Land, or a country (e.g. --place Turkey) or \"abroad\".")
    }

    // MARK: Residence outside NRW or abroad

    public static func authorityLivesOutsideNRW(_ name: String, _ land: String) -> Message {
        Message(de: "\(name): Wohnort außerhalb NRW (\(land)) – zuständig ist die Stelle des Landes, in dem gearbeitet werden soll. Für eine Arbeit in NRW entscheidet der künftige Arbeitsort (Sitz des Arbeitgebers, Stellenangebot): die Stelle für diesen Ort unter „Zuständige Stelle“ eintragen (der Wohnort bleibt, wie er ist).",
                en: "\(name): living outside NRW (\(land)) – the authority of the Land where the person will work decides. For work in NRW the future place of work decides (the employer's seat, the job offer): enter the authority for that place under “Competent authority” (the residence stays as it is).")
    }
    public static func authorityLivesAbroad(_ name: String, _ country: Country?) -> Message {
        let de = country.map { "Wohnsitz \($0.inName(.de))" } ?? "Wohnsitz im Ausland"
        let en = country.map { "living \($0.inName(.en))" } ?? "living abroad"
        return Message(de: "\(name): \(de) – zuständig ist die Stelle am künftigen Arbeitsort in Deutschland (Sitz des Arbeitgebers, Stellenangebot): für NRW die Stelle für diesen Ort unter „Zuständige Stelle“ eintragen. Ohne Stellenangebot hilft die Zentrale Servicestelle Berufsanerkennung (ZSBA) der Bundesagentur für Arbeit, das Bundesland und die Stelle zu finden.",
                       en: "\(name): \(en) – the authority at the future place of work in Germany decides (the employer's seat, the job offer): for NRW enter the authority for that place under “Competent authority”. Without a job offer, the Zentrale Servicestelle Berufsanerkennung (ZSBA) of the Federal Employment Agency helps to find the Land and the authority.")
    }
    public static func authorityNoteFromOutsideNRW(_ land: String) -> Message {
        Message(de: "Wohnort außerhalb NRW (\(land)): Die NRW-Stelle ist zuständig, wenn in NRW gearbeitet werden soll (Nachweis z. B. durch Stellenzusage oder Arbeitsvertrag); sonst die Stelle des Landes, in dem gearbeitet werden soll.",
                en: "Living outside NRW (\(land)): the NRW authority decides when the person will work in NRW (shown e.g. by a job offer or contract); otherwise the authority of the Land where they will work.")
    }
    public static func authorityNoteFromAbroad(_ country: Country?) -> Message {
        let de = country.map { "Wohnsitz \($0.inName(.de))" } ?? "Wohnsitz im Ausland"
        let en = country.map { "Living \($0.inName(.en))" } ?? "Living abroad"
        return Message(de: "\(de): Die NRW-Stelle braucht einen Nachweis der geplanten Arbeit in NRW (Stellenzusage, Arbeitsvertrag, Bewerbungen bei Arbeitgebern in NRW) oder einen Standortvermerk der Zentralen Servicestelle Berufsanerkennung (ZSBA), die Fachkräfte im Ausland berät.",
                       en: "\(en): the NRW authority needs proof of the planned work in NRW (job offer, contract, applications to employers in NRW) or a location note (Standortvermerk) of the Zentrale Servicestelle Berufsanerkennung (ZSBA), which advises skilled workers abroad.")
    }
    public static var authorityNoteArchitectZAB: Message {
        Message(de: "Ein eigenes Anerkennungsverfahren gibt es nicht; die Vergleichbarkeit des Studienabschlusses kann eine Zeugnisbewertung der ZAB zeigen.",
                en: "There is no separate recognition procedure; a statement of comparability from the ZAB can show how the degree compares.")
    }
}

/// The command's lines about a residence outside NRW, and an unknown place.
extension AuthorityText {
    public static func authorityPlaceOutsideLine(_ land: String) -> Message {
        Message(de: "Wohnort: außerhalb NRW (\(land))", en: "Residence: outside NRW (\(land))")
    }
    public static func authorityPlaceAbroadLine(_ country: Country?) -> Message {
        Message(de: "Wohnort: Ausland" + (country.map { " (\($0.germanName), \($0.code))" } ?? ""),
                en: "Residence: abroad" + (country.map { " (\($0.englishName), \($0.code))" } ?? ""))
    }
    public static func authorityPlaceUnknown(_ typed: String, _ close: [String]) -> Message {
        if close.isEmpty {
            return Message(de: "Ort „\(typed)“ nicht gefunden (weder in NRW noch ein Bundesland oder Staat).",
                           en: "Place “\(typed)” not found (neither in NRW nor a German Land or a country).")
        }
        return Message(de: "Ort „\(typed)“ nicht gefunden. Meinten Sie: \(close.joined(separator: ", "))?",
                       en: "Place “\(typed)” not found. Did you mean: \(close.joined(separator: ", "))?")
    }
}

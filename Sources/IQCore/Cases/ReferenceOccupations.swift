// Reference occupations (Referenzberufe): the German occupations a foreign qualification is
// compared with, as they come up in recognition counselling in NRW. The 2018 slides name the
// fields with most applications (Gesundheits- und Krankenpflege, Arzt/Ärztin, Physiotherapie,
// Ergotherapie, Hebammen, MTRA, Pädagogik, Ingenieure, Lehrer, Wirtschaftswissenschaften, duale
// Berufe im Handwerk); the rest are common occupations of the same groups.
//
// This is a STARTING SET that counsellors can extend: one `occupation(...)` line per Referenzberuf.
// The group decides the competent authority (AuthorityRouting.swift implements DOMAIN.md's
// table and the rows added since, each with its public source). An occupation whose authority no
// checked source names (Rettungssanitäter/in) is in the group `notCovered`, so the routing says
// what is known instead of guessing.
//
// "Regulated" (Regulation.swift) follows DOMAIN.md: the Approbation professions, health
// professions, teachers and Erzieher/innen are reglementiert; for engineers and architects only the
// title is protected; IHK and academic non-regulated occupations are not regulated.
// Handwerk occupations are modelled as not regulated for employment: the master craftsman
// (Meister) is required only for self-employment in a zulassungspflichtiges Handwerk (see the
// note they carry). Kinderpfleger/in, Techniker/in and the Assistenten are marked not regulated
// because DOMAIN.md does not call them regulated; check the single case.

/// Which row of the NRW table of competent authorities an occupation falls under.
public enum OccupationGroup: String, CaseIterable, Sendable {
    /// Arzt, Zahnarzt, Apotheker, Psychotherapeut: Approbation.
    case medicalApprobation
    /// Pflege- und Gesundheitsfachberufe.
    case healthProfession
    case teacher
    /// Erzieher, Kinderpfleger, Techniker, Assistenten (Fachschule/Berufsfachschule).
    case fachschuleOccupation
    /// The professional title Ingenieur/in.
    case engineer
    /// Industry, trade and services (IHK).
    case ihk
    /// Crafts (Handwerk).
    case handwerk
    /// A university degree that leads to no regulated profession.
    case academicNonRegulated
    /// Staatlich anerkannte Sozialarbeiter/innen und Sozialpädagog/innen.
    case socialWork
    /// Tierärztinnen und Tierärzte (Approbation).
    case veterinarian
    /// Architekt/innen: the title, by entry in the list of the Architektenkammer.
    case architect
    /// Rechtsanwältinnen und Rechtsanwälte.
    case lawyer
    /// Steuerberaterinnen und Steuerberater.
    case taxAdvisor
    /// Staatlich geprüfte Lebensmittelchemiker/innen.
    case foodChemist
    /// Triebfahrzeugführer/innen (train drivers).
    case trainDriver
    /// Meister/innen im Handwerk.
    case craftMaster
    /// An occupation whose competent authority no checked source names.
    case notCovered

    public var label: Message {
        switch self {
        case .medicalApprobation: AuthorityText.occupationGroupApprobation
        case .healthProfession: AuthorityText.occupationGroupHealth
        case .teacher: AuthorityText.occupationGroupTeacher
        case .fachschuleOccupation: AuthorityText.occupationGroupFachschule
        case .engineer: AuthorityText.occupationGroupEngineer
        case .ihk: AuthorityText.occupationGroupIHK
        case .handwerk: AuthorityText.occupationGroupHandwerk
        case .academicNonRegulated: AuthorityText.occupationGroupAcademic
        case .socialWork: AuthorityText.occupationGroupSocialWork
        case .veterinarian: AuthorityText.occupationGroupVeterinarian
        case .architect: AuthorityText.occupationGroupArchitect
        case .lawyer: AuthorityText.occupationGroupLawyer
        case .taxAdvisor: AuthorityText.occupationGroupTaxAdvisor
        case .foodChemist: AuthorityText.occupationGroupFoodChemist
        case .trainDriver: AuthorityText.occupationGroupTrainDriver
        case .craftMaster: AuthorityText.occupationGroupCraftMaster
        case .notCovered: AuthorityText.occupationGroupNotCovered
        }
    }
}

public struct ReferenceOccupation: Equatable, Sendable {
    /// A readable slug, stable across versions ("erzieher", "kfz-mechatroniker").
    public let id: String
    /// The Referenzberuf as German law and the recognition portals name it.
    public let name: String
    /// An English description for the English interface; the German name stays the reference.
    public let englishName: String
    public let group: OccupationGroup
    public let regulated: Regulation
    /// Other names people type: former titles, regional words, single genders, English words.
    public let aliases: [String]
    /// For the engineer title: construction (Bauwesen), where the Ingenieurkammer-Bau NRW matters too.
    public let construction: Bool
    /// Something a counsellor should know beside the authority.
    public let note: Message?

    public init(id: String, name: String, englishName: String, group: OccupationGroup, regulated: Regulation,
                aliases: [String] = [], construction: Bool = false, note: Message? = nil) {
        self.id = id
        self.name = name
        self.englishName = englishName
        self.group = group
        self.regulated = regulated
        self.aliases = aliases
        self.construction = construction
        self.note = note
    }

    public func name(_ language: Language) -> String {
        switch language {
        case .de: name
        case .en: englishName
        }
    }

    /// The names this occupation is found by: its name, the single-gender forms the name implies
    /// ("Erzieher/in" → "Erzieher", "Erzieherin"; "Arzt/Ärztin" → "Arzt", "Ärztin"), the
    /// English name, the aliases and the id.
    var searchNames: [String] {
        var names = [name]
        if name.contains("/in") {
            names.append(name.replacingOccurrences(of: "/in", with: ""))
            names.append(name.replacingOccurrences(of: "/in", with: "in"))
        }
        let halves = name.split(separator: "/").map(String.init)
        if halves.count == 2, !name.contains(" "), !halves[1].hasPrefix("-"), halves[1] != "in" {
            names += halves
        }
        return names + [englishName] + aliases + [id]
    }
}

public enum ReferenceOccupations {
    /// How a typed name relates to the table.
    public enum Match: Equatable, Sendable {
        case found(ReferenceOccupation)
        /// Several occupations fit equally well ("Elektroniker"): the user must choose.
        case ambiguous([ReferenceOccupation])
        /// Nothing fits: the closest names instead.
        case unknown(suggestions: [ReferenceOccupation])
    }

    /// The occupation with this id, or nil.
    public static func occupation(id: String) -> ReferenceOccupation? {
        all.first { $0.id == id }
    }

    /// Finds what a person typed: a name, single-gender form, alias or id, ignoring case,
    /// accents and punctuation. Failing an exact match, the occupations with a name containing
    /// the text as whole words: one of them is found, several are ambiguous.
    public static func match(_ text: String) -> Match {
        let query = LookupFold.fold(text)
        guard !query.isEmpty else { return .unknown(suggestions: []) }
        let exact = keys.indices.filter { keys[$0].contains(query) }
        if exact.count == 1 { return .found(all[exact[0]]) }
        if exact.count > 1 { return .ambiguous(exact.map { all[$0] }) }
        let padded = " " + query + " "
        let partial = keys.indices.filter { keys[$0].contains { (" " + $0 + " ").contains(padded) } }
        if partial.count == 1 { return .found(all[partial[0]]) }
        if partial.count > 1 { return .ambiguous(partial.map { all[$0] }) }
        return .unknown(suggestions: LookupFold.closest(to: text, among: keys, limit: 5).map { all[$0] })
    }

    /// The occupation a text names unambiguously, or nil.
    public static func find(_ text: String) -> ReferenceOccupation? {
        if case .found(let occupation) = match(text) { return occupation }
        return nil
    }

    static let keys: [[String]] = all.map { LookupFold.forms($0.searchNames) }

    private static func occupation(_ id: String, _ name: String, _ english: String, _ group: OccupationGroup,
                                   regulated: Regulation, _ aliases: [String] = [], construction: Bool = false,
                                   note: ((String) -> Message)? = nil) -> ReferenceOccupation {
        ReferenceOccupation(id: id, name: name, englishName: english, group: group, regulated: regulated,
                            aliases: aliases, construction: construction,
                            note: note.map { $0(name) } ?? (group == .handwerk ? AuthorityText.occupationNoteHandwerk : nil))
    }

    /// The starting set, by group.
    public static let all: [ReferenceOccupation] = [
        // Approbation (Bezirksregierung Münster, ZAG)
        occupation("arzt", "Arzt/Ärztin", "physician (doctor)", .medicalApprobation, regulated: true,
                   ["Mediziner", "Medizinerin", "Humanmedizin", "doctor", "physician", "medical doctor"]),
        occupation("zahnarzt", "Zahnarzt/Zahnärztin", "dentist", .medicalApprobation, regulated: true,
                   ["Zahnmedizin", "Zahnmediziner", "dentist"]),
        occupation("apotheker", "Apotheker/in", "pharmacist", .medicalApprobation, regulated: true,
                   ["Pharmazeut", "Pharmazeutin", "Pharmazie", "pharmacist"]),
        occupation("psychotherapeut", "Psychotherapeut/in", "psychotherapist", .medicalApprobation, regulated: true,
                   ["Psychologische Psychotherapeutin", "Psychologischer Psychotherapeut", "psychotherapist"]),

        // Pflege- und Gesundheitsfachberufe (Bezirksregierung Münster, ZAG-PuG)
        // Since 2020 the Pflegeberufegesetz trains Pflegefachfrau/Pflegefachmann; the former titles
        // (Gesundheits- und (Kinder-)Krankenpflege, Altenpflege) are its aliases. The id is the old one,
        // so that nothing that stored it breaks.
        occupation("gesundheits-krankenpfleger", "Pflegefachfrau/Pflegefachmann", "nurse", .healthProfession, regulated: true,
                   ["Pflegefachfrau", "Pflegefachmann", "Pflegefachperson", "Pflegefachkraft",
                    "Gesundheits- und Krankenpfleger/in", "Gesundheits- und Krankenpfleger", "Gesundheits- und Krankenpflegerin",
                    "Krankenschwester", "Krankenpfleger", "Krankenpflegerin", "Pflege", "Krankenpflege",
                    "Gesundheits- und Kinderkrankenpfleger/in", "Kinderkrankenschwester", "Kinderkrankenpfleger",
                    "Kinderkrankenpflegerin", "Altenpfleger/in", "Altenpfleger", "Altenpflegerin", "Altenpflege",
                    "nurse", "registered nurse", "nursing", "pediatric nurse", "paediatric nurse", "geriatric nurse",
                    "elderly care nurse"]),
        occupation("physiotherapeut", "Physiotherapeut/in", "physiotherapist", .healthProfession, regulated: true,
                   ["Physiotherapie", "Krankengymnast", "Krankengymnastin", "physical therapist"]),
        occupation("ergotherapeut", "Ergotherapeut/in", "occupational therapist", .healthProfession, regulated: true,
                   ["Ergotherapie", "occupational therapy"]),
        occupation("hebamme", "Hebamme", "midwife", .healthProfession, regulated: true,
                   ["Hebammen", "Entbindungspfleger", "midwife"]),
        occupation("mtra", "Medizinisch-technische/r Radiologieassistent/in (MTRA)", "radiographer (MTRA)", .healthProfession,
                   regulated: true, ["MTRA", "MTR", "Radiologieassistent", "Radiologieassistentin", "radiographer"]),
        occupation("mtla", "Medizinisch-technische/r Laboratoriumsassistent/in (MTLA)", "medical laboratory technician (MTLA)",
                   .healthProfession, regulated: true, ["MTLA", "MTL", "Laborassistent", "Laborassistentin"]),
        occupation("logopaede", "Logopäde/Logopädin", "speech therapist", .healthProfession, regulated: true,
                   ["Logopädie", "speech and language therapist"]),
        occupation("notfallsanitaeter", "Notfallsanitäter/in", "paramedic", .healthProfession, regulated: true,
                   ["Rettungsassistent", "Rettungsassistentin", "paramedic"]),
        occupation("pta", "Pharmazeutisch-technische/r Assistent/in (PTA)", "pharmaceutical technician (PTA)",
                   .healthProfession, regulated: true, ["PTA", "pharmacy technician"]),

        // Lehrkräfte (Bezirksregierung Arnsberg or Detmold)
        occupation("lehrer", "Lehrer/in", "teacher", .teacher, regulated: true,
                   ["Lehrkraft", "Lehramt", "Grundschullehrer", "Grundschullehrerin", "Gymnasiallehrer", "teacher"]),

        // Fachschule / Berufsfachschule (Bezirksregierung by country of training)
        occupation("erzieher", "Erzieher/in", "educator (early childhood)", .fachschuleOccupation, regulated: true,
                   ["Kindergärtner", "Kindergärtnerin", "Kita", "early childhood educator", "kindergarten teacher"]),
        occupation("kinderpfleger", "Kinderpfleger/in", "childcare worker", .fachschuleOccupation, regulated: false,
                   ["Kinderbetreuer", "Kinderbetreuerin", "childcare assistant"]),
        // Reglementiert ("staatlich anerkannt"): the Länder's service descriptions of its recognition,
        // e.g. service.bremen.de "Anerkennung als Heilerziehungspflegerin oder Heilerziehungspfleger
        // mit Berufsqualifikation aus dem Ausland" ("in Deutschland reglementiert"). An NRW source for
        // its authority was not found; it stays in the Fachschule row.
        occupation("heilerziehungspfleger", "Heilerziehungspfleger/in", "special needs care worker", .fachschuleOccupation,
                   regulated: true, ["Heilerziehungspflege", "Heilerziehungspflegerin"], note: { _ in AuthorityText.occupationNoteHeilerziehung }),
        occupation("techniker", "Staatlich geprüfte/r Techniker/in", "state-certified technician", .fachschuleOccupation,
                   regulated: false, ["Techniker", "Technikerin", "technician"]),
        occupation("sozialassistent", "Staatlich geprüfte/r Sozialassistent/in", "social care assistant", .fachschuleOccupation,
                   regulated: false, ["Sozialassistent", "Sozialassistentin"]),
        occupation("technischer-assistent", "Staatlich geprüfte/r technische/r Assistent/in", "state-certified technical assistant",
                   .fachschuleOccupation, regulated: false,
                   ["Technischer Assistent", "Technische Assistentin", "CTA", "BTA", "ITA", "technical assistant"]),

        // Ingenieur/in: only the title is protected (Bezirksregierung of residence)
        occupation("ingenieur", "Ingenieur/in", "engineer", .engineer, regulated: .titleProtected,
                   ["Diplom-Ingenieur", "Diplom-Ingenieurin", "Dipl.-Ing.", "engineer"]),
        occupation("bauingenieur", "Bauingenieur/in", "civil engineer", .engineer, regulated: .titleProtected,
                   ["Bauingenieurwesen", "civil engineer", "structural engineer"], construction: true),
        occupation("maschinenbauingenieur", "Maschinenbauingenieur/in", "mechanical engineer", .engineer, regulated: .titleProtected,
                   ["Maschinenbau", "mechanical engineer"]),
        occupation("elektroingenieur", "Elektroingenieur/in", "electrical engineer", .engineer, regulated: .titleProtected,
                   ["Elektrotechnik", "Elektrotechnikingenieur", "electrical engineer"]),

        // IHK occupations (IHK FOSA, Nürnberg)
        occupation("kaufleute-bueromanagement", "Kaufmann/-frau für Büromanagement", "office management clerk", .ihk,
                   regulated: false, ["Kaufmann für Büromanagement", "Kauffrau für Büromanagement", "Bürokaufmann",
                                      "Bürokauffrau", "office clerk", "office administrator"]),
        occupation("industriekaufleute", "Industriekaufmann/-frau", "industrial clerk", .ihk, regulated: false,
                   ["Industriekaufmann", "Industriekauffrau", "industrial business management assistant"]),
        occupation("fachinformatiker", "Fachinformatiker/in", "IT specialist", .ihk, regulated: false,
                   ["Fachinformatiker Anwendungsentwicklung", "Fachinformatiker Systemintegration", "IT specialist"]),
        occupation("industriemechaniker", "Industriemechaniker/in", "industrial mechanic", .ihk, regulated: false,
                   ["industrial mechanic"]),
        occupation("elektroniker-betriebstechnik", "Elektroniker/in für Betriebstechnik", "electronics technician for industrial engineering",
                   .ihk, regulated: false, ["Betriebselektriker", "industrial electrician"]),
        occupation("mechatroniker", "Mechatroniker/in", "mechatronics technician", .ihk, regulated: false,
                   ["mechatronics technician"]),
        occupation("koch", "Koch/Köchin", "cook", .ihk, regulated: false, ["cook", "chef"]),
        occupation("hotelfachleute", "Hotelfachmann/-frau", "hotel specialist", .ihk, regulated: false,
                   ["Hotelfachmann", "Hotelfachfrau", "hotel clerk"]),
        occupation("verkaeufer", "Verkäufer/in", "salesperson", .ihk, regulated: false,
                   ["Verkauf", "sales assistant", "salesperson"]),
        occupation("einzelhandelskaufleute", "Kaufmann/-frau im Einzelhandel", "retail clerk", .ihk, regulated: false,
                   ["Einzelhandelskaufmann", "Einzelhandelskauffrau", "Kaufmann im Einzelhandel", "Kauffrau im Einzelhandel",
                    "retail salesperson"]),
        occupation("bankkaufleute", "Bankkaufmann/-frau", "bank clerk", .ihk, regulated: false,
                   ["Bankkaufmann", "Bankkauffrau", "bank clerk", "banker"]),
        occupation("fachkraft-lagerlogistik", "Fachkraft für Lagerlogistik", "warehouse logistics specialist", .ihk, regulated: false,
                   ["Lagerist", "Lageristin", "Lagerlogistik", "warehouse clerk"]),
        occupation("berufskraftfahrer", "Berufskraftfahrer/in", "professional driver", .ihk, regulated: false,
                   ["Lkw-Fahrer", "Lkw-Fahrerin", "Busfahrer", "Busfahrerin", "truck driver", "bus driver"]),
        occupation("chemikant", "Chemikant/in", "chemical production technician", .ihk, regulated: false,
                   ["chemical technician"]),
        occupation("kaufleute-gross-aussenhandel", "Kaufmann/-frau für Groß- und Außenhandelsmanagement", "wholesale and foreign trade clerk",
                   .ihk, regulated: false, ["Groß- und Außenhandelskaufmann", "Groß- und Außenhandelskauffrau", "Großhandel"]),

        // Handwerk (the local Handwerkskammer)
        occupation("elektroniker-handwerk", "Elektroniker/in für Energie- und Gebäudetechnik (Handwerk)", "electrician (crafts)",
                   .handwerk, regulated: false, ["Elektroniker Handwerk", "Elektriker", "Elektrikerin", "Elektroinstallateur",
                                                 "Elektroinstallateurin", "electrician"]),
        occupation("kfz-mechatroniker", "Kraftfahrzeugmechatroniker/in", "motor vehicle mechatronics technician", .handwerk,
                   regulated: false, ["Kfz-Mechatroniker", "Kfz-Mechatronikerin", "Kfz-Mechaniker", "Automechaniker",
                                      "car mechanic", "motor mechanic"]),
        occupation("anlagenmechaniker-shk", "Anlagenmechaniker/in für Sanitär-, Heizungs- und Klimatechnik", "plumber and heating installer (SHK)",
                   .handwerk, regulated: false, ["Anlagenmechaniker SHK", "SHK", "Installateur", "Heizungsbauer",
                                                 "Sanitärinstallateur", "plumber"]),
        occupation("tischler", "Tischler/in", "joiner (cabinet maker)", .handwerk, regulated: false,
                   ["Schreiner", "Schreinerin", "joiner", "cabinet maker"]),
        occupation("zimmerer", "Zimmerer/Zimmerin", "carpenter", .handwerk, regulated: false, ["Zimmermann", "carpenter"]),
        occupation("friseur", "Friseur/in", "hairdresser", .handwerk, regulated: false,
                   ["Frisör", "Frisörin", "Friseurin", "hairdresser", "barber"]),
        occupation("maler-lackierer", "Maler/in und Lackierer/in", "painter and varnisher", .handwerk, regulated: false,
                   ["Maler", "Malerin", "Lackierer", "Lackiererin", "painter", "decorator"]),
        occupation("baecker", "Bäcker/in", "baker", .handwerk, regulated: false, ["baker"]),
        occupation("konditor", "Konditor/in", "confectioner", .handwerk, regulated: false, ["pastry chef", "confectioner"]),
        occupation("fleischer", "Fleischer/in", "butcher", .handwerk, regulated: false,
                   ["Metzger", "Metzgerin", "Schlachter", "butcher"]),
        occupation("maurer", "Maurer/in", "bricklayer", .handwerk, regulated: false, ["bricklayer", "mason"]),
        occupation("dachdecker", "Dachdecker/in", "roofer", .handwerk, regulated: false, ["roofer"]),
        occupation("metallbauer", "Metallbauer/in", "metalworker", .handwerk, regulated: false,
                   ["Schlosser", "Schlosserin", "metalworker", "locksmith"]),
        occupation("zahntechniker", "Zahntechniker/in", "dental technician", .handwerk, regulated: false, ["dental technician"]),
        occupation("augenoptiker", "Augenoptiker/in", "optician", .handwerk, regulated: false, ["Optiker", "Optikerin", "optician"]),

        // Academic degrees for non-regulated professions (ZAB, Zeugnisbewertung)
        occupation("betriebswirt", "Betriebswirt/in (Hochschule)", "business administration graduate", .academicNonRegulated,
                   regulated: false, ["Betriebswirtschaft", "Betriebswirtschaftslehre", "BWL", "business administration"]),
        occupation("wirtschaftswissenschaftler", "Wirtschaftswissenschaftler/in", "economist", .academicNonRegulated,
                   regulated: false, ["Wirtschaftswissenschaften", "Volkswirt", "Volkswirtin", "VWL", "economist", "economics"]),
        occupation("informatiker", "Informatiker/in (Hochschule)", "computer scientist", .academicNonRegulated, regulated: false,
                   ["Informatik", "computer science", "computer scientist", "software engineer"]),
        occupation("chemiker", "Chemiker/in", "chemist", .academicNonRegulated, regulated: false, ["Chemie", "chemist"]),
        occupation("physiker", "Physiker/in", "physicist", .academicNonRegulated, regulated: false, ["Physik", "physicist"]),
        occupation("mathematiker", "Mathematiker/in", "mathematician", .academicNonRegulated, regulated: false,
                   ["Mathematik", "mathematician"]),
        occupation("biologe", "Biologe/Biologin", "biologist", .academicNonRegulated, regulated: false, ["Biologie", "biologist"]),
        occupation("paedagoge", "Pädagoge/Pädagogin (Hochschule)", "education scientist", .academicNonRegulated, regulated: false,
                   ["Pädagoge", "Pädagogin", "Pädagogik", "Erziehungswissenschaft", "Erziehungswissenschaftler", "pedagogue"]),
        occupation("psychologe", "Psychologe/Psychologin", "psychologist", .academicNonRegulated, regulated: false,
                   ["Psychologie", "psychologist"]),

        // Rows beyond DOMAIN.md's table; AuthorityRouting.swift cites the source of each authority.
        occupation("architekt", "Architekt/in", "architect", .architect, regulated: .titleProtected,
                   ["Architekt", "Architektin", "Architektur", "architect"]),
        occupation("sozialarbeiter", "Sozialarbeiter/in / Sozialpädagoge/-pädagogin", "social worker", .socialWork,
                   regulated: true, ["Sozialarbeiter", "Sozialarbeiterin", "Sozialpädagoge", "Sozialpädagogin", "Soziale Arbeit",
                                     "Sozialpädagogik", "social worker", "social work"]),
        occupation("tierarzt", "Tierarzt/Tierärztin", "veterinarian", .veterinarian, regulated: true,
                   ["Tiermedizin", "Veterinärmedizin", "veterinarian", "vet"]),
        occupation("rechtsanwalt", "Rechtsanwalt/Rechtsanwältin", "lawyer", .lawyer, regulated: true,
                   ["Rechtsanwalt", "Rechtsanwältin", "Anwalt", "Anwältin", "lawyer", "attorney"]),
        occupation("steuerberater", "Steuerberater/in", "tax advisor", .taxAdvisor, regulated: true,
                   ["Steuerberater", "Steuerberaterin", "tax advisor", "tax consultant"]),
        occupation("lebensmittelchemiker", "Staatlich geprüfte/r Lebensmittelchemiker/in", "state-certified food chemist",
                   .foodChemist, regulated: true, ["Lebensmittelchemiker", "Lebensmittelchemikerin", "Lebensmittelchemie",
                                                   "food chemist"]),
        occupation("triebfahrzeugfuehrer", "Triebfahrzeugführer/in", "train driver", .trainDriver, regulated: true,
                   ["Triebfahrzeugführer", "Triebfahrzeugführerin", "Lokführer", "Lokführerin", "Lokomotivführer",
                    "train driver", "locomotive driver"]),
        occupation("meister-handwerk", "Meister/in im Handwerk", "master craftsman (Meister)", .craftMaster, regulated: true,
                   ["Meister", "Meisterin", "Handwerksmeister", "Handwerksmeisterin", "Meisterbrief", "master craftsman"],
                   note: { _ in AuthorityText.occupationNoteCraftMaster }),
        // Rettungssanitäter/in is no Notfallsanitäter/in: a training of 520 hours under NRW law
        // (RettAPrVO NRW of 25 April 2022, recht.nrw.de), not the federal health profession. The
        // regulation names a competent authority (§ 21), whose text was not available to check.
        occupation("rettungssanitaeter", "Rettungssanitäter/in", "emergency medical technician (Rettungssanitäter)", .notCovered,
                   regulated: true, ["Rettungssanitäter", "Rettungssanitäterin", "emergency medical technician"],
                   note: AuthorityText.occupationNoteRettungssanitaeter),
    ]
}

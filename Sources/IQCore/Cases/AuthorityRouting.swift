// Which authority decides (zuständige Stelle): the table "Competent authorities in NRW" of
// shared/domain/DOMAIN.md as code, one rule per row, and the rows added since with their public
// sources (the slides and DOMAIN.md describe 2018; what changed since is dated here):
//
//   Approbation (Arzt, Zahnarzt, Apotheker, Psychotherapeut) → the Zentrale Anerkennungsstelle für
//     Gesundheitsberufe (ZAG) at the Bezirksregierung Münster for all NRW since July 2020 (before:
//     the Landesprüfungsamt für Medizin, Psychotherapie und Pharmazie at the Bezirksregierung
//     Düsseldorf); for doctors also the Ärztekammern (Kenntnis-/Eignungsprüfung, Fachsprachprüfung).
//   Pflege- und Gesundheitsfachberufe → the ZAG (area ZAG-PuG) since 2021-07-01 (before: the
//     Bezirksregierung Düsseldorf, Landesprüfungsamt / Dezernat 24, which finished running cases
//     until 2021-09-30).
//   Lehrkräfte → Arnsberg (training in EU/EEA/CH), Detmold (third countries).
//   Erzieher, Kinderpfleger, Techniker, Assistenten → the Bezirksregierung by country of
//     training (`fachschuleDistricts`); a European state in none of its lists → cannot tell.
//   Ingenieur (title) → the Bezirksregierung of residence (construction: also Ingenieurkammer-Bau).
//   IHK occupations → IHK FOSA, Nürnberg, for all IHKs.
//   Handwerk and Meister im Handwerk → the Handwerkskammer of the residence's Kreis.
//   Academic degree, non-regulated profession → ZAB (Zeugnisbewertung).
//   Sozialarbeit/Sozialpädagogik → the Bezirksregierung of residence; Tierarzt → LAVE NRW;
//   Architekt → Architektenkammer NRW; Rechtsanwalt, Steuerberater (EU/EEA/CH training) → the
//   examination offices; Lebensmittelchemiker (EU/EEA) → the NRW examination board;
//   Triebfahrzeugführer → Eisenbahn-Bundesamt. Sources at each rule below.
//
// Sources of the health rows: bezreg-muenster.de (ZAG pages: "Seit dem 01.07.2021 ist die
// Bezirksregierung Münster zentral zuständig … Pflege- und Gesundheitsfachberufe"), brd.nrw.de
// (Landesprüfungsamt für Medizin → Pflege- und Gesundheitsfachberufe: new applications to Münster
// from 2021-07-01, running ones at Düsseldorf's Dezernat 24 until 2021-09-30), marburger-bund.de
// (2022-10-04: Approbation applications centralised at the ZAG "seit Juli 2020").
//
// Training in Germany is no foreign qualification, so a given country "DE" always gives `.needs`.
// A residence outside NRW or abroad gets the rule for that (`elsewhere`), not "not found".
// Names of authorities are proper names and stay German.

public struct AuthoritySuggestion: Equatable, Sendable {
    public var authorityName: String
    /// The seed partner of this authority ("partner.zag"), when there is one.
    public var partnerID: RecordID?
    /// The rule that applied, as a sentence.
    public var reason: Message
    public var regulated: Regulation
    /// Other bodies that matter for this case (examinations, chambers); proper names.
    public var alsoRelevant: [String]
    /// What else the counsellor should know (an application from abroad needs …).
    public var notes: [Message]

    public init(authorityName: String, partnerID: RecordID?, reason: Message, regulated: Regulation,
                alsoRelevant: [String] = [], notes: [Message] = []) {
        self.authorityName = authorityName
        self.partnerID = partnerID
        self.reason = reason
        self.regulated = regulated
        self.alsoRelevant = alsoRelevant
        self.notes = notes
    }
}

public enum AuthorityRouting {
    public enum Result: Equatable, Sendable {
        case suggestion(AuthoritySuggestion)
        /// The rules need something not given, or do not cover the case: why, as a sentence.
        case needs(Message)
    }

    /// As below, for a residence in NRW (or none).
    public static func suggest(occupation: ReferenceOccupation, countryOfTraining: String?, residence: Municipality?) -> Result {
        suggest(occupation: occupation, countryOfTraining: countryOfTraining, living: residence.map { .nrw($0) })
    }

    /// The competent authority for this occupation. `countryOfTraining` is an ISO code or a
    /// country name (Countries.find); `living` where the person lives. Each is needed only by the
    /// rows that depend on it.
    public static func suggest(occupation: ReferenceOccupation, countryOfTraining: String?, living: Residence?) -> Result {
        let name = occupation.name
        var country: Country?
        if let text = countryOfTraining, !text.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let found = Countries.find(text) else {
                return .needs(AuthorityText.authorityUnknownCountry(text, Countries.suggestions(for: text)))
            }
            if found.code == "DE" { return .needs(AuthorityText.authorityTrainingInGermany(name)) }
            country = found
        }
        let elsewhere = living.flatMap(elsewhereNote)
        func suggestion(_ authority: Authority, _ reason: Message, also: [String] = [], notes: [Message] = []) -> Result {
            .suggestion(AuthoritySuggestion(authorityName: authority.name, partnerID: authority.partnerID, reason: reason,
                                            regulated: occupation.regulated, alsoRelevant: also,
                                            notes: notes + (elsewhere.map { [$0] } ?? [])))
        }
        /// The rows decided by the place of residence in NRW; elsewhere, the place of work decides.
        func byResidence(_ decide: (Municipality) -> Result) -> Result {
            switch living {
            case .nrw(let place)?: decide(place)
            case .outsideNRW(let land)?: .needs(AuthorityText.authorityLivesOutsideNRW(name, land))
            case .abroad(let abroad)?: .needs(AuthorityText.authorityLivesAbroad(name, abroad))
            case nil: .needs(AuthorityText.authorityNeedsResidence(name))
            }
        }

        switch occupation.group {
        case .medicalApprobation:
            let also = occupation.id == "arzt" ? doctorExaminations : []
            return suggestion(.zag, AuthorityText.authorityReasonApprobation(name), also: also)
        case .healthProfession:
            return suggestion(.zagPuG, AuthorityText.authorityReasonHealth(name))
        case .teacher:
            guard let country else { return .needs(AuthorityText.authorityNeedsCountry(name)) }
            if country.isEUEEAOrSwitzerland {
                return suggestion(.bezirksregierung("Arnsberg"), AuthorityText.authorityReasonTeacherEU(name, country))
            }
            return suggestion(.bezirksregierung("Detmold"), AuthorityText.authorityReasonTeacherThird(name, country))
        case .fachschuleOccupation:
            guard let country else { return .needs(AuthorityText.authorityNeedsCountry(name)) }
            guard let district = fachschuleDistrict(for: country) else {
                return .needs(AuthorityText.authorityCountryNotInTable(name, country))
            }
            let authority = Authority.bezirksregierung(district)
            return suggestion(authority, AuthorityText.authorityReasonFachschule(name, country, authority.name))
        case .engineer:
            return byResidence { place in
                let authority = Authority.bezirksregierung(place.regierungsbezirk)
                return suggestion(authority, AuthorityText.authorityReasonEngineer(name, place.name, place.regierungsbezirk, authority.name),
                                  also: occupation.construction ? [constructionChamber] : [])
            }
        case .ihk:
            return suggestion(.ihkFosa, AuthorityText.authorityReasonIHK(name))
        case .handwerk, .craftMaster:
            return byResidence { place in
                guard let chamber = HandwerkChamber.byKreis[place.kreis] else {
                    return .needs(AuthorityText.authorityNoChamber(name, place.name, place.kreis))
                }
                let reason = place.kreisfrei
                    ? AuthorityText.authorityReasonHandwerkCity(name, place.name, chamber.name)
                    : AuthorityText.authorityReasonHandwerkKreis(name, place.name, place.kreis, chamber.name)
                return suggestion(Authority(name: chamber.name, partnerID: chamber.partnerID), reason)
            }
        case .academicNonRegulated:
            return suggestion(.zab, AuthorityText.authorityReasonZAB(name))
        case .socialWork:
            // bezreg-muenster.de "Soziale Arbeit, Heil- und Kindheitspädagogik", brd.nrw.de
            // "Berufsanerkennung bei ausländischen Bildungsabschlüssen": the Bezirksregierung of the
            // registered residence; without a residence in NRW, that of the future place of work.
            return byResidence { place in
                let authority = Authority.bezirksregierung(place.regierungsbezirk)
                return suggestion(authority, AuthorityText.authorityReasonSocialWork(name, place.name, place.regierungsbezirk, authority.name))
            }
        case .veterinarian:
            // tieraerztekammer-nordrhein.de "Berufsanerkennung Tierärztinnen und Tierärzte": the LAVE
            // since 2025-04-01; until 2025-03-31 the LANUV.
            return suggestion(.lave, AuthorityText.authorityReasonVeterinarian(name))
        case .architect:
            // aknw.de "Mitglied werden": entry in the Architektenliste by the Eintragungsausschuss of
            // the Architektenkammer NRW; it needs the main residence, a branch or the place of work
            // in NRW, and there is no separate recognition procedure (aknw.de …/feg).
            return suggestion(.aknw, AuthorityText.authorityReasonArchitect(name), notes: [AuthorityText.authorityNoteArchitectZAB])
        case .lawyer:
            // hartheim.de (Verwaltungsportal BW) "Europäischer Rechtsanwalt – Zulassung zur
            // Eignungsprüfung": the joint examination office of Hessen, NRW, Rheinland-Pfalz, Saarland
            // and Thüringen in Düsseldorf (ljpa@jm.nrw.de), for training in the EU, EEA or Switzerland
            // (EuRAG). professija.de "Juristische Abschlüsse": no recognition for third countries.
            guard let country else { return .needs(AuthorityText.authorityNeedsCountry(name)) }
            guard country.isEUEEAOrSwitzerland else { return .needs(AuthorityText.authorityLawyerThirdCountry(name, country)) }
            return suggestion(.lawyerExamination, AuthorityText.authorityReasonLawyer(name, country), also: [barChambers])
        case .taxAdvisor:
            // stbk-thueringen.de and eap.brandenburg.de: the Eignungsprüfung (§ 37a StBerG) for a
            // qualification from the EU, EEA or Switzerland, applied for at the locally competent
            // Steuerberaterkammer; for other qualifications only the regular Steuerberaterprüfung.
            guard let country else { return .needs(AuthorityText.authorityNeedsCountry(name)) }
            guard country.isEUEEAOrSwitzerland else { return .needs(AuthorityText.authorityTaxAdvisorThirdCountry(name, country)) }
            return suggestion(.taxChamber, AuthorityText.authorityReasonTaxAdvisor(name, country))
        case .foodChemist:
            // recht.nrw.de: § 22 APVOLChem NRW (diplomas from the EU or EEA: the Prüfungsausschuss für
            // die Zweite Staatsprüfung decides) and § 2 (2) LChemG NRW (other training: permission
            // after an equivalence check, body not named there).
            guard let country else { return .needs(AuthorityText.authorityNeedsCountry(name)) }
            guard country.isEU || Country.eeaOnlyCodes.contains(country.code) else {
                return .needs(AuthorityText.authorityFoodChemistOther(name, country))
            }
            return suggestion(.foodChemistBoard, AuthorityText.authorityReasonFoodChemist(name, country))
        case .trainDriver:
            // eba.bund.de "Triebfahrzeugführerscheinstelle": the licence is issued by the Eisenbahn-
            // Bundesamt (§ 2 TfV); a licence from an EU member state is recognised (§ 4 (2) TfV).
            return suggestion(.eba, AuthorityText.authorityReasonTrainDriver(name))
        case .notCovered:
            // Their notes say what is known about the authority.
            return .needs(occupation.note ?? AuthorityText.authorityNotInTable(name))
        }
    }

    /// For the rows with one authority for all NRW: what an application from elsewhere needs.
    /// bezreg-muenster.de (ZAG FAQ): proof of the intended work in NRW (job offer, contract, three
    /// applications) or a Standortvermerk of the Zentrale Servicestelle Berufsanerkennung (ZSBA)
    /// of the Bundesagentur für Arbeit, which advises applicants living abroad (arbeitsagentur.de).
    static func elsewhereNote(_ living: Residence) -> Message? {
        switch living {
        case .nrw: nil
        case .outsideNRW(let land): AuthorityText.authorityNoteFromOutsideNRW(land)
        case .abroad(let country): AuthorityText.authorityNoteFromAbroad(country)
        }
    }
}

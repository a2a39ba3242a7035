import Foundation
import IQCore

/// `iq-tui authority OCCUPATION [--country CODE] [--place ORT]`: which authority decides on the
/// recognition (zuständige Stelle), by the NRW rules of IQCore/Cases/AuthorityRouting.swift.
///
/// Standard output: the Referenzberuf found, its group, whether it is regulated, only its title is
/// protected, or neither (and a note), the country and residence given (an NRW municipality,
/// another Land, or abroad), then the authority, the rule that applied, what else is relevant and
/// notes. Exit 1 with the reason on standard error when the occupation is unknown (with close
/// names, if any) or ambiguous, the residence is not known (with close NRW places, if any), or the
/// rules need a country or place not given, or cannot name the authority (a residence outside NRW
/// or abroad: who decides instead); what was found still goes to standard output.
enum AuthorityCommand {
    static func run(occupation text: String, country: String?, place: String?, language: Language) -> Int32 {
        let occupation: ReferenceOccupation
        switch ReferenceOccupations.match(text) {
        case .found(let found):
            occupation = found
        case .ambiguous(let candidates):
            printError(AuthorityText.authorityAmbiguousOccupation(text, names(candidates, language)).text(language))
            return 1
        case .unknown(let suggestions):
            printError(AuthorityText.authorityUnknownOccupation(text, names(suggestions, language)).text(language))
            return 1
        }
        var living: Residence?
        if let place {
            guard let found = Residence.find(place) else {
                printError(AuthorityText.authorityPlaceUnknown(place, Residence.closePlaces(to: place).map(\.name)).text(language))
                return 1
            }
            living = found
        }

        var lines = describe(occupation, language)
        if let country, let found = Countries.find(country) {
            lines.append(AuthorityText.authorityCountryLine("\(found.name(language)) (\(found.code))").text(language))
        }
        switch living {
        case .nrw(let place)?:
            lines.append(AuthorityText.authorityPlaceLine(place.name, LocationCommands.kreisText(place, language),
                                                          place.regierungsbezirk).text(language))
        case .outsideNRW(let land)?:
            lines.append(AuthorityText.authorityPlaceOutsideLine(land).text(language))
        case .abroad(let country)?:
            lines.append(AuthorityText.authorityPlaceAbroadLine(country).text(language))
        case nil:
            break
        }

        switch AuthorityRouting.suggest(occupation: occupation, countryOfTraining: country, living: living) {
        case .suggestion(let suggestion):
            lines.append(AuthorityText.authorityResultLine(suggestion.authorityName).text(language))
            lines.append(AuthorityText.authorityReasonLine(suggestion.reason.text(language)).text(language))
            if let id = suggestion.partnerID, let partner = Seed.document.partners[id] {
                lines.append(AuthorityText.authorityPartnerLine("\(partner.name) (\(id))").text(language))
            }
            if !suggestion.alsoRelevant.isEmpty {
                lines.append(AuthorityText.authorityAlsoRelevant.text(language))
                lines += suggestion.alsoRelevant.map { "  – " + $0 }
            }
            lines += suggestion.notes.map { AuthorityText.authorityNoteLine($0.text(language)).text(language) }
            printOut(lines)
            return 0
        case .needs(let message):
            printOut(lines)
            var error = [message.text(language)]
            if message.name == AuthorityText.authorityNeedsCountry("").name { error.append(AuthorityText.authorityHintCountry.text(language)) }
            if message.name == AuthorityText.authorityNeedsResidence("").name { error.append(AuthorityText.authorityHintPlace.text(language)) }
            printError(error.joined(separator: "\n"))
            return 1
        }
    }

    /// The lines about the occupation itself: name, group, regulated or not, note.
    static func describe(_ occupation: ReferenceOccupation, _ language: Language) -> [String] {
        let name = language == .de ? occupation.name : "\(occupation.name) – \(occupation.englishName)"
        var lines = [
            AuthorityText.authorityOccupationLine(name).text(language),
            AuthorityText.authorityGroupLine(occupation.group.label.text(language)).text(language),
            regulationLine(occupation.regulated).text(language),
        ]
        // Notes of occupations outside the table are the routing's answer; shown once, there.
        if let note = occupation.note, occupation.group != .notCovered {
            lines.append(AuthorityText.authorityNoteLine(note.text(language)).text(language))
        }
        return lines
    }

    static func regulationLine(_ regulation: Regulation) -> Message {
        switch regulation {
        case .regulated: AuthorityText.authorityRegulatedYes
        case .titleProtected: AuthorityText.authorityRegulatedTitle
        case .notRegulated: AuthorityText.authorityRegulatedNo
        }
    }

    /// "Elektroniker/in für Betriebstechnik, …" (in English with the English description); at
    /// most eight, then "…", so a short word that fits half the table stays readable.
    private static func names(_ occupations: [ReferenceOccupation], _ language: Language) -> String {
        let shown = occupations.prefix(8).map { language == .de ? $0.name : "\($0.name) (\($0.englishName))" }
        return (shown + (occupations.count > 8 ? ["…"] : [])).joined(separator: ", ")
    }

    private static func printOut(_ lines: [String]) {
        writeOut(lines.joined(separator: "\n") + "\n", forPerson: true)
    }

}

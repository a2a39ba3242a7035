import Foundation
import IQCore

/// `iq-tui authority OCCUPATION [--country CODE] [--place ORT]`: which authority decides on the
/// recognition (zuständige Stelle), by the NRW rules of IQCore/Cases/AuthorityRouting.swift.
///
/// Standard output: the Referenzberuf found, its group, whether it is regulated (and a note), the
/// country and place given, then the authority, the rule that applied and what else is relevant.
/// Exit 1 with the reason on standard error when the occupation is unknown (with the closest
/// names) or ambiguous, the place is not a municipality of NRW (with the closest names), or the
/// rules need a country or place not given or do not cover the case (what was found still goes
/// to standard output).
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
        var residence: Municipality?
        if let place {
            guard let found = Gazetteer.find(place) else {
                let names = Gazetteer.suggestions(for: place).map(\.name).joined(separator: ", ")
                printError(LocationText.placeUnknown(place, names).text(language))
                return 1
            }
            residence = found
        }

        var lines = describe(occupation, language)
        if let country, let found = Countries.find(country) {
            lines.append(AuthorityText.authorityCountryLine("\(found.name(language)) (\(found.code))").text(language))
        }
        if let residence {
            lines.append(AuthorityText.authorityPlaceLine(residence.name, LocationCommands.kreisText(residence, language),
                                 residence.regierungsbezirk).text(language))
        }

        switch AuthorityRouting.suggest(occupation: occupation, countryOfTraining: country, residence: residence) {
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
            (occupation.regulated ? AuthorityText.authorityRegulatedYes : AuthorityText.authorityRegulatedNo).text(language),
        ]
        // Notes of occupations outside the table are the routing's answer; shown once, there.
        if let note = occupation.note, occupation.group != .notCovered {
            lines.append(AuthorityText.authorityNoteLine(note.text(language)).text(language))
        }
        return lines
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

// Nationality adjectives people type instead of a country ("syrisch", "Turkish"), so that the
// snapshot migration and the import can code a nationality typed the old way. German forms are
// the base form in -isch (inflected "syrische", "syrischer" … are reduced to it); the list holds
// the nationalities common in recognition counselling, not all of them: anything else stays
// free text, shown as not coded.

extension Countries {
    static let demonyms: [String: String] = {
        let table: [(String, [String])] = [
            ("AF", ["afghanisch", "Afghan"]), ("AL", ["albanisch", "Albanian"]), ("AM", ["armenisch", "Armenian"]),
            ("AT", ["österreichisch", "Austrian"]), ("AZ", ["aserbaidschanisch", "Azerbaijani"]), ("BA", ["bosnisch", "Bosnian"]),
            ("BE", ["belgisch", "Belgian"]), ("BG", ["bulgarisch", "Bulgarian"]), ("BR", ["brasilianisch", "Brazilian"]),
            ("BY", ["belarussisch", "weißrussisch", "Belarusian"]), ("CM", ["kamerunisch", "Cameroonian"]),
            ("CN", ["chinesisch", "Chinese"]), ("CO", ["kolumbianisch", "Colombian"]), ("CZ", ["tschechisch", "Czech"]),
            ("DE", ["deutsch", "German"]), ("EE", ["estnisch", "Estonian"]), ("EG", ["ägyptisch", "Egyptian"]),
            ("ER", ["eritreisch", "Eritrean"]), ("ES", ["spanisch", "Spanish"]), ("ET", ["äthiopisch", "Ethiopian"]),
            ("FR", ["französisch", "French"]), ("GB", ["britisch", "British"]), ("GE", ["georgisch", "Georgian"]),
            ("GH", ["ghanaisch", "Ghanaian"]), ("GR", ["griechisch", "Greek"]), ("HR", ["kroatisch", "Croatian"]),
            ("HU", ["ungarisch", "Hungarian"]), ("IN", ["indisch", "Indian"]), ("IQ", ["irakisch", "Iraqi"]),
            ("IR", ["iranisch", "Iranian"]), ("IT", ["italienisch", "Italian"]), ("JO", ["jordanisch", "Jordanian"]),
            ("KZ", ["kasachisch", "Kazakh"]), ("LB", ["libanesisch", "Lebanese"]), ("LT", ["litauisch", "Lithuanian"]),
            ("LV", ["lettisch", "Latvian"]), ("MA", ["marokkanisch", "Moroccan"]), ("MD", ["moldauisch", "Moldovan"]),
            ("ME", ["montenegrinisch", "Montenegrin"]), ("MK", ["mazedonisch", "nordmazedonisch", "Macedonian"]),
            ("MX", ["mexikanisch", "Mexican"]), ("NG", ["nigerianisch", "Nigerian"]), ("NL", ["niederländisch", "Dutch"]),
            ("PH", ["philippinisch", "Filipino"]), ("PK", ["pakistanisch", "Pakistani"]), ("PL", ["polnisch", "Polish"]),
            ("PS", ["palästinensisch", "Palestinian"]), ("PT", ["portugiesisch", "Portuguese"]), ("RO", ["rumänisch", "Romanian"]),
            ("RS", ["serbisch", "Serbian"]), ("RU", ["russisch", "Russian"]), ("SD", ["sudanesisch", "Sudanese"]),
            ("SI", ["slowenisch", "Slovenian"]), ("SK", ["slowakisch", "Slovak"]), ("SO", ["somalisch", "Somali"]),
            ("SY", ["syrisch", "Syrian"]), ("TN", ["tunesisch", "Tunisian"]), ("TR", ["türkisch", "Turkish"]),
            ("UA", ["ukrainisch", "Ukrainian"]), ("US", ["amerikanisch", "US-amerikanisch", "American"]),
            ("VN", ["vietnamesisch", "Vietnamese"]), ("XK", ["kosovarisch", "Kosovar"]), ("YE", ["jemenitisch", "Yemeni"]),
        ]
        var result: [String: String] = [:]
        for (code, names) in table where codeIndexHas(code) {
            for form in LookupFold.forms(names) where result[form] == nil { result[form] = code }
        }
        return result
    }()

    private static func codeIndexHas(_ code: String) -> Bool { all.contains { $0.code == code } }

    /// "syrische", "Syrischer" → "syrisch": the base form the table holds.
    static func demonym(_ folded: String) -> String? {
        if let code = demonyms[folded] { return code }
        for ending in ["e", "er", "es", "en", "em"] where folded.hasSuffix("sch" + ending) {
            if let code = demonyms[String(folded.dropLast(ending.count))] { return code }
        }
        return nil
    }
}

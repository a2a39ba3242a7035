// A service named on the command line (`nearest --service`) or in the configuration.

extension SiteService {
    /// The service a person typed: its raw value or its German or English label, ignoring case,
    /// accents, spaces, hyphens and underscores ("faireintegration", "Fair integration").
    public init?(userText: String) {
        func key(_ text: String) -> String {
            String(SearchKey.strip(text.lowercased()).filter { $0.isLetter || $0.isNumber })
        }
        let typed = key(userText)
        guard !typed.isEmpty, let match = SiteService.allCases.first(where: { service in
            typed == key(service.rawValue) || Language.allCases.contains { typed == key(service.label.text($0)) }
        }) else { return nil }
        self = match
    }
}

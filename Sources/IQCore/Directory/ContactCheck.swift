/// Plausibility checks for contact fields: they catch typing mistakes, not every oddity of the
/// standards (an address is only really checked by writing to it).
public enum ContactCheck {
    /// name@domain.tld, no spaces, one @.
    public static func isEmail(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !s.contains(" ") else { return false }
        let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return domain.count >= 2 && domain.allSatisfy { !$0.isEmpty } && (domain.last?.count ?? 0) >= 2
    }

    /// host.tld or http(s)://host.tld/path.
    public static func isWebsite(_ s: String) -> Bool {
        var rest = Substring(s.lowercased())
        for scheme in ["https://", "http://"] where rest.hasPrefix(scheme) { rest = rest.dropFirst(scheme.count) }
        guard !rest.isEmpty, !rest.contains(" ") else { return false }
        let host = rest.split(separator: "/", maxSplits: 1).first ?? ""
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
            && (labels.last?.count ?? 0) >= 2
    }

    /// Digits with spaces, + - / ( ) and at least five digits: "0211-3007-760", "+49 211 3007760".
    public static func isPhone(_ s: String) -> Bool {
        let allowed = Set("0123456789 +-/().")
        return s.allSatisfy { allowed.contains($0) } && s.filter(\.isNumber).count >= 5
    }
}

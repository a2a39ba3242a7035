extension Money {
    /// Reads an amount as people type it: "1.500.000", "1.500.000,00 €", "3600,5", "€1,500.00",
    /// "1500000". A single separator followed by exactly three digits is a thousands separator
    /// ("3.600" is 3600 €); otherwise the last separator is the decimal one. nil for anything
    /// else, more than two decimals, or an amount of a trillion euros or more.
    public init?(parsing text: String) {
        var t = text.replacingOccurrences(of: "€", with: "").replacingOccurrences(of: "EUR", with: "")
            .replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
        var negative = false
        if t.hasPrefix("-") { negative = true; t.removeFirst() }
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else { return nil }
        var whole = t, fraction = ""
        if let last = t.lastIndex(where: { $0 == "." || $0 == "," }) {
            let after = t[t.index(after: last)...]
            let separators = t.filter { $0 == "." || $0 == "," }
            let isThousands = after.count == 3 && (Set(separators).count == 1)
            if !isThousands {
                whole = String(t[..<last])
                fraction = String(after)
                guard (1...2).contains(fraction.count) else { return nil }
            }
        }
        let groups = whole.split(separator: ".", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
        // Grouped digits must come in threes after the first group ("1.500.000", not "1.50.00").
        if groups.count > 1, groups.dropFirst().contains(where: { $0.count != 3 }) || groups[0].isEmpty || groups[0].count > 3 { return nil }
        let digits = groups.joined()
        guard !digits.isEmpty, digits.count <= 12, let euros = Int64(digits) else { return nil }
        let cents = fraction.isEmpty ? 0 : (Int64(fraction.count == 1 ? fraction + "0" : fraction) ?? 0)
        self.init(cents: (euros * 100 + cents) * (negative ? -1 : 1))
    }
}

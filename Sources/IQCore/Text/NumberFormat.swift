/// Numbers and money the way the interface language writes them: German "1.500.000 €",
/// English "€1,500,000". Done by hand so the output never depends on the machine's locale.
public enum NumberFormat {
    public static func integer(_ n: Int64, _ language: Language) -> String {
        let separator: Character = language == .de ? "." : ","
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(separator) }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }

    public static func integer(_ n: Int, _ language: Language) -> String { integer(Int64(n), language) }

    /// Whole euros when there are no cents, else two decimals.
    public static func money(_ m: Money, _ language: Language) -> String {
        let sign = m.cents < 0 ? "-" : ""
        let euros = integer(Int64(m.cents.magnitude / 100), language)
        let cents = m.cents.magnitude % 100
        let decimal = language == .de ? "," : "."
        let centPart = cents == 0 ? "" : decimal + (cents < 10 ? "0" : "") + String(cents)
        return language == .de ? "\(sign)\(euros)\(centPart) €" : "\(sign)€\(euros)\(centPart)"
    }
}

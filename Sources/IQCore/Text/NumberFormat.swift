import Foundation

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

    /// A decimal number with a fixed count of digits after the comma ("1,5" / "1.5").
    public static func decimal(_ value: Double, digits: Int, _ language: Language) -> String {
        let scale = pow(10.0, Double(digits))
        let scaled = Int64((value * scale).rounded())
        let whole = integer(scaled / Int64(scale), language)
        guard digits > 0 else { return whole }
        var fraction = String(abs(scaled) % Int64(scale))
        while fraction.count < digits { fraction = "0" + fraction }
        return whole + (language == .de ? "," : ".") + fraction
    }

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

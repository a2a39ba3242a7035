import Foundation

/// A fraction as a percentage with one decimal, the way the interface language writes it:
/// German "62,4 %" (decimal comma, a space before the sign), English "62.4%".
/// Done by hand so the output never depends on the machine's locale.
public enum PercentFormat {
    /// `fraction` 0.624 → "62,4 %" / "62.4%"; 1.3 → "130,0 %"; NaN, infinite or absurdly
    /// large values → "–".
    public static func percent(_ fraction: Double, _ language: Language) -> String {
        let percent = fraction * 100
        // Beyond this the tenths no longer fit an Int64; no real gauge gets there.
        guard percent.isFinite, abs(percent) < 1e15 else { return "–" }
        let tenths = Int64((abs(percent) * 10).rounded())
        let sign = percent < 0 && tenths > 0 ? "-" : ""
        let whole = NumberFormat.integer(tenths / 10, language)
        let decimal = language == .de ? "," : "."
        let number = "\(sign)\(whole)\(decimal)\(tenths % 10)"
        return language == .de ? number + " %" : number + "%"
    }
}

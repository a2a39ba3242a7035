/// Blanks at either end cut off by looking only at the ends: Foundation's
/// `trimmingCharacters(in:)` copies the whole text through NSString, which a form paid for every
/// field on every key (a 100,000-character role cost a millisecond).
extension String {
    public var trimmedOfWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}

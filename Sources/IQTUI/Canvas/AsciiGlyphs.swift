/// The ASCII stand-ins of the symbols the program draws (arrows, dots, dashes, quotes), used on
/// a canvas in ASCII mode (vt100, a non-UTF-8 locale, `--ascii`). Each stand-in is one column,
/// as the symbol is, so every width measured before drawing stays right. Letters (ä, ß, a
/// name) are left alone; the euro sign has no one-column stand-in and stays, and the map data's
/// attribution keeps its "©" as the licence words it.
enum AsciiGlyphs {
    static let table: [Character: Character] = [
        "·": ".", "•": "*", "–": "-", "—": "-", "‐": "-", "−": "-",
        "←": "<", "→": ">", "↑": "^", "↓": "v", "▶": ">", "◀": "<", "▸": "+", "▾": "-", "◂": "<", "▴": "^",
        "›": ">", "‹": "<", "„": "\"", "“": "\"", "”": "\"", "‚": "'", "‘": "'", "’": "'", "′": "'",
        "…": ".", "×": "x", "≥": ">", "≤": "<", "●": "o", "◉": "@", "⌂": "H", "░": ".", "█": "#", "▒": "=",
    ]

    /// `text` with each known symbol replaced; the same string when there is none.
    static func fallback(_ text: String) -> String {
        guard text.contains(where: { table[$0] != nil }) else { return text }
        return String(text.map { table[$0] ?? $0 })
    }
}

import Foundation
import IQCore
import IQRandom

/// Text a careless user or a hostile file brings in: very long fields, C0/C1 controls, escape
/// sequences (title, clipboard write, screen clear), bidi overrides, and grapheme clusters
/// terminals draw differently (ZWJ families, flags, VS16, combining marks).
enum HostileText {
    /// The longest generated field; `--long-text` sets it (the short CI run keeps it modest).
    nonisolated(unsafe) static var longest = 20_000

    static let clusters = ["👨‍👩‍👧‍👦", "🇩🇪", "🇹🇷", "❤️", "e\u{301}", "🏳️‍🌈", "👍🏽", "Å", "ก\u{E34}", "漢字", "\u{301}", "ﷺ"]
    static let controls = ["\u{0}", "\u{7}", "\u{8}", "\u{B}", "\u{C}", "\r", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}", "\u{9D}",
                           "\u{9C}", "\t", "\n"]
    static let sequences = ["\u{1B}]0;IQHARNESS title\u{7}", "\u{1B}]52;c;SVFIQVJORVNT\u{7}", "\u{1B}[2J", "\u{1B}[31;1m",
                            "\u{9B}2J", "\u{9D}0;IQHARNESS\u{9C}", "\u{1B}P1$qm\u{1B}\\", "\u{1B}[6n", "\u{1B}c"]
    static let bidi = ["\u{202E}", "\u{202D}", "\u{202A}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{200F}"]
    static let plain = ["Köln", "Straße", "Träger", " ", "IQ", "Anerkennung", "-", "42"]

    /// One hostile piece, or a plain word between them.
    static func piece(_ random: inout SeededRandom) -> String {
        switch random.below(5) {
        case 0: random.pick(clusters)
        case 1: random.pick(controls)
        case 2: random.pick(sequences)
        case 3: random.pick(bidi)
        default: random.pick(plain)
        }
    }

    /// A field of up to about 40 characters mixing plain words and hostile pieces.
    static func short(_ random: inout SeededRandom) -> String {
        (0..<(1 + random.below(8))).map { _ in piece(&random) }.joined()
    }

    /// A field of 10,000 characters up to `longest` (`longest` itself when that is less): one
    /// mixed chunk repeated, so making it costs little; sometimes one unbroken word.
    static func long(_ random: inout SeededRandom) -> String {
        let length = longest <= 10_000 ? longest : 10_000 + random.below(longest - 10_000 + 1)
        let chunk = random.below(3) == 0 ? "Wort" : short(&random) + " "
        let text = String(repeating: chunk, count: length / max(1, chunk.count) + 1)
        return String(text.prefix(length))
    }

    /// Mostly short hostile text, now and then a long field.
    static func any(_ random: inout SeededRandom) -> String {
        random.below(12) == 0 ? long(&random) : short(&random)
    }
}

// The 396 municipalities of NRW, compiled in (Generated/GazetteerData.swift, made by
// scripts/embed-geo.py from shared/domain/geo/nrw-gemeinden.csv) and parsed on first use.
//
// Every lookup ignores case and diacritics the way German speakers type ("koln", "Koeln" and
// "KÖLN" all find Köln); hyphens count as spaces and runs of white space as one. `find` is exact,
// except that a query naming the start of exactly one municipality's name up to a word boundary
// finds it too ("Mülheim" and "Muelheim" → Mülheim an der Ruhr; "Bad" finds nothing).
//
// Each municipality's point is the centroid of its area (or a point inside it), good to a few km
// for "nearest site": not a town centre. Wherever this data is used, show `Gazetteer.attribution`.

public struct Municipality: Equatable, Sendable {
    public let name: String
    /// "Stadt" or "Gemeinde".
    public let kind: String
    /// The official municipality key (Amtlicher Gemeindeschlüssel), 8 digits.
    public let ags: String
    /// The Kreis, or for a kreisfreie Stadt the city itself.
    public let kreis: String
    /// Whether `kreis` is a kreisfreie Stadt rather than a Kreis.
    public let kreisfrei: Bool
    public let regierungsbezirk: String
    public let point: GeoPoint
    public let areaKm2: Double

    public init(name: String, kind: String, ags: String, kreis: String, kreisfrei: Bool, regierungsbezirk: String,
                point: GeoPoint, areaKm2: Double) {
        self.name = name
        self.kind = kind
        self.ags = ags
        self.kreis = kreis
        self.kreisfrei = kreisfrei
        self.regierungsbezirk = regierungsbezirk
        self.point = point
        self.areaKm2 = areaKm2
    }
}

public enum Gazetteer {
    /// The licence (dl-de/by-2-0) asks for this wherever the data is shipped or shown.
    public static let attribution = "© GeoBasis-DE / BKG 2021 (Daten verändert)"

    /// All municipalities, ordered by name as a German reader expects.
    public static let all: [Municipality] = parse(GazetteerData.text)

    /// The municipality with this name (see the file comment for what counts as equal), or nil.
    public static func find(_ name: String) -> Municipality? {
        let query = Key.fold(name)
        guard !query.isEmpty else { return nil }
        if let index = keys.firstIndex(where: { $0.forms.contains(query) }) { return all[index] }
        let starts = keys.indices.filter { keys[$0].forms.contains { $0.hasPrefix(query + " ") } }
        return starts.count == 1 ? all[starts[0]] : nil
    }

    /// Names for a text field: those starting with `prefix` first, then those containing it
    /// elsewhere, each group by name. An empty prefix gives the first `limit` names.
    public static func complete(_ prefix: String, limit: Int = 8) -> [Municipality] {
        guard limit > 0 else { return [] }
        let query = Key.fold(prefix)
        var starting: [Int] = []
        var containing: [Int] = []
        for (i, key) in keys.enumerated() {
            if key.forms.contains(where: { $0.hasPrefix(query) }) {
                starting.append(i)
            } else if key.forms.contains(where: { $0.contains(query) }) {
                containing.append(i)
            }
        }
        // `all` is sorted by name, so both groups already are.
        return (starting + containing).prefix(limit).map { all[$0] }
    }

    /// For a name that `find` does not know: the municipalities whose folded names are closest
    /// by edit distance (insertions, deletions, substitutions and swaps of neighbours each count
    /// one), nearest first, ties by name. Never empty for a non-empty query.
    public static func suggestions(for name: String, limit: Int = 5) -> [Municipality] {
        let query = fuzzyQuery(Key.fold(name))
        guard !query.isEmpty, limit > 0 else { return [] }
        let scored = keys.enumerated().map { i, key in
            (index: i, distance: key.forms.map { editDistance(query, Array($0.utf8)) }.min() ?? Int.max)
        }
        return scored.sorted { ($0.distance, $0.index) < ($1.distance, $1.index) }.prefix(limit).map { all[$0.index] }
    }

    // MARK: Matching

    /// A name folded for comparison: its plain form and, when it has umlauts, the spelled-out one.
    struct Key {
        let forms: [String]

        init(_ name: String) {
            let plain = Key.fold(name)
            let spelled = Key.normaliseSpaces(SearchKey.strip(SearchKey.expandUmlauts(name.lowercased())))
            forms = spelled == plain ? [plain] : [plain, spelled]
        }

        /// Lowercase, diacritics stripped ("ö" → "o", "ß" → "ss"), hyphens as spaces, spaces single.
        static func fold(_ text: String) -> String {
            normaliseSpaces(SearchKey.strip(text.lowercased()))
        }

        static func normaliseSpaces(_ text: String) -> String {
            text.split(whereSeparator: { $0 == "-" || $0 == "‐" || $0.isWhitespace }).joined(separator: " ")
        }
    }

    static let keys: [Key] = all.map { Key($0.name) }

    /// The bytes of a folded query that the fuzzy lookups compare. No name in the tables is
    /// near this long; cutting there keeps a pasted page of text from costing its length times
    /// every name on each key (the comparison is quadratic), and the ranking by its start stays.
    static func fuzzyQuery(_ folded: String) -> [UInt8] { Array(folded.utf8.prefix(96)) }

    /// Optimal string alignment distance on bytes (the folded names are ASCII but for rare letters).
    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, beforePrevious[j - 2] + 1)
                }
                current[j] = best
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }

    // MARK: Parsing

    /// The CSV of the generated file: a header, then name,kind,ags,kreis,kreis_kind,
    /// regierungsbezirk,lat,lon,area_km2 (no quoting: the script refuses fields that need it).
    /// A malformed line is left out rather than trapping; the tests check all 396 arrive.
    static func parse(_ text: String) -> [Municipality] {
        var result: [Municipality] = []
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 9, let lat = Double(f[6]), let lon = Double(f[7]), let area = Double(f[8]) else { continue }
            result.append(Municipality(name: f[0], kind: f[1], ags: f[2], kreis: f[3], kreisfrei: f[4] == "Kreisfreie Stadt",
                                       regierungsbezirk: f[5], point: GeoPoint(lat, lon), areaKm2: area))
        }
        return result.map { (key: SearchKey.sortKey($0.name), municipality: $0) }
            .sorted { $0.key.lexicographicallyPrecedes($1.key) || ($0.key == $1.key && $0.municipality.ags < $1.municipality.ags) }
            .map(\.municipality)
    }
}

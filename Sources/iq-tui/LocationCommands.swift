import Foundation
import IQCore
import IQStore

/// `iq-tui nearest PLACE [--service S]` and `iq-tui export locations [--format csv|geojson]`.
///
/// `nearest` looks the place up in the gazetteer of NRW's 396 municipalities (ignoring case and
/// accents; unknown → "did you mean" with the closest names on standard error, exit 1), then lists
/// the sites of the data file (the built-in network data when there is none yet) by distance from
/// the municipality's point: rank, km in the interface language, city, site, operator, services.
/// Sites without a fixed place (the WHKT's mobile team) follow in a line of their own; last comes
/// the BKG attribution the licence of the geodata asks for.
///
/// `export locations` writes all sites to standard output, as CSV (with a byte order mark for
/// Excel, like the partner export) or GeoJSON; rules in IQCore/Locations/Geo.swift.
enum LocationCommands {
    static func nearest(place: String, service: SiteService?, path: String, language: Language) -> Int32 {
        guard let origin = Gazetteer.find(place) else {
            let names = Gazetteer.suggestions(for: place).map(\.name).joined(separator: ", ")
            printError(LocationText.placeUnknown(place, names).text(language))
            return 1
        }
        guard let document = load(path, language: language, announceSeed: false) else { return 1 }
        let sites = document.sites.items
        let ranked = NearestSites.rank(sites, from: origin.point, service: service)
        let mobile = LocationExchange.sortedSites(sites.filter { site in
            site.isMobile && (service.map { site.services.contains($0) } ?? true)
        })

        var lines = [GeoText.nearestHeader(origin.name, kreisText(origin, language), origin.regierungsbezirk).text(language)]
        if let service { lines.append(GeoText.nearestServiceOnly(service.label.text(language)).text(language)) }
        if ranked.isEmpty { lines.append(GeoText.nearestNone.text(language)) }
        let rows = ranked.enumerated().map { rank, entry in
            [
                "\(rank + 1).",
                NumberFormat.decimal(entry.km, digits: 1, language) + " km",
                entry.site.city,
                entry.site.name,
                LocationExchange.operatorName(entry.site, in: document) ?? "",
                services(entry.site, language),
            ]
        }
        lines += table(rows, rightAligned: [0, 1])
        for site in mobile {
            let who = LocationExchange.operatorName(site, in: document) ?? services(site, language)
            lines.append(GeoText.nearestMobile(site.name, who).text(language))
        }
        lines.append(GeoText.geoAttribution(Gazetteer.attribution).text(language))
        writeOut(lines.joined(separator: "\n") + "\n", forPerson: true)
        return 0
    }

    static func export(path: String, format: LaunchOptions.LocationFormat, language: Language) -> Int32 {
        guard let document = load(path, language: language, announceSeed: true) else { return 1 }
        let text = switch format {
        case .csv: LocationExchange.csv(document, language: language, byteOrderMark: true)
        case .geojson: LocationExchange.geojson(document)
        }
        writeOut(text, forPerson: false)
        return 0
    }

    // MARK: Steps

    /// The data file's document, the built-in data when the file does not exist, nil (after
    /// saying why) when it cannot be read.
    private static func load(_ path: String, language: Language, announceSeed: Bool) -> Document? {
        do {
            return try SnapshotFile(path: path).load().document
        } catch {
            if case .missing = error {
                if announceSeed { printError(PartnerExchangeText.exportFromSeed(path).text(language)) }
                return Seed.document
            }
            printError(error.message.text(language))
            return nil
        }
    }

    /// "kreisfreie Stadt", "Kreis Borken", or a name that says what it is ("Rhein-Erft-Kreis",
    /// "Städteregion Aachen").
    static func kreisText(_ m: Municipality, _ language: Language) -> String {
        if m.kreisfrei { return GeoText.placeKreisfreieStadt.text(language) }
        let lower = m.kreis.lowercased()
        if lower.contains("kreis") || lower.hasPrefix("städteregion") { return m.kreis }
        return GeoText.placeInKreis(m.kreis).text(language)
    }

    private static func services(_ site: Site, _ language: Language) -> String {
        site.services.map { $0.label.text(language) }.joined(separator: ", ")
    }

    /// Rows as lines of columns two spaces apart, padded to the widest cell (the last column is
    /// not padded). Widths count characters: the names here are Latin text.
    static func table(_ rows: [[String]], rightAligned: Set<Int>) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { c in rows.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: max(0, widths[c] - cell.count))
                if rightAligned.contains(c) { return pad + cell }
                return c == row.count - 1 ? cell : cell + pad
            }
            .joined(separator: "  ")
        }
    }

}

import Foundation

// Distances on the ground, the sites nearest to a place, and the sites as CSV or GeoJSON.
//
// Export decisions (`iq-tui export locations`):
// - Sites in name order (as a German reader sorts), ties by id; the mobile team among them.
// - CSV like the partner export: headers in the interface language, `;` and decimal commas in
//   German ("50,94"), `,` and decimal points in English; services as the interface names them,
//   joined with " | "; the operator by name; no coordinate → empty latitude and longitude.
// - GeoJSON (RFC 7946): a FeatureCollection of Point features, coordinates [lon, lat]; keys in a
//   fixed order (type, id, geometry, properties; then id, name, operator, city, services);
//   services as raw values (as in the data file and the partner JSON); a site without a fixed
//   place has `"geometry": null`, which RFC 7946 allows for an unlocated feature. The operator is
//   null when the site has none, its id when the directory no longer knows it.
// The seed coordinates are the city centres of DOMAIN.md, not BKG data, so the exports need no
// BKG attribution; `nearest` and the map, which use the gazetteer and outlines, show it.

public enum Geo {
    /// The mean radius of the earth (IUGG), in km.
    public static let earthRadiusKm = 6371.0088

    /// The great-circle distance in km (haversine formula).
    public static func distanceKm(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        let radians = Double.pi / 180
        let dLat = (b.latitude - a.latitude) * radians
        let dLon = (b.longitude - a.longitude) * radians
        let h = sin(dLat / 2) * sin(dLat / 2)
            + cos(a.latitude * radians) * cos(b.latitude * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * earthRadiusKm * asin(min(1, h.squareRoot()))
    }
}

public enum NearestSites {
    /// The sites with a fixed place offering `service` (any when nil), nearest first; equally far
    /// ones by name, then id. Sites without a coordinate (the mobile team) are left out: the
    /// caller shows them separately.
    public static func rank(_ sites: [Site], from origin: GeoPoint, service: SiteService? = nil) -> [(site: Site, km: Double)] {
        sites.compactMap { site -> (key: [UInt8], site: Site, km: Double)? in
            guard let point = site.coordinate else { return nil }
            if let service, !site.services.contains(service) { return nil }
            return (SearchKey.sortKey(site.name), site, Geo.distanceKm(origin, point))
        }
        .sorted { a, b in
            if a.km != b.km { return a.km < b.km }
            if a.key != b.key { return a.key.lexicographicallyPrecedes(b.key) }
            return a.site.id.rawValue < b.site.id.rawValue
        }
        .map { (site: $0.site, km: $0.km) }
    }
}

public enum LocationExchange {
    /// The sites in export order: by name, ties by id.
    public static func sortedSites(_ sites: [Site]) -> [Site] {
        sites.map { (key: SearchKey.sortKey($0.name), site: $0) }
            .sorted { a, b in
                a.key != b.key ? a.key.lexicographicallyPrecedes(b.key) : a.site.id.rawValue < b.site.id.rawValue
            }
            .map(\.site)
    }

    /// The operator's name in the directory, its id when the directory lacks it, nil without one.
    public static func operatorName(_ site: Site, in document: Document) -> String? {
        site.operatorID.map { document.partners[$0]?.name ?? $0.rawValue }
    }

    /// The CSV columns in export order.
    public static let csvHeaders: [Message] = [PartnerExchangeText.csvColID, PartnerExchangeText.csvColName, CommonText.colOperator, CommonText.colCity, CommonText.colServices,
                                               GeoText.csvColLatitude, GeoText.csvColLongitude]

    /// All sites of the document as CSV (CRLF line ends, RFC 4180); `byteOrderMark` for Excel.
    public static func csv(_ document: Document, language: Language, byteOrderMark: Bool = false) -> String {
        var rows: [[String]] = [csvHeaders.map { $0.text(language) }]
        for site in sortedSites(document.sites.items) {
            rows.append([
                site.id.rawValue, site.name, operatorName(site, in: document) ?? "", site.city,
                site.services.map { $0.label.text(language) }.joined(separator: " | "),
                site.coordinate.map { number($0.latitude, language) } ?? "",
                site.coordinate.map { number($0.longitude, language) } ?? "",
            ])
        }
        return (byteOrderMark ? "\u{FEFF}" : "") + CSV.write(rows, separator: PartnerExchange.separator(language))
    }

    /// All sites of the document as a GeoJSON FeatureCollection.
    public static func geojson(_ document: Document) -> String {
        let features = sortedSites(document.sites.items).map { site -> String in
            let json = PartnerExchange.jsonString
            let geometry = site.coordinate.map {
                "{ \"type\": \"Point\", \"coordinates\": [\(jsonNumber($0.longitude)), \(jsonNumber($0.latitude))] }"
            } ?? "null"
            let services = site.services.map { json($0.rawValue) }.joined(separator: ", ")
            return """
                    {
                      "type": "Feature",
                      "id": \(json(site.id.rawValue)),
                      "geometry": \(geometry),
                      "properties": {
                        "id": \(json(site.id.rawValue)),
                        "name": \(json(site.name)),
                        "operator": \(operatorName(site, in: document).map(json) ?? "null"),
                        "city": \(json(site.city)),
                        "services": [\(services)]
                      }
                    }
                """
        }
        let body = features.isEmpty ? "" : "\n" + features.joined(separator: ",\n") + "\n  "
        return "{\n  \"type\": \"FeatureCollection\",\n  \"features\": [\(body)]\n}\n"
    }

    /// A coordinate as JSON: the shortest text that reads back as the same number.
    static func jsonNumber(_ value: Double) -> String {
        value.isFinite ? "\(value)" : "null"
    }

    /// A coordinate for a spreadsheet in the given language: "50,94" / "50.94".
    static func number(_ value: Double, _ language: Language) -> String {
        let text = "\(value)"
        return language == .de ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}

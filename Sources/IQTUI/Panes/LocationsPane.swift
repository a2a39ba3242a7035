import Foundation
import IQCore

/// Pane 2: the counselling and qualification sites — the list and the map of NRW side by side
/// (stacked when the pane is narrow), ordered by distance once the client's place is known.
enum LocationsPane {
    static func model(_ state: AppState) -> PaneModel {
        let l = state.locations
        if l.placeEntry != nil { return completionModel(state) }
        let rows = SiteList.rows(state)
        var columns = [
            TableColumn(state.t(CommonText.colCity), .flexible(minimum: 8, weight: 0, maximum: 16)),
            TableColumn(state.t(CommonText.colName), .flexible(minimum: 18, weight: 2)),
            // Services only once the names have room.
            TableColumn(state.t(CommonText.colServices), .flexible(minimum: 24, weight: 1), dropOrder: 1),
        ]
        if l.origin != nil { columns.insert(TableColumn(state.t(LocationText.colDistance), .fixed(6), alignRight: true), at: 0) }
        let cells = { (i: Int) -> [String] in
            let site = rows[i].site
            var line = [site.isMobile ? state.t(CommonText.valueMobile) : site.city, site.name,
                        site.services.map { state.t($0.label) }.joined(separator: ", ")]
            if l.origin != nil { line.insert(rows[i].km.map { NumberFormat.decimal($0, digits: 1, state.language) } ?? "–", at: 0) }
            return line
        }
        return PaneModel(
            columns: columns,
            rows: RowSource(count: rows.count, cells: cells),
            total: state.document.sites.count,
            detail: {
                let i = state[.locations].cursor.selected
                return rows.indices.contains(i) ? detail(rows[i].site, state) : nil
            },
            caption: caption(state),
            map: { LocationsPane.map(state, rows: rows) }
        )
    }

    /// While a place is typed, the list offers the matching municipalities.
    static func completionModel(_ state: AppState) -> PaneModel {
        let places = state.locations.completions
        return PaneModel(
            columns: [TableColumn(state.t(CommonText.colCity), .flexible(minimum: 14, weight: 2)),
                      TableColumn(state.t(GeoText.colRegion), .flexible(minimum: 14, weight: 1), dropOrder: 1)],
            rows: RowSource(places.map { [$0.name, "\($0.kreis), \($0.regierungsbezirk)"] }),
            total: places.count,
            detail: { nil },
            selection: state.locations.completion,
            placeholder: places.isEmpty ? [state.t(GeoText.placeTypeHint)] : nil
        )
    }

    static func caption(_ state: AppState) -> String {
        var parts: [String] = []
        if let origin = state.locations.origin {
            parts.append(LocationText.distanceFrom("\(origin.name) (\(origin.regierungsbezirk))").text(state.language))
        }
        if let service = state.locations.service { parts.append(state.t(service.label)) }
        return parts.joined(separator: " · ")
    }

    /// The map of the sites in the list, the selected one highlighted, the client's place marked.
    static func map(_ state: AppState, rows: [SiteRow]) -> MapView {
        let selected = state[.locations].cursor.selected
        // One label per city: four sites in Köln need the name once, not four times; their mark
        // is their count (a digit, "+" from ten) instead of a dot.
        // The selected site's own label and the client's place name the town already: no
        // second label of it.
        var labelled: Set<String> = Set([state.locations.origin?.name, rows.indices.contains(selected) ? rows[selected].site.city : nil].compactMap { $0 })
        var perCity: [String: Int] = [:]
        for row in rows where row.site.coordinate != nil { perCity[row.site.city, default: 0] += 1 }
        var markers: [MapMarker] = rows.enumerated().compactMap { i, row in
            guard let point = row.site.coordinate else { return nil }
            let label = i == selected ? row.site.name : (labelled.insert(row.site.city).inserted ? row.site.city : "")
            let count = perCity[row.site.city] ?? 1
            return MapMarker(id: row.site.id.rawValue, point: point, label: label, isSelected: i == selected,
                             glyph: count > 1 ? (count < 10 ? String(count) : "+") : nil)
        }
        // The client's place has its own mark, never a site's dot.
        if let origin = state.locations.origin {
            markers.insert(MapMarker(id: "", point: origin.point, label: origin.name, glyph: clientGlyph(state), standsBeside: true), at: 0)
        }
        return MapView(outline: Boundaries.land, borders: Boundaries.regierungsbezirkBorders, markers: markers,
                       // The attribution goes in the pane's lower edge, where it always fits whole.
                       ascii: state.options.ascii, attribution: "", bounds: Boundaries.bounds?.padded(by: 0.02),
                       tooSmallNote: state.t(LocationText.mapTooSmall), legend: legend(state))
    }

    static func clientGlyph(_ state: AppState) -> String { state.options.ascii ? "^" : "⌂" }

    /// "● Standort ◉ gewählt 3 Standorte in der Stadt ⌂ Wohnort ─ NRW ┄ Bezirk", in the map's marks.
    static func legend(_ state: AppState) -> String {
        let ascii = state.options.ascii
        return LocationText.mapLegend(site: ascii ? "o" : "●", selected: ascii ? "@" : "◉", client: clientGlyph(state),
                                      outline: ascii ? "-" : "⣀", border: ascii ? ":" : "⠄").text(state.language)
    }

    /// The outline and borders simplified to what the map's size can show (about one Braille
    /// dot), so a small map is not a smear of dots; remembered per size.
    static func fitted(_ map: MapView, to rect: Rect, in content: Rect) -> MapView {
        var fitted = map
        let rings = SimplifiedBoundaries.shared.rings(dotRows: rect.height * 4)
        fitted.outline = rings.land
        fitted.borders = rings.borders
        if !attributionFitsEdge(content) { fitted.attribution = Gazetteer.attribution }
        return fitted
    }

    /// Whether the lower edge of the pane (its inside is `content`) holds the licence's
    /// attribution whole, with a space each side and a corner's room; if not, the map carries it
    /// in its own bottom rows.
    static func attributionFitsEdge(_ content: Rect) -> Bool {
        content.width >= TextWidth.of(Gazetteer.attribution) + 4
    }

    /// Where the list and the map go inside the pane: side by side when wide, stacked when tall
    /// and narrow, only the list when small (the caption then says z enlarges).
    static func split(_ content: Rect) -> (list: Rect, map: Rect?) {
        if content.width >= 72 {
            let parts = content.columns([.fixed(max(36, content.width * 45 / 100)), .fill], spacing: 1)
            return (parts[0], parts[1])
        }
        if content.height >= 18 {
            let parts = content.rows([.percent(50), .fill])
            return (parts[0], parts[1])
        }
        return (content, nil)
    }

    static func detail(_ site: Site, _ state: AppState) -> DetailView {
        let east = LocationText.compassEast.text(state.language)
        let coordinate = site.coordinate.map { String(format: "%.4f° N, %.4f° \(east)", $0.latitude, $0.longitude) }
        var lines: [DetailView.Line] = [
            .init(state.t(CommonText.colCity), site.city.isEmpty ? state.t(CommonText.valueNone) : site.city),
            .init(state.t(CommonText.colOperator), site.operatorID.flatMap { state.document.partners[$0]?.name } ?? state.t(CommonText.valueUnknown)),
            .init(state.t(CommonText.colServices), site.services.map { state.t($0.label) }.joined(separator: "\n")),
            .init(state.t(CommonText.detailCoordinates), coordinate ?? state.t(CommonText.detailMobileSite)),
        ]
        if let origin = state.locations.origin, let point = site.coordinate {
            lines.append(.init(state.t(LocationText.colDistance), NumberFormat.decimal(Geo.distanceKm(origin.point, point), digits: 1, state.language)
                               + " km " + LocationText.distanceFrom(origin.name).text(state.language)))
        }
        if !site.note.isEmpty { lines.append(.init(state.t(CommonText.detailNote), site.note)) }
        return DetailView(heading: site.name, lines: lines)
    }
}

/// Boundary rings simplified by Douglas–Peucker for a map height, computed once per height.
final class SimplifiedBoundaries: @unchecked Sendable {
    static let shared = SimplifiedBoundaries()
    private let lock = NSLock()
    private var cache: [Int: (land: [[GeoPoint]], borders: [[GeoPoint]])] = [:]

    func rings(dotRows: Int) -> (land: [[GeoPoint]], borders: [[GeoPoint]]) {
        lock.lock()
        defer { lock.unlock() }
        if let hit = cache[dotRows] { return hit }
        let span = (Boundaries.bounds.map { $0.maxLatitude - $0.minLatitude }) ?? 2.2
        let tolerance = span / Double(max(1, dotRows)) * 0.75
        let result = (Boundaries.land.map { Boundaries.simplify($0, tolerance: tolerance) },
                      Boundaries.regierungsbezirkBorders.map { Boundaries.simplify($0, tolerance: tolerance) })
        cache[dotRows] = result
        return result
    }
}

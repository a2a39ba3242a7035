import IQCore

/// A place shown on the map.
public struct MapMarker: Equatable, Sendable {
    public var id: String
    public var point: GeoPoint
    public var label: String
    public var isSelected: Bool
    /// Drawn instead of the site dot: the client's place (⌂), a count of sites in one city.
    public var glyph: String?
    /// Drawn beside, not under, a marker in its cell (the client's place in a town with a site).
    public var standsBeside: Bool

    public init(id: String, point: GeoPoint, label: String, isSelected: Bool = false, glyph: String? = nil, standsBeside: Bool = false) {
        self.id = id
        self.point = point
        self.label = label
        self.isSelected = isSelected
        self.glyph = glyph
        self.standsBeside = standsBeside
    }
}

/// What a drawn map knows about its screen: where each marker and label ended up, so a click
/// can select a marker, and the projection, so a click can become a geographic point.
public struct MapHits: Equatable, Sendable {
    public struct Marker: Equatable, Sendable {
        public var id: String
        /// The marker's cell (canvas coordinates).
        public var cell: Point
        /// Its label's text on screen, if the label was shown.
        public var label: Rect?

        public init(id: String, cell: Point, label: Rect? = nil) {
            self.id = id
            self.cell = cell
            self.label = label
        }
    }

    /// The markers drawn, in drawing order (a later one is on top).
    public var markers: [Marker]
    /// nil when no map was drawn (the rect was too small).
    public var projection: MapProjection?

    public init(markers: [Marker] = [], projection: MapProjection? = nil) {
        self.markers = markers
        self.projection = projection
    }

    /// How far from a marker a click still hits it: columns either side, rows above and below.
    public static let reachColumns = 2
    public static let reachRows = 1

    /// The marker a click at canvas cell (x, y) means: the marker drawn in that cell, else the
    /// marker whose label was clicked, else the nearest marker at most 2 columns and 1 row away
    /// (distance counted on screen, a row being two columns tall); nil when nothing is near.
    public func marker(at x: Int, y: Int) -> String? {
        if let m = markers.last(where: { $0.cell.x == x && $0.cell.y == y }) { return m.id }
        if let m = markers.last(where: { $0.label?.contains(x: x, y: y) == true }) { return m.id }
        var best: (id: String, distance: Int)?
        for m in markers {
            let dx = m.cell.x - x, dy = m.cell.y - y
            guard abs(dx) <= Self.reachColumns, abs(dy) <= Self.reachRows else { continue }
            let d = dx * dx + 4 * dy * dy
            if best == nil || d <= best!.distance { best = (m.id, d) }
        }
        return best?.id
    }
}

/// A map of NRW drawn with Braille dots (2×4 per cell) or plain ASCII: the Regierungsbezirk
/// borders dim, the land outline in the border role, markers on top with labels where they fit,
/// and the data's attribution in the bottom row (the licence requires it).
///
/// Line simplification is the caller's job; drawing is one pass over the points into a flat
/// byte buffer per layer, then one pass over the cells.
public struct MapView: Sendable {
    public var outline: [[GeoPoint]]
    public var borders: [[GeoPoint]]
    public var markers: [MapMarker]
    public var ascii: Bool
    public var attribution: String
    /// The area to show; nil fits the outline (or, without one, the markers, or else NRW).
    public var bounds: MapBounds?
    /// Shown instead of the map when the rect is smaller than `minimumSize`.
    public var tooSmallNote: String
    /// What the marks mean, in the top row when the map has room for it.
    public var legend: String = ""

    /// Below this the map would be unreadable, and only `tooSmallNote` is drawn.
    public static let minimumSize = Size(width: 10, height: 5)

    public init(outline: [[GeoPoint]], borders: [[GeoPoint]] = [], markers: [MapMarker] = [], ascii: Bool = false,
                attribution: String, bounds: MapBounds? = nil, tooSmallNote: String = "Karte zu klein", legend: String = "") {
        self.legend = legend
        self.outline = outline
        self.borders = borders
        self.markers = markers
        self.ascii = ascii
        self.attribution = attribution
        self.bounds = bounds
        self.tooSmallNote = tooSmallNote
    }

    /// The area actually shown.
    public var effectiveBounds: MapBounds {
        bounds ?? MapBounds(containing: outline.joined()) ?? MapBounds(containing: markers.map(\.point)) ?? .nrw
    }

    /// Clears the rect and draws the map into it.
    @discardableResult
    public func draw(in rect: Rect, on canvas: inout Canvas) -> MapHits {
        guard !rect.isEmpty else { return MapHits() }
        canvas.fill(rect)
        guard rect.width >= Self.minimumSize.width, rect.height >= Self.minimumSize.height else {
            canvas.put(tooSmallNote, x: rect.x, y: rect.y + (rect.height - 1) / 2, maxWidth: rect.width, role: .dim)
            return MapHits()
        }
        // The attribution takes the bottom row, or two when the map is narrower than it.
        let credit = attribution.isEmpty ? [] : DetailView.wrap(attribution, width: rect.width)
        // The legend only where the map keeps at least twice its minimum height below it.
        let wrapped = legend.isEmpty ? [] : DetailView.wrap(legend, width: rect.width)
        let legendRows = rect.height - credit.count - wrapped.count >= 2 * Self.minimumSize.height ? wrapped : []
        for (i, line) in legendRows.enumerated() { canvas.put(line, x: rect.x, y: rect.y + i, maxWidth: rect.width, role: .dim) }
        let area = Rect(x: rect.x, y: rect.y + legendRows.count, width: rect.width, height: rect.height - credit.count - legendRows.count)
        let projection = MapProjection(bounds: effectiveBounds, rect: area)

        // Lines: two layers so the outline can win the role of a cell both touch.
        var land = BrailleRaster(columns: area.width, rows: area.height)
        var inner = BrailleRaster(columns: area.width, rows: area.height)
        for ring in borders { Self.rasterise(ring, projection, into: &inner) }
        for ring in outline { Self.rasterise(ring, projection, into: &land) }
        for row in 0..<area.height {
            for column in 0..<area.width {
                let i = row * area.width + column
                let l = land.bits[i], b = inner.bits[i]
                guard l | b != 0 else { continue }
                if ascii && Self.isStray(l != 0 ? land : inner, column, row) { continue }
                // A Regierungsbezirk border alone is dashed (every other cell; ':' in ASCII), so it
                // differs from the solid outline without colour too.
                if l == 0 && (column + row) % 2 == 1 { continue }
                // Braille shows both layers' dots; ASCII reads a shape from one layer's dots only.
                let glyph = ascii ? (l != 0 ? BrailleRaster.asciiGlyphs[Int(l)] : ":") : BrailleRaster.brailleGlyphs[Int(l | b)]
                Self.putGlyph(glyph, area.x + column, area.y + row, l != 0 ? .border : .dim, on: &canvas)
            }
        }

        // Markers inside the map, selected ones drawn last (on top).
        var shown: [(marker: MapMarker, cell: Point)] = []
        for marker in markers where !marker.isSelected {
            if let cell = projection.cell(marker.point) { shown.append((marker, cell)) }
        }
        for marker in markers where marker.isSelected {
            if let cell = projection.cell(marker.point) { shown.append((marker, cell)) }
        }
        // A marker that stands beside moves one cell left (right at the edge) off a shared cell.
        for i in shown.indices where shown[i].marker.standsBeside {
            let cell = shown[i].cell
            guard shown.indices.contains(where: { $0 != i && shown[$0].cell == cell }) else { continue }
            shown[i].cell.x = cell.x > area.x ? cell.x - 1 : cell.x + 1
        }
        var placer = MapLabelPlacer(area: area, ellipsis: canvas.ellipsis)
        let placements = placer.place(shown.map { .init(cell: $0.cell, text: $0.marker.label, isSelected: $0.marker.isSelected) })
        var labelRects = [Rect?](repeating: nil, count: shown.count)
        for p in placements { labelRects[p.item] = p.rect }

        let markerCells = Set(shown.map { $0.cell.y * canvas.width + $0.cell.x })
        for p in placements where !p.isSelected { Self.drawLabel(p, in: area, markerCells: markerCells, on: &canvas) }
        for (marker, cell) in shown {
            let glyph = marker.isSelected ? (ascii ? "@" : "◉") : marker.glyph ?? (ascii ? "o" : "●")
            Self.putGlyph(glyph, cell.x, cell.y, marker.isSelected ? .selection : .accent, on: &canvas)
        }
        for p in placements where p.isSelected { Self.drawLabel(p, in: area, markerCells: markerCells, on: &canvas) }

        for (i, line) in credit.enumerated() {
            let width = TextWidth.of(line)
            let x = width <= rect.width ? rect.maxX - width : rect.x
            canvas.put(line, x: x, y: rect.maxY - credit.count + i, maxWidth: rect.maxX - x, role: .dim)
        }
        let hits = shown.indices.map { MapHits.Marker(id: shown[$0].marker.id, cell: shown[$0].cell, label: labelRects[$0]) }
        return MapHits(markers: hits, projection: projection)
    }

    /// A ring or polyline into the dot grid; a ring is closed back to its first point.
    private static func rasterise(_ ring: [GeoPoint], _ projection: MapProjection, into raster: inout BrailleRaster) {
        guard let first = ring.first else { return }
        let ox = Double(projection.rect.x), oy = Double(projection.rect.y)
        @inline(__always) func dot(_ p: GeoPoint) -> (x: Double, y: Double) {
            let (x, y) = projection.project(p)
            return ((x - ox) * 2, (y - oy) * 4)
        }
        let start = dot(first)
        var previous = start
        for p in ring.dropFirst() {
            let d = dot(p)
            raster.line(from: previous, to: d)
            previous = d
        }
        raster.line(from: previous, to: start)
    }

    /// In ASCII a lone dot beside a fuller cell is where a steep line clips a corner: drawn as
    /// `'` or `.` it doubles the line, so it is left out.
    private static func isStray(_ raster: BrailleRaster, _ column: Int, _ row: Int) -> Bool {
        let p = raster.pattern(column: column, row: row)
        guard p & (p - 1) == 0 else { return false }
        return raster.pattern(column: column - 1, row: row).nonzeroBitCount >= 2
            || raster.pattern(column: column + 1, row: row).nonzeroBitCount >= 2
    }

    /// One width-1 glyph into one cell (fill writes it as is, without put's text handling).
    @inline(__always)
    private static func putGlyph(_ glyph: String, _ x: Int, _ y: Int, _ role: StyleRole, on canvas: inout Canvas) {
        canvas.fill(Rect(x: x, y: y, width: 1, height: 1), role: role, glyph: glyph)
    }

    /// A label with a blank column either side, where that is inside the map and not a marker.
    private static func drawLabel(_ p: MapLabelPlacer.Placement, in area: Rect, markerCells: Set<Int>, on canvas: inout Canvas) {
        for x in [p.x - 1, p.x + p.width] where area.contains(x: x, y: p.y) && !markerCells.contains(p.y * canvas.width + x) {
            putGlyph(" ", x, p.y, .normal, on: &canvas)
        }
        canvas.put(p.text, x: p.x, y: p.y, maxWidth: p.width, role: p.isSelected ? .selection : .label)
    }
}

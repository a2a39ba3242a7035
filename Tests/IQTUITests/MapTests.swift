import Foundation
import XCTest
@testable import IQCore
@testable import IQTUI

/// A TEST SHAPE, not real geography: a rough 10-point polygon vaguely like NRW, made up for
/// these tests, with one made-up inner ring standing in for a Regierungsbezirk.
private enum TestShape {
    static let outline: [[GeoPoint]] = [[
        GeoPoint(52.30, 7.05), GeoPoint(52.45, 7.90), GeoPoint(52.52, 8.70), GeoPoint(51.90, 9.42),
        GeoPoint(51.40, 8.95), GeoPoint(50.75, 8.20), GeoPoint(50.33, 6.40), GeoPoint(50.75, 5.90),
        GeoPoint(51.45, 6.05), GeoPoint(51.85, 6.15),
    ]]
    static let borders: [[GeoPoint]] = [[
        GeoPoint(51.45, 6.05), GeoPoint(51.50, 7.30), GeoPoint(50.75, 8.20), GeoPoint(50.33, 6.40),
        GeoPoint(50.75, 5.90),
    ]]
    static let markers = [
        MapMarker(id: "k", point: GeoPoint(50.94, 6.96), label: "Köln"),
        MapMarker(id: "bi", point: GeoPoint(52.03, 8.53), label: "Bielefeld", isSelected: true),
        MapMarker(id: "ms", point: GeoPoint(51.96, 7.63), label: "Münster"),
    ]
    static let attribution = "© Testdaten"

    static func view(ascii: Bool = false, markers: [MapMarker] = markers) -> MapView {
        MapView(outline: outline, borders: borders, markers: markers, ascii: ascii, attribution: attribution)
    }

    static func render(_ width: Int, _ height: Int, ascii: Bool = false, markers: [MapMarker] = markers) -> (Canvas, MapHits) {
        var canvas = Canvas(width: width, height: height, ascii: ascii)
        let hits = view(ascii: ascii, markers: markers).draw(in: canvas.bounds, on: &canvas)
        return (canvas, hits)
    }
}

final class MapTests: XCTestCase {
    // MARK: Projection

    func testSquareOnTheGroundIsTwiceAsManyColumnsAsRows() {
        for rect in [Rect(x: 0, y: 0, width: 80, height: 30), Rect(x: 3, y: 2, width: 200, height: 60), Rect(x: 0, y: 0, width: 30, height: 40)] {
            let projection = MapProjection(bounds: .nrw, rect: rect)
            let lat = 51.4
            let a = projection.project(GeoPoint(lat + 0.5, 7.0))
            let b = projection.project(GeoPoint(lat - 0.5, 7.0 + 1 / cos(lat * .pi / 180)))
            let columns = b.x - a.x, rows = b.y - a.y
            XCTAssertGreaterThan(rows, 0)
            XCTAssertEqual(columns / rows, 2, accuracy: 2 * 0.15, "\(rect)")
        }
    }

    func testBoxFitsInsideTheRectCentred() {
        for rect in [Rect(x: 0, y: 0, width: 40, height: 16), Rect(x: 5, y: 3, width: 80, height: 30),
                     Rect(x: 1, y: 1, width: 200, height: 60), Rect(x: 0, y: 0, width: 20, height: 40)] {
            let p = MapProjection(bounds: .nrw, rect: rect)
            let nw = p.project(GeoPoint(MapBounds.nrw.maxLatitude, MapBounds.nrw.minLongitude))
            let se = p.project(GeoPoint(MapBounds.nrw.minLatitude, MapBounds.nrw.maxLongitude))
            let eps = 1e-9
            XCTAssertGreaterThanOrEqual(nw.x, Double(rect.x) - eps)
            XCTAssertGreaterThanOrEqual(nw.y, Double(rect.y) - eps)
            XCTAssertLessThanOrEqual(se.x, Double(rect.maxX) + eps)
            XCTAssertLessThanOrEqual(se.y, Double(rect.maxY) + eps)
            // Letterboxed: one side filled, the other centred.
            let fillsWidth = abs((se.x - nw.x) - Double(rect.width)) < 1e-6
            let fillsHeight = abs((se.y - nw.y) - Double(rect.height)) < 1e-6
            XCTAssertTrue(fillsWidth || fillsHeight, "\(rect)")
            XCTAssertEqual(nw.x - Double(rect.x), Double(rect.maxX) - se.x, accuracy: 1e-6)
            XCTAssertEqual(nw.y - Double(rect.y), Double(rect.maxY) - se.y, accuracy: 1e-6)
        }
    }

    func testInverseRoundTripsWithinACell() {
        let rect = Rect(x: 2, y: 1, width: 60, height: 24)
        let p = MapProjection(bounds: .nrw, rect: rect)
        for y in rect.y..<rect.maxY {
            for x in rect.x..<rect.maxX {
                XCTAssertEqual(p.cell(p.geoPoint(cellX: x, cellY: y)), Point(x: x, y: y))
            }
        }
        var lat = 50.4
        while lat < 52.5 {
            var lon = 5.9
            while lon < 9.4 {
                let point = GeoPoint(lat, lon)
                let a = p.project(point)
                let back = p.geoPoint(x: a.x, y: a.y)
                XCTAssertEqual(back.latitude, lat, accuracy: 1e-9)
                XCTAssertEqual(back.longitude, lon, accuracy: 1e-9)
                if let cell = p.cell(point) {
                    let centre = p.project(p.geoPoint(cellX: cell.x, cellY: cell.y))
                    XCTAssertLessThanOrEqual(abs(centre.x - a.x), 1)
                    XCTAssertLessThanOrEqual(abs(centre.y - a.y), 1)
                } else {
                    XCTFail("\(point) outside")
                }
                lon += 0.23
            }
            lat += 0.17
        }
    }

    // MARK: Raster

    func testBrailleBitsOfSingleDots() {
        let expected: [(Int, Int, UInt8)] = [(0, 0, 0x01), (0, 1, 0x02), (0, 2, 0x04), (1, 0, 0x08),
                                             (1, 1, 0x10), (1, 2, 0x20), (0, 3, 0x40), (1, 3, 0x80)]
        for (x, y, bits) in expected {
            var r = BrailleRaster(columns: 1, rows: 1)
            r.setDot(x: x, y: y)
            XCTAssertEqual(r.pattern(column: 0, row: 0), bits, "dot (\(x),\(y))")
            XCTAssertTrue(r.isSet(x: x, y: y))
            XCTAssertEqual(r.glyph(column: 0, row: 0, ascii: false), String(Character(Unicode.Scalar(0x2800 + UInt32(bits))!)))
        }
        var all = BrailleRaster(columns: 1, rows: 1)
        for (x, y, _) in expected { all.setDot(x: x, y: y) }
        XCTAssertEqual(all.glyph(column: 0, row: 0, ascii: false), "⣿")
        var r = BrailleRaster(columns: 2, rows: 1)
        r.setDot(x: 4, y: 0)
        r.setDot(x: -1, y: 0)
        r.setDot(x: 0, y: 4)
        XCTAssertEqual(r.bits, [0, 0], "dots off the grid are dropped")
        XCTAssertNil(r.glyph(column: 0, row: 0, ascii: false))
    }

    func testBrailleLines() {
        var diagonal = BrailleRaster(columns: 2, rows: 1)
        diagonal.line(x0: 0, y0: 0, x1: 3, y1: 3)
        XCTAssertEqual(diagonal.bits, [0x11, 0x84])
        XCTAssertEqual((0..<2).compactMap { diagonal.glyph(column: $0, row: 0, ascii: false) }.joined(), "⠑⢄")

        var flat = BrailleRaster(columns: 2, rows: 1)
        flat.line(x0: 3, y0: 0, x1: 0, y1: 0)
        XCTAssertEqual(flat.bits, [0x09, 0x09])

        var steep = BrailleRaster(columns: 1, rows: 2)
        steep.line(x0: 1, y0: 0, x1: 1, y1: 7)
        XCTAssertEqual(steep.bits, [0xB8, 0xB8])

        // A segment clipped to the grid, one far outside costs nothing and draws nothing.
        var clipped = BrailleRaster(columns: 2, rows: 1)
        clipped.line(from: (-10, 1.5), to: (100, 1.5))
        XCTAssertEqual(clipped.bits, [0x12, 0x12])
        var outside = BrailleRaster(columns: 2, rows: 1)
        outside.line(from: (-1e9, -5), to: (1e9, -5))
        XCTAssertEqual(outside.bits, [0, 0])
    }

    func testASCIIGlyphsReadTheDirection() {
        XCTAssertEqual(BrailleRaster.asciiGlyph(0x47), "|")   // left column, all four rows
        XCTAssertEqual(BrailleRaster.asciiGlyph(0x12), "-")   // row 1, both columns
        XCTAssertEqual(BrailleRaster.asciiGlyph(0xC0), "_")   // bottom row
        XCTAssertEqual(BrailleRaster.asciiGlyph(0x11), "\\")  // (0,0) (1,1)
        XCTAssertEqual(BrailleRaster.asciiGlyph(0x0A), "/")   // (0,1) (1,0)
        XCTAssertEqual(BrailleRaster.asciiGlyph(0x40), ".")
        XCTAssertEqual(BrailleRaster.asciiGlyph(0), " ")
        XCTAssertTrue(BrailleRaster.asciiGlyphs.allSatisfy { $0.count == 1 && $0.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } })
    }

    // MARK: Screens

    func testGoldens() {
        for (w, h) in [(40, 16), (80, 30), (30, 12)] {
            assertGolden(TestShape.render(w, h).0, "map-braille-\(w)x\(h)")
            assertGolden(TestShape.render(w, h, ascii: true).0, "map-ascii-\(w)x\(h)")
        }
    }

    /// The real outline and Regierungsbezirke (BKG VG5000 via Boundaries), to see NRW itself.
    func testGoldenOfTheRealOutline() {
        XCTAssertGreaterThan(Boundaries.land.map(\.count).reduce(0, +), 100)
        let view = MapView(outline: Boundaries.land, borders: Boundaries.regierungsbezirke.flatMap(\.rings),
                           markers: TestShape.markers, attribution: "© GeoBasis-DE / BKG 2021 (Daten verändert)")
        var canvas = Canvas(width: 60, height: 24)
        view.draw(in: canvas.bounds, on: &canvas)
        assertGolden(canvas, "map-braille-nrw-60x24")
    }

    func testASCIIModeHasNoBraille() {
        for (w, h) in [(40, 16), (80, 30), (200, 60)] {
            let (canvas, _) = TestShape.render(w, h, ascii: true)
            let text = canvas.text()
            XCTAssertFalse(text.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) }, "\(w)x\(h)")
            XCTAssertFalse(text.contains("●") || text.contains("◉"))
            XCTAssertTrue(text.contains("@") && text.contains("o"))
            XCTAssertTrue(text.contains("Bielefeld"))
        }
        let braille = TestShape.render(80, 30).0.text()
        XCTAssertTrue(braille.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })
        XCTAssertTrue(braille.contains("◉") && braille.contains("●"))
    }

    func testRolesOfLinesMarkersAndLabels() {
        let (canvas, hits) = TestShape.render(80, 30)
        var roles = Set<StyleRole>()
        for y in 0..<canvas.height { for x in 0..<canvas.width { roles.insert(canvas[x, y].role) } }
        XCTAssertTrue(roles.isSuperset(of: [.border, .dim, .selection, .accent, .label]))
        let bi = hits.markers.first { $0.id == "bi" }!
        XCTAssertEqual(canvas[bi.cell.x, bi.cell.y], Cell("◉", role: .selection))
        let k = hits.markers.first { $0.id == "k" }!
        XCTAssertEqual(canvas[k.cell.x, k.cell.y], Cell("●", role: .accent))
        let label = bi.label!
        XCTAssertEqual(canvas[label.x, label.y].role, .selection)
        XCTAssertTrue(canvas.row(label.y).contains("Bielefeld"))
    }

    func testTheMapScalesAndATinyRectGetsANote() {
        let (small, smallHits) = TestShape.render(30, 12)
        XCTAssertEqual(smallHits.markers.count, 3)
        XCTAssertTrue(small.text().contains("Bielefeld"))
        var canvas = Canvas(width: 9, height: 4)
        let hits = TestShape.view().draw(in: canvas.bounds, on: &canvas)
        XCTAssertEqual(hits, MapHits())
        XCTAssertNil(hits.marker(at: 4, y: 2))
        XCTAssertEqual(canvas.text().trimmingCharacters(in: .whitespacesAndNewlines), "Karte zu…")
    }

    func testAttributionIsOnTheBottomRowCutToFit() {
        for (w, h) in [(40, 16), (80, 30)] {
            let (canvas, _) = TestShape.render(w, h)
            XCTAssertTrue(canvas.row(h - 1).hasSuffix(TestShape.attribution), "right-aligned in the bottom row")
            for x in (w - TestShape.attribution.count)..<w { XCTAssertEqual(canvas[x, h - 1].role, .dim) }
            for y in 0..<(h - 1) { XCTAssertFalse(canvas.row(y).contains("Testdaten")) }
        }
        let long = "© GeoBasis-DE / BKG 2021 (Daten verändert), dl-de/by-2-0"
        var canvas = Canvas(width: 30, height: 12)
        MapView(outline: TestShape.outline, markers: TestShape.markers, attribution: long).draw(in: canvas.bounds, on: &canvas)
        // Wider than the map: wrapped over the bottom rows, whole (the licence asks for it).
        XCTAssertEqual(canvas.row(9).trimmingCharacters(in: .whitespaces), "© GeoBasis-DE / BKG 2021")
        XCTAssertEqual(canvas.row(10).trimmingCharacters(in: .whitespaces), "(Daten verändert),")
        XCTAssertEqual(canvas.row(11).trimmingCharacters(in: .whitespaces), "dl-de/by-2-0")
        // Inside a rect away from the origin: its own bottom row, nothing outside touched.
        var framed = Canvas(width: 50, height: 20)
        framed.fill(framed.bounds, glyph: "#")
        TestShape.view().draw(in: Rect(x: 5, y: 2, width: 40, height: 16), on: &framed)
        XCTAssertTrue(framed.row(17).hasSuffix(TestShape.attribution + "#####"))
        XCTAssertEqual(framed.row(1), String(repeating: "#", count: 50))
        XCTAssertEqual(framed.row(18), String(repeating: "#", count: 50))
        XCTAssertTrue((2..<18).allSatisfy { framed.row($0).hasPrefix("#####") && framed.row($0).hasSuffix("#####") })
    }

    // MARK: Labels

    /// Markers packed into the Ruhr: labels must dodge each other and the markers.
    private static let crowd: [MapMarker] = {
        let names = ["Duisburg", "Oberhausen", "Mülheim", "Essen", "Bottrop", "Gelsenkirchen", "Bochum", "Herne",
                     "Dortmund", "Hagen", "Recklinghausen", "Wuppertal", "Düsseldorf", "Krefeld", "Solingen", "Hamm"]
        var markers: [MapMarker] = []
        for (i, name) in names.enumerated() {
            let point = GeoPoint(51.2 + Double(i % 4) * 0.12, 6.7 + Double(i / 4) * 0.2 + Double(i % 3) * 0.03)
            markers.append(MapMarker(id: "m\(i)", point: point, label: name, isSelected: name == "Herne"))
        }
        return markers
    }()

    func testCrowdedLabelsNeverOverlapLabelsOrMarkers() {
        for ascii in [false, true] {
            for (w, h) in [(40, 16), (60, 20), (80, 30), (120, 40)] {
                let (canvas, hits) = TestShape.render(w, h, ascii: ascii, markers: Self.crowd)
                let labels = hits.markers.compactMap(\.label)
                XCTAssertGreaterThan(labels.count, 1, "\(w)x\(h)")
                let area = Rect(x: 0, y: 0, width: w, height: h - 1)
                for (i, a) in labels.enumerated() {
                    XCTAssertTrue(area.contains(x: a.x, y: a.y) && area.contains(x: a.maxX - 1, y: a.y), "label inside the map")
                    for b in labels[(i + 1)...] where a.y == b.y {
                        // One blank column at least between two labels.
                        XCTAssertTrue(a.maxX < b.x || b.maxX < a.x, "\(a) and \(b) touch at \(w)x\(h)")
                    }
                    for m in hits.markers {
                        XCTAssertFalse(a.contains(x: m.cell.x, y: m.cell.y), "label \(a) covers marker \(m.id)")
                    }
                }
                let marker = ascii ? ["o", "@"] : ["●", "◉"]
                for m in hits.markers { XCTAssertTrue(marker.contains(canvas[m.cell.x, m.cell.y].glyph), "marker \(m.id) drawn") }
                let herne = hits.markers.first { $0.id == "m7" }!
                XCTAssertNotNil(herne.label, "the selected label is always shown")
                XCTAssertEqual(canvas[herne.cell.x, herne.cell.y].glyph, ascii ? "@" : "◉")
                XCTAssertTrue(canvas.text().contains("Herne"))
                // Every label shown is on screen, whole.
                for m in hits.markers { if let r = m.label { XCTAssertEqual(canvas[r.x, r.y].role, m.id == "m7" ? .selection : .label) } }
            }
        }
    }

    func testSelectedLabelIsShownEvenWithNoRoomAroundIt() {
        // A block of markers three rows high and wide: every spot around the middle one is taken.
        var markers: [MapMarker] = []
        let p = MapProjection(bounds: MapBounds(containing: TestShape.outline.joined())!, rect: Rect(x: 0, y: 0, width: 40, height: 15))
        for dy in -1...1 {
            for dx in -12...12 {
                let g = p.geoPoint(cellX: 20 + dx, cellY: 7 + dy)
                markers.append(MapMarker(id: "\(dx),\(dy)", point: g, label: "Ort \(dx),\(dy)", isSelected: dx == 0 && dy == 0))
            }
        }
        let (canvas, hits) = TestShape.render(40, 16, markers: markers)
        let selected = hits.markers.first { $0.id == "0,0" }!
        XCTAssertEqual(selected.cell, Point(x: 20, y: 7))
        XCTAssertNotNil(selected.label)
        XCTAssertTrue(canvas.text().contains("Ort 0,0"))
        XCTAssertEqual(canvas[20, 7].glyph, "◉")
    }

    // MARK: Hits

    func testMarkerAtFindsTheNearestMarkerNearby() {
        let (_, hits) = TestShape.render(80, 30)
        XCTAssertEqual(hits.markers.map(\.id).sorted(), ["bi", "k", "ms"])
        XCTAssertEqual(hits.markers.last?.id, "bi", "the selected marker is drawn last")
        for m in hits.markers {
            XCTAssertEqual(hits.marker(at: m.cell.x, y: m.cell.y), m.id)
            XCTAssertEqual(hits.marker(at: m.cell.x - 2, y: m.cell.y), m.id)
            XCTAssertEqual(hits.marker(at: m.cell.x + 1, y: m.cell.y + 1), m.id)
            XCTAssertNil(hits.marker(at: m.cell.x, y: m.cell.y + 3))
            XCTAssertNil(hits.marker(at: m.cell.x - 6, y: m.cell.y))
            if let label = m.label { XCTAssertEqual(hits.marker(at: label.maxX - 1, y: label.y), m.id, "a click on the label") }
        }
        XCTAssertNil(hits.marker(at: 0, y: 0))
        // Two markers close together: the nearer one wins.
        let hits2 = MapHits(markers: [.init(id: "a", cell: Point(x: 10, y: 5)), .init(id: "b", cell: Point(x: 13, y: 5))])
        XCTAssertEqual(hits2.marker(at: 11, y: 5), "a")
        XCTAssertEqual(hits2.marker(at: 12, y: 5), "b")
        XCTAssertEqual(hits2.marker(at: 12, y: 6), "b")
        XCTAssertNil(hits2.marker(at: 16, y: 5))
        // The projection comes back for turning a click into a place.
        let projection = hits.projection!
        let k = hits.markers.first { $0.id == "k" }!
        let g = projection.geoPoint(cellX: k.cell.x, cellY: k.cell.y)
        XCTAssertEqual(g.latitude, 50.94, accuracy: 0.1)
        XCTAssertEqual(g.longitude, 6.96, accuracy: 0.1)
    }

    func testMarkersOutsideTheMapAreLeftOut() {
        let far = MapMarker(id: "far", point: GeoPoint(48.1, 11.6), label: "München")
        let (_, hits) = TestShape.render(40, 16, markers: TestShape.markers + [far])
        XCTAssertFalse(hits.markers.contains { $0.id == "far" })
        XCTAssertEqual(hits.markers.count, 3)
    }
}

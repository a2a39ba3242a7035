// NRW's outline, its five Regierungsbezirke and 53 Kreise / kreisfreie Städte, compiled in
// (Generated/BoundaryData.swift, made by scripts/embed-geo.py from
// shared/domain/geo/nrw-boundaries.geojson, simplified there to about 400 m) and parsed on first
// use. Wherever this data is drawn or used, show `Gazetteer.attribution`.
//
// A region's rings are closed (the last point repeats the first) and listed without telling outer
// rings from holes: containment uses the even-odd rule over all of them, which is right for both.

import Foundation

/// A closed ring of points (first == last), in the order the source gives them.
public typealias BoundaryRing = [GeoPoint]

/// The smallest latitude/longitude box around some points.
public struct GeoBounds: Equatable, Sendable {
    public var minLatitude: Double
    public var maxLatitude: Double
    public var minLongitude: Double
    public var maxLongitude: Double

    public init(minLatitude: Double, maxLatitude: Double, minLongitude: Double, maxLongitude: Double) {
        self.minLatitude = minLatitude
        self.maxLatitude = maxLatitude
        self.minLongitude = minLongitude
        self.maxLongitude = maxLongitude
    }

    /// The box around all points of the rings; nil when there are none.
    public init?(_ rings: [BoundaryRing]) {
        guard let first = rings.lazy.flatMap({ $0 }).first else { return nil }
        self.init(minLatitude: first.latitude, maxLatitude: first.latitude,
                  minLongitude: first.longitude, maxLongitude: first.longitude)
        for ring in rings {
            for p in ring {
                minLatitude = min(minLatitude, p.latitude)
                maxLatitude = max(maxLatitude, p.latitude)
                minLongitude = min(minLongitude, p.longitude)
                maxLongitude = max(maxLongitude, p.longitude)
            }
        }
    }

    public func contains(_ p: GeoPoint) -> Bool {
        (minLatitude...maxLatitude).contains(p.latitude) && (minLongitude...maxLongitude).contains(p.longitude)
    }
}

/// The Land, a Regierungsbezirk or a Kreis (kreisfreie Städte included), with its rings.
public struct Region: Equatable, Sendable {
    public enum Level: String, Sendable {
        case land, regierungsbezirk, kreis
    }

    public let level: Level
    public let name: String
    /// For a Kreis: "Kreis" or "Kreisfreie Stadt"; else empty.
    public let type: String
    /// For a Kreis: the Regierungsbezirk it belongs to; else empty.
    public let regierungsbezirk: String
    public let rings: [BoundaryRing]
    public let bounds: GeoBounds?

    public init(level: Level, name: String, type: String = "", regierungsbezirk: String = "", rings: [BoundaryRing]) {
        self.level = level
        self.name = name
        self.type = type
        self.regierungsbezirk = regierungsbezirk
        self.rings = rings
        self.bounds = GeoBounds(rings)
    }

    /// Whether the point lies inside (even-odd rule over all rings; a point exactly on an edge
    /// may fall either way).
    public func contains(_ p: GeoPoint) -> Bool {
        guard let bounds, bounds.contains(p) else { return false }
        var inside = false
        for ring in rings where ring.count >= 3 {
            var j = ring.count - 1
            for i in ring.indices {
                let a = ring[i], b = ring[j]
                if (a.latitude > p.latitude) != (b.latitude > p.latitude) {
                    let crossLongitude = a.longitude + (p.latitude - a.latitude) / (b.latitude - a.latitude) * (b.longitude - a.longitude)
                    if p.longitude < crossLongitude { inside.toggle() }
                }
                j = i
            }
        }
        return inside
    }
}

public enum Boundaries {
    /// Every region of the data, in source order: the Land, the Regierungsbezirke, the Kreise.
    public static let regions: [Region] = parse(BoundaryData.text)

    /// The outline of Nordrhein-Westfalen.
    public static let land: [BoundaryRing] = regions.first { $0.level == .land }?.rings ?? []
    /// Arnsberg, Detmold, Düsseldorf, Köln, Münster (source order).
    public static let regierungsbezirke: [Region] = regions.filter { $0.level == .regierungsbezirk }
    /// Their rings, the borders a map draws inside the outline.
    public static let regierungsbezirkBorders: [BoundaryRing] = regierungsbezirke.flatMap(\.rings)
    /// The 31 Kreise and 22 kreisfreie Städte.
    public static let kreise: [Region] = regions.filter { $0.level == .kreis }
    /// The box around the Land.
    public static let bounds: GeoBounds? = GeoBounds(land)

    /// The name of the Regierungsbezirk the point lies in, or nil outside NRW.
    public static func regierungsbezirk(containing point: GeoPoint) -> String? {
        regierungsbezirke.first { $0.contains(point) }?.name
    }

    /// The Kreis or kreisfreie Stadt the point lies in, or nil outside NRW.
    public static func kreis(containing point: GeoPoint) -> Region? {
        kreise.first { $0.contains(point) }
    }

    // MARK: Simplification

    /// How much narrower a degree of longitude is than one of latitude at NRW's middle (51.4° N).
    public static let longitudeScale = cos(51.4 * Double.pi / 180)

    /// Douglas–Peucker: drops points that lie within `tolerance` (in degrees of latitude, about
    /// 111 km each) of the line their kept neighbours span, measured in a plane where longitude
    /// is scaled by cos(51.4°) so both axes mean the same distance. The first and last points
    /// always stay; a tolerance of 0 or less keeps everything.
    public static func simplify(_ ring: [GeoPoint], tolerance: Double) -> [GeoPoint] {
        guard ring.count > 2, tolerance > 0 else { return ring }
        let xs = ring.map { $0.longitude * longitudeScale }
        let ys = ring.map(\.latitude)
        var keep = [Bool](repeating: false, count: ring.count)
        keep[0] = true
        keep[ring.count - 1] = true
        var spans = [(ring.startIndex, ring.count - 1)]
        while let (first, last) = spans.popLast() {
            guard last - first > 1 else { continue }
            var farthest = first, farthestDistance = -1.0
            for i in (first + 1)..<last {
                let d = segmentDistance(xs[i], ys[i], xs[first], ys[first], xs[last], ys[last])
                if d > farthestDistance { (farthest, farthestDistance) = (i, d) }
            }
            if farthestDistance > tolerance {
                keep[farthest] = true
                spans.append((first, farthest))
                spans.append((farthest, last))
            }
        }
        return ring.indices.filter { keep[$0] }.map { ring[$0] }
    }

    /// The distance from (px, py) to the segment from (ax, ay) to (bx, by); to a point when the
    /// segment has no length (a closed ring's first span).
    static func segmentDistance(_ px: Double, _ py: Double, _ ax: Double, _ ay: Double, _ bx: Double, _ by: Double) -> Double {
        let dx = bx - ax, dy = by - ay
        let lengthSquared = dx * dx + dy * dy
        var t = lengthSquared > 0 ? ((px - ax) * dx + (py - ay) * dy) / lengthSquared : 0
        t = max(0, min(1, t))
        let cx = ax + t * dx - px, cy = ay + t * dy - py
        return (cx * cx + cy * cy).squareRoot()
    }
}

import Foundation
import IQCore

/// The map's bounding box is IQCore's GeoBounds (one type for both).
public typealias MapBounds = GeoBounds

extension GeoBounds {
    /// The smallest box holding all points, or nil for none.
    public init?<S: Sequence>(containing points: S) where S.Element == GeoPoint {
        var it = points.makeIterator()
        guard let first = it.next() else { return nil }
        var b = GeoBounds(minLatitude: first.latitude, maxLatitude: first.latitude,
                          minLongitude: first.longitude, maxLongitude: first.longitude)
        while let p = it.next() {
            b.minLatitude = min(b.minLatitude, p.latitude)
            b.maxLatitude = max(b.maxLatitude, p.latitude)
            b.minLongitude = min(b.minLongitude, p.longitude)
            b.maxLongitude = max(b.maxLongitude, p.longitude)
        }
        self = b
    }

    /// North Rhine-Westphalia: lat 50.32–52.53, lon 5.87–9.45.
    public static let nrw = GeoBounds(minLatitude: 50.32, maxLatitude: 52.53, minLongitude: 5.87, maxLongitude: 9.45)

    public var midLatitude: Double { (minLatitude + maxLatitude) / 2 }

    /// The box grown by a fraction of its size on every side (0.05 = 5 %).
    public func padded(by fraction: Double) -> GeoBounds {
        let dLat = (maxLatitude - minLatitude) * fraction, dLon = (maxLongitude - minLongitude) * fraction
        return GeoBounds(minLatitude: minLatitude - dLat, maxLatitude: maxLatitude + dLat,
                         minLongitude: minLongitude - dLon, maxLongitude: maxLongitude + dLon)
    }
}

/// Places geographic points on the terminal: equirectangular, longitude scaled by the cosine of
/// the box's middle latitude so shapes keep their proportions on the ground, and a cell counted
/// `cellAspect` (2) times as tall as wide. The box is fitted into the rect without distortion,
/// centred, the spare room left empty on two sides (letterboxed).
///
/// Coordinates are fractional canvas cells: cell (x, y) covers [x, x+1) × [y, y+1). In Braille
/// mode a cell is 2×4 dots, so dot (dx, dy) of the rect is at cell coordinate rect.x + dx/2,
/// rect.y + dy/4, and dots are about square on screen.
public struct MapProjection: Equatable, Sendable {
    public let bounds: MapBounds
    public let rect: Rect
    public let cellAspect: Double
    /// Columns per degree of longitude and rows per degree of latitude.
    public let columnsPerDegree: Double
    public let rowsPerDegree: Double
    /// Where the box's north-west corner lands (fractional cells, canvas coordinates).
    public let originX: Double
    public let originY: Double

    public init(bounds: MapBounds, rect: Rect, cellAspect: Double = 2) {
        self.bounds = bounds
        self.rect = rect
        self.cellAspect = cellAspect
        let k = cos(bounds.midLatitude * .pi / 180)
        // The box on the ground, in degrees of latitude.
        let groundWidth = max((bounds.maxLongitude - bounds.minLongitude) * k, 1e-9)
        let groundHeight = max(bounds.maxLatitude - bounds.minLatitude, 1e-9)
        // Screen units per ground degree, a unit being a cell's width.
        let scale = max(0, min(Double(rect.width) / groundWidth, Double(rect.height) * cellAspect / groundHeight))
        columnsPerDegree = k * scale
        rowsPerDegree = scale / cellAspect
        let usedWidth = (bounds.maxLongitude - bounds.minLongitude) * columnsPerDegree
        let usedHeight = (bounds.maxLatitude - bounds.minLatitude) * rowsPerDegree
        originX = Double(rect.x) + (Double(rect.width) - usedWidth) / 2
        originY = Double(rect.y) + (Double(rect.height) - usedHeight) / 2
    }

    /// Fractional canvas cell coordinates of a point (outside the rect for points far outside the box).
    @inline(__always)
    public func project(_ p: GeoPoint) -> (x: Double, y: Double) {
        (originX + (p.longitude - bounds.minLongitude) * columnsPerDegree,
         originY + (bounds.maxLatitude - p.latitude) * rowsPerDegree)
    }

    /// The cell a point falls in, or nil when that is outside the rect.
    public func cell(_ p: GeoPoint) -> Point? {
        let (x, y) = project(p)
        guard x.isFinite, y.isFinite else { return nil }
        let cx = Int(x.rounded(.down)), cy = Int(y.rounded(.down))
        return rect.contains(x: cx, y: cy) ? Point(x: cx, y: cy) : nil
    }

    /// The inverse: the geographic point at fractional canvas cell coordinates.
    public func geoPoint(x: Double, y: Double) -> GeoPoint {
        guard columnsPerDegree > 0, rowsPerDegree > 0 else {
            return GeoPoint(bounds.midLatitude, (bounds.minLongitude + bounds.maxLongitude) / 2)
        }
        return GeoPoint(bounds.maxLatitude - (y - originY) / rowsPerDegree,
                        bounds.minLongitude + (x - originX) / columnsPerDegree)
    }

    /// The geographic point at the centre of a cell (a mouse click).
    public func geoPoint(cellX: Int, cellY: Int) -> GeoPoint {
        geoPoint(x: Double(cellX) + 0.5, y: Double(cellY) + 0.5)
    }
}

extension LineMark {
    /// Width of one simplification column in viewBox units. Half a unit is finer than a
    /// device pixel at up to 2× zoom of a full-width figure.
    static let columnWidth = 0.5

    /// The line's drawable pieces (split at undrawable points), simplified.
    ///
    /// When x increases monotonically, each piece keeps, per column of `columnWidth`, the
    /// first, lowest, highest and last point (the M4 rule of Jugel et al. 2014): the drawn
    /// pixels are the same as for the full series. Otherwise a point is kept only when it is
    /// at least 0.25 units away from the previously kept one.
    func simplifiedPieces(in frame: PlotFrame) -> [[Point]] {
        var pieces: [[Point]] = []
        var current: [Point] = []
        for point in projected(in: frame) {
            if let point {
                current.append(point)
            } else if !current.isEmpty {
                pieces.append(current)
                current = []
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces.map { piece in
            guard simplifies, piece.count > 8 else { return piece }
            return Self.isMonotonic(piece) ? Self.columnExtremes(piece) : Self.thinned(piece)
        }
    }

    static func isMonotonic(_ points: [Point]) -> Bool {
        for index in 1..<points.count where points[index].x < points[index - 1].x {
            return false
        }
        return true
    }

    /// M4: first, min, max, last per column, in their original order.
    static func columnExtremes(_ points: [Point]) -> [Point] {
        var result: [Point] = []
        result.reserveCapacity(min(points.count, 4_096))
        var start = 0
        while start < points.count {
            let column = (points[start].x / columnWidth).rounded(.down)
            var end = start + 1
            var lowest = start
            var highest = start
            while end < points.count && (points[end].x / columnWidth).rounded(.down) == column {
                if points[end].y < points[lowest].y { lowest = end }
                if points[end].y > points[highest].y { highest = end }
                end += 1
            }
            let last = end - 1
            var kept = [start, lowest, highest, last]
            kept.sort()
            var previous = -1
            for index in kept where index != previous {
                result.append(points[index])
                previous = index
            }
            start = end
        }
        return result
    }

    /// Drops points closer than 0.25 units to the last kept point (the last point is kept).
    static func thinned(_ points: [Point]) -> [Point] {
        guard var last = points.first else { return [] }
        var result = [last]
        for point in points.dropFirst() {
            if abs(point.x - last.x) >= 0.25 || abs(point.y - last.y) >= 0.25 {
                result.append(point)
                last = point
            }
        }
        if let final = points.last, result.last != final { result.append(final) }
        return result
    }
}

/// A polyline through (x, y) points, with an optional dash pattern and markers.
///
/// Non-finite points (and points ≤ 0 on log axes) break the line into separate pieces, as in
/// matplotlib. Dense lines are simplified to what the plot area can show (see
/// `LineMark+Simplification.swift`).
struct LineMark: Mark {
    var xs: [Double]
    var ys: [Double]
    var label: String?
    var slot: Int
    var dash: LineDash
    var marker: MarkerShape
    var width: Double
    var droppedCount: Int
    /// Whether dense pieces are simplified (off only to compare against the full drawing).
    var simplifies = true

    init(
        xs: [Double], ys: [Double], label: String?, slot: Int, dash: LineDash,
        marker: MarkerShape, width: Double
    ) {
        self.xs = xs
        self.ys = ys
        self.label = label
        self.slot = slot
        self.dash = dash
        self.marker = marker
        self.width = width
        droppedCount = zip(xs, ys).filter { !$0.0.isFinite || !$0.1.isFinite }.count
    }

    func bounds(x: AxisScale, y: AxisScale) -> DataBounds? {
        DataBounds(xs: xs, ys: ys, x: x, y: y)
    }

    var wholeValues: (x: Bool, y: Bool)? { (allWhole(xs), allWhole(ys)) }

    var legendEntries: [LegendEntry] {
        guard let label, !label.isEmpty else { return [] }
        return [
            LegendEntry(
                label: label, slot: slot, symbol: .line(dash: dash, marker: marker, width: width))
        ]
    }

    var summary: String {
        let finite = ys.filter(\.isFinite)
        var text = "line" + (label.map { " “\($0)”" } ?? "") + " (\(xs.count - droppedCount) points"
        if let low = finite.min(), let high = finite.max() {
            text += ", y from \(TickFormatter.scientificIfNeeded(low))"
            text += " to \(TickFormatter.scientificIfNeeded(high))"
        }
        return text + ")"
    }

    func render(in frame: PlotFrame) -> [SVGElement] {
        let pieces = simplifiedPieces(in: frame)
        var data = PathData(capacity: pieces.reduce(0) { $0 + $1.count } * 14)
        for piece in pieces {
            guard let first = piece.first else { continue }
            data.move(first.x, first.y)
            for point in piece.dropFirst() { data.line(point.x, point.y) }
            if piece.count == 1 { data.line(first.x + 0.01, first.y) }
        }
        var elements: [SVGElement] = []
        if !data.isEmpty {
            let stroke = width * frame.unit
            var extra = ["stroke-width": SVGNumber.format(stroke)]
            if let dashes = dash.dashArray(width: stroke) { extra["stroke-dasharray"] = dashes }
            elements.append(
                .path(data, className: "hf-line " + Palette.strokeClass(slot), extra: extra))
        }
        if marker != .none, let markers = markerElement(in: frame) {
            elements.append(markers)
        }
        return elements
    }

    /// All markers of the series in one path; at most one marker per ~7 units of plot width,
    /// so markers stay distinct on dense series.
    private func markerElement(in frame: PlotFrame) -> SVGElement? {
        let points = projected(in: frame).compactMap { $0 }
        guard !points.isEmpty else { return nil }
        let limit = max(Int(frame.rect.width / 7), 1)
        let stride = max(1, (points.count + limit - 1) / limit)
        let radius = max(2.6, width * 1.6) * frame.unit
        var data = PathData()
        for index in Swift.stride(from: 0, to: points.count, by: stride) {
            marker.append(to: &data, x: points[index].x, y: points[index].y, r: radius)
        }
        if marker.isStroked {
            return .path(
                data, className: "hf-line " + Palette.strokeClass(slot),
                extra: ["stroke-width": SVGNumber.format(max(1.2, width * 0.8) * frame.unit)])
        }
        return .path(
            data, className: "hf-halo " + Palette.fillClass(slot), extra: ["stroke-width": "0.8"])
    }

    func obstacles(in frame: PlotFrame) -> [Point] {
        var result: [Point] = []
        for piece in simplifiedPieces(in: frame) {
            guard var previous = piece.first else { continue }
            result.append(previous)
            for point in piece.dropFirst() {
                let distance = max(abs(point.x - previous.x), abs(point.y - previous.y))
                let steps = distance.isFinite ? Int(min(distance / 4, 200)) : 0
                if steps > 1 {
                    for step in 1..<steps {
                        let t = Double(step) / Double(steps)
                        result.append(
                            Point(
                                x: previous.x + (point.x - previous.x) * t,
                                y: previous.y + (point.y - previous.y) * t))
                    }
                }
                result.append(point)
                previous = point
            }
        }
        return result
    }

    /// Every input point mapped into the frame; nil where the point cannot be drawn.
    func projected(in frame: PlotFrame) -> [Point?] {
        var result: [Point?] = []
        result.reserveCapacity(xs.count)
        for index in 0..<min(xs.count, ys.count) {
            if let px = frame.x.position(xs[index]), let py = frame.y.position(ys[index]) {
                result.append(Point(x: px, y: py))
            } else {
                result.append(nil)
            }
        }
        return result
    }
}

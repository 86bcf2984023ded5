/// Points drawn as markers; with `classes`, each class gets its own colour and shape.
struct ScatterMark: Mark {
    var xs: [Double]
    var ys: [Double]
    /// Class of each point (palette slot and shape index), or nil for one series.
    var classes: [Int]?
    var classNames: [String]?
    var label: String?
    var slot: Int
    var marker: MarkerShape
    var radius: Double
    var droppedCount: Int

    func bounds(x: AxisScale, y: AxisScale) -> DataBounds? {
        DataBounds(xs: xs, ys: ys, x: x, y: y)
    }

    var wholeValues: (x: Bool, y: Bool)? { (allWhole(xs), allWhole(ys)) }

    /// The distinct classes in order of first appearance sorted ascending.
    private var distinctClasses: [Int] {
        guard let classes else { return [] }
        return Array(Set(classes)).sorted()
    }

    private func name(ofClass value: Int) -> String {
        if let classNames, value >= 0, value < classNames.count { return classNames[value] }
        return "class \(value)"
    }

    private func shape(ofClass value: Int) -> MarkerShape { MarkerShape.forClass(value) }

    var legendEntries: [LegendEntry] {
        if classes != nil {
            return distinctClasses.map {
                LegendEntry(label: name(ofClass: $0), slot: $0, symbol: .marker(shape(ofClass: $0)))
            }
        }
        guard let label, !label.isEmpty else { return [] }
        return [LegendEntry(label: label, slot: slot, symbol: .marker(marker))]
    }

    var summary: String {
        let count = xs.count - droppedCount
        if classes != nil {
            let names = distinctClasses.map { name(ofClass: $0) }.joined(separator: ", ")
            return "scatter of \(count) points in classes \(names)"
        }
        return "scatter" + (label.map { " “\($0)”" } ?? "") + " (\(count) points)"
    }

    func render(in frame: PlotFrame) -> [SVGElement] {
        var groups: [Int: PathData] = [:]
        for index in 0..<min(xs.count, ys.count) {
            guard let px = frame.x.position(xs[index]), let py = frame.y.position(ys[index])
            else { continue }
            let key = classes?[index] ?? slot
            let shape = classes == nil ? marker : shape(ofClass: key)
            shape.append(
                to: &groups[key, default: PathData()], x: px, y: py, r: radius * frame.unit)
        }
        return groups.keys.sorted().compactMap { key in
            guard let data = groups[key] else { return nil }
            let shape = classes == nil ? marker : shape(ofClass: key)
            if shape.isStroked {
                return .path(
                    data, className: "hf-line " + Palette.strokeClass(key),
                    extra: ["stroke-width": "1.6"])
            }
            return .path(
                data, className: "hf-halo " + Palette.fillClass(key),
                extra: ["stroke-width": "0.7"])
        }
    }

    func obstacles(in frame: PlotFrame) -> [Point] {
        (0..<min(xs.count, ys.count)).compactMap { index in
            guard let px = frame.x.position(xs[index]), let py = frame.y.position(ys[index])
            else { return nil }
            return Point(x: px, y: py)
        }
    }
}

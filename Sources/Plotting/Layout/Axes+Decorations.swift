/// Spines, ticks, tick labels, axis titles and the panel title.
extension Axes {
    func axisElements(_ layout: PanelLayout) -> [SVGElement] {
        let frame = layout.frame
        let rect = frame.rect
        let tickSize = frame.fontSize * 0.9
        let length = PanelLayout.tickLength
        var spines = PathData()
        spines.move(rect.x, rect.y)
        spines.line(rect.x, rect.maxY)
        spines.line(rect.maxX, rect.maxY)
        var ticks = PathData()
        var labels: [SVGElement] = []
        for (value, text) in layout.xTicks {
            guard let x = frame.x.position(value) else { continue }
            ticks.move(x, rect.maxY)
            ticks.line(x, rect.maxY + length)
            if layout.rotatesXLabels {
                let y = rect.maxY + length + tickSize * 0.5
                labels.append(
                    .label(
                        text, x: x + tickSize * 0.2, y: y, size: tickSize, anchor: "end",
                        rotate: -40))
            } else {
                labels.append(
                    .label(text, x: x, y: rect.maxY + length + 2 + tickSize * 0.6, size: tickSize))
            }
        }
        for (value, text) in layout.yTicks {
            guard let y = frame.y.position(value) else { continue }
            ticks.move(rect.x, y)
            ticks.line(rect.x - length, y)
            labels.append(.label(text, x: rect.x - length - 3, y: y, size: tickSize, anchor: "end"))
        }
        var elements: [SVGElement] = [
            .path(spines, className: "hf-axis"), .path(ticks, className: "hf-axis"),
        ]
        elements.append(.group("hf-ticklabels", labels))
        return elements
    }

    func titles(_ layout: PanelLayout, cell: Rect, fontSize: Double) -> [SVGElement] {
        var elements: [SVGElement] = []
        let rect = layout.frame.rect
        if let title, !title.isEmpty {
            // Long titles shrink to the panel's width rather than run into their neighbours.
            let size = TextMetrics.fittingSize(
                title, preferred: fontSize * 1.02,
                available: 2 * min(rect.midX - cell.x, cell.maxX - rect.midX) - fontSize * 0.4,
                bold: true, minimum: fontSize * 0.6)
            var element = SVGElement.label(title, x: rect.midX, y: layout.titleY, size: size)
            element.attributes["font-weight"] = "600"
            elements.append(element)
        }
        guard showsAxes else { return elements }
        if let xLabel, !xLabel.isEmpty {
            let size = TextMetrics.fittingSize(
                xLabel, preferred: fontSize, available: cell.maxX - rect.x,
                minimum: fontSize * 0.6)
            elements.append(.label(xLabel, x: rect.midX, y: layout.xLabelY, size: size))
        }
        if let yLabel, !yLabel.isEmpty {
            let size = TextMetrics.fittingSize(
                yLabel, preferred: fontSize, available: rect.height + fontSize,
                minimum: fontSize * 0.6)
            elements.append(
                .label(yLabel, x: layout.yLabelX, y: rect.midY, size: size, rotate: -90))
        }
        return elements
    }
}

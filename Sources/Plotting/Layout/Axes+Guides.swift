/// Grid lines, zero lines and the "no data" message of a panel.
extension Axes {
    func gridPath(_ layout: PanelLayout) -> SVGElement {
        let frame = layout.frame
        var data = PathData()
        for (value, _) in layout.xTicks where !layout.xIsCategorical {
            guard let x = frame.x.position(value) else { continue }
            data.move(x, frame.rect.y)
            data.line(x, frame.rect.maxY)
        }
        for (value, _) in layout.yTicks {
            guard let y = frame.y.position(value) else { continue }
            data.move(frame.rect.x, y)
            data.line(frame.rect.maxX, y)
        }
        return .path(data, className: "hf-grid")
    }

    func zeroLines(_ frame: PlotFrame) -> SVGElement? {
        var data = PathData()
        if frame.x.kind == .linear, frame.x.contains(0), let x = frame.x.position(0) {
            data.move(x, frame.rect.y)
            data.line(x, frame.rect.maxY)
        }
        if frame.y.kind == .linear, frame.y.contains(0), let y = frame.y.position(0) {
            data.move(frame.rect.x, y)
            data.line(frame.rect.maxX, y)
        }
        guard !data.isEmpty else { return nil }
        return .path(
            data, className: "hf-fgline", extra: ["stroke-opacity": "0.45", "stroke-width": "1"])
    }

    func noDataMessage(_ frame: PlotFrame, dropped: Int) -> SVGElement {
        var text = "No finite data to plot"
        if dropped > 0 { text += " (\(dropped) NaN or infinite values dropped)" }
        return .label(
            text, x: frame.rect.midX, y: frame.rect.midY, size: frame.fontSize * 0.9,
            className: "hf-muted")
    }
}

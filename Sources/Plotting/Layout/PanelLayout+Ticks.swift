/// Tick selection and overlap tests used by the layout.
extension PanelLayout {
    static func ticks(
        scale: Scale, target: Int, categories: [String]?, wholeNumbers: Bool = false
    ) -> [(Double, String)] {
        if let categories { return categories.enumerated().map { (Double($0.offset), $0.element) } }
        let values = scale.ticks(target: target, wholeNumbers: wholeNumbers)
        return Array(zip(values, scale.labels(for: values)))
    }

    /// The most ticks (at most 10, at least 2) whose horizontal labels fit along `scale`.
    static func fittingTicks(scale: Scale, size: Double, wholeNumbers: Bool = false)
        -> [(Double, String)]
    {
        var target = min(max(Int(abs(scale.end - scale.start) / 55), 2), 10)
        while true {
            let chosen = ticks(
                scale: scale, target: target, categories: nil, wholeNumbers: wholeNumbers)
            if target <= 2 || fits(chosen, scale: scale, size: size) { return chosen }
            target -= 1
        }
    }

    /// Whether horizontal labels at the ticks keep a gap of 0.8 em between neighbours.
    static func fits(_ ticks: [(Double, String)], scale: Scale, size: Double) -> Bool {
        var previousRight = -Double.infinity
        for (value, text) in ticks {
            guard let position = scale.position(value) else { continue }
            let half = TextMetrics.width(text, size: size) / 2
            if position - half < previousRight + size * 0.8 { return false }
            previousRight = position + half
        }
        return true
    }

    static func equalAspect(_ plot: Rect, x: Double, y: Double) -> Rect {
        guard x > 0, y > 0 else { return plot }
        let dataAspect = x / y
        if plot.width / plot.height > dataAspect {
            let width = plot.height * dataAspect
            return Rect(x: plot.midX - width / 2, y: plot.y, width: width, height: plot.height)
        }
        let height = plot.width / dataAspect
        return Rect(x: plot.x, y: plot.y, width: plot.width, height: height)
    }
}

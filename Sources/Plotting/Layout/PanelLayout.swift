import Foundation

/// The geometry of one panel: where the plot area, ticks, labels and title go.
///
/// Margins are measured from the estimated widths of the actual tick labels. The number of x
/// ticks is reduced until neighbouring labels keep a gap of 0.8 em; categorical labels that
/// still collide are rotated by 40° (and thinned if even that is too tight).
struct PanelLayout {
    var frame: PlotFrame
    var xTicks: [(Double, String)]
    var yTicks: [(Double, String)]
    var rotatesXLabels: Bool
    /// Whether the x axis shows categories (no vertical grid lines then).
    var xIsCategorical: Bool
    var titleY: Double
    var xLabelY: Double
    var yLabelX: Double
    var legendTop: Double

    struct Input {
        var cell: Rect
        var fontSize: Double
        var hasTitle: Bool
        var hasXLabel: Bool
        var hasYLabel: Bool
        var showsAxes: Bool
        var equalAspect: Bool
        var x: (kind: AxisScale, low: Double, high: Double, categories: [String]?)
        var y: (kind: AxisScale, low: Double, high: Double, categories: [String]?)
        var rightExtra: Double
        var extraTop: Double
        /// Whether the x axis counts whole things (epochs, steps): ticks at whole numbers only.
        var xWholeNumbers = false
        /// Whether the y axis counts whole things: ticks at whole numbers only.
        var yWholeNumbers = false
    }

    static let tickLength = 4.0

    init(_ input: Input) {
        let size = input.fontSize
        let tickSize = size * 0.9
        let pad = size * 0.45
        let cell = input.cell
        var top = cell.y + pad
        titleY = top + size * 0.6
        if input.hasTitle { top += size * 1.6 }
        legendTop = top
        top += input.extraTop
        var bottom = cell.maxY - pad
        xLabelY = bottom - size * 0.55
        var left = cell.x + pad
        yLabelX = left + size * 0.6
        var right = cell.maxX - pad - input.rightExtra
        let axes = input.showsAxes
        if input.hasXLabel && axes { bottom -= size * 1.45 }
        if input.hasYLabel && axes { left += size * 1.5 }
        if axes { bottom -= Self.tickLength + 3 + tickSize }
        if !axes { top += pad * 0.5 }

        // y ticks depend on the height, their labels set the left margin.
        let heightGuess = max(bottom - top, 10)
        let yTarget = min(max(Int(heightGuess / (tickSize * 2.8)), 3), 8)
        let yScaleGuess = Scale(
            kind: input.y.kind, lower: input.y.low, upper: input.y.high, start: 0, end: 1)
        let yWhole = input.yWholeNumbers
        var yTicks = Self.ticks(
            scale: yScaleGuess, target: yTarget, categories: input.y.categories,
            wholeNumbers: yWhole)
        var extra = 1
        while input.y.categories == nil && input.y.kind == .linear && yTicks.count < 3 && extra <= 6
        {
            yTicks = Self.ticks(
                scale: yScaleGuess, target: yTarget + extra, categories: nil, wholeNumbers: yWhole)
            extra += 1
        }
        // Keep every other tick while labels would be closer than 1.3 lines apart.
        if input.y.categories == nil {
            while yTicks.count > 2 && heightGuess / Double(yTicks.count - 1) < tickSize * 1.3 {
                yTicks = yTicks.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
            }
        }
        self.yTicks = yTicks
        if axes {
            let widest = yTicks.map { TextMetrics.width($0.1, size: tickSize) }.max() ?? 0
            left += widest + Self.tickLength + 4
        }

        // x ticks: fewest collisions at the largest count.
        var chosen: [(Double, String)] = []
        var rotate = false
        let widthGuess = max(right - left, 10)
        let xScaleGuess = Scale(
            kind: input.x.kind, lower: input.x.low, upper: input.x.high, start: left,
            end: left + widthGuess)
        if let categories = input.x.categories {
            chosen = categories.enumerated().map { (Double($0.offset), $0.element) }
            if !Self.fits(chosen, scale: xScaleGuess, size: tickSize) {
                rotate = true
                let spacing = widthGuess / Double(max(categories.count, 1))
                let every = max(1, Int((tickSize * 1.3 / spacing).rounded(.up)))
                chosen = chosen.enumerated().filter { $0.offset % every == 0 }.map(\.element)
            }
        } else {
            chosen = Self.fittingTicks(
                scale: xScaleGuess, size: tickSize, wholeNumbers: input.xWholeNumbers)
        }
        if axes {
            if rotate {
                let widest = chosen.map { TextMetrics.width($0.1, size: tickSize) }.max() ?? 0
                bottom -= widest * 0.643 + tickSize * 0.2
            }
            // Leave room for the last label's overhang.
            if let last = chosen.last, !rotate, input.rightExtra == 0 {
                let overhang = TextMetrics.width(last.1, size: tickSize) / 2
                let position = xScaleGuess.position(last.0) ?? right
                let limit = cell.maxX - pad * 0.5
                if position + overhang > limit {
                    right -= (position + overhang - limit) * 1.1
                }
            }
        }
        xTicks = chosen
        rotatesXLabels = rotate
        xIsCategorical = input.x.categories != nil

        var plot = Rect(
            x: left, y: top, width: max(right - left, 10), height: max(bottom - top, 10))
        if input.equalAspect {
            plot = Self.equalAspect(
                plot, x: input.x.high - input.x.low, y: input.y.high - input.y.low)
            yLabelX += plot.x - left
            if input.x.categories == nil && plot.width < widthGuess {
                let narrower = Scale(
                    kind: input.x.kind, lower: input.x.low, upper: input.x.high, start: plot.x,
                    end: plot.maxX)
                xTicks = Self.fittingTicks(
                    scale: narrower, size: tickSize, wholeNumbers: input.xWholeNumbers)
            }
        }
        frame = PlotFrame(
            rect: plot,
            x: Scale(
                kind: input.x.kind, lower: input.x.low, upper: input.x.high, start: plot.x,
                end: plot.maxX),
            y: Scale(
                kind: input.y.kind, lower: input.y.low, upper: input.y.high, start: plot.maxY,
                end: plot.y),
            fontSize: size)
    }
}

/// Plots of functions given as closures (activation functions and their derivatives).
extension Figure {
    /// Functions on `range`, one line each, in one panel; with `derivatives` a second panel
    /// shows them in the same colours and dashes (one legend, on the first panel). `names[i]`
    /// labels `functions[i]` and `derivatives[i]`. The axes through the origin are emphasised.
    /// The y axes read `f(z)` and `f′(z)` (with the x label's name) unless `yLabel` is given.
    public static func functions(
        _ functions: [(Double) -> Double], names: [String],
        derivatives: [(Double) -> Double]? = nil,
        in range: ClosedRange<Double> = -5...5, samples: Int = 401, title: String? = nil,
        yLimits: ClosedRange<Double>? = nil, xLabel: String = "z", yLabel: String? = nil
    ) throws -> Figure {
        guard functions.count == names.count else {
            throw PlotError.lengthMismatch(
                what: "names", expected: functions.count, received: names.count)
        }
        guard !functions.isEmpty else { throw PlotError.emptyInput(what: "functions") }
        let variable = xLabel.isEmpty ? "z" : xLabel
        var values = Axes(
            title: derivatives == nil ? nil : "Functions", xLabel: xLabel,
            yLabel: yLabel ?? "f(\(variable))")
        values.showsZeroLines = true
        values.yLimits = yLimits
        for (index, function) in functions.enumerated() {
            try values.function(
                function, in: range, samples: samples, label: names[index],
                dash: Self.dashes[index % Self.dashes.count], color: index)
        }
        guard let derivatives else { return Figure(values, title: title) }
        guard derivatives.count == functions.count else {
            throw PlotError.lengthMismatch(
                what: "derivatives", expected: functions.count, received: derivatives.count)
        }
        var slopes = Axes(
            title: "Derivatives", xLabel: xLabel,
            yLabel: yLabel.map { "d(\($0))/d\(variable)" } ?? "f′(\(variable))")
        slopes.showsZeroLines = true
        // Same colours and dashes as the functions panel, whose legend covers both.
        slopes.legend = .hidden
        for (index, derivative) in derivatives.enumerated() {
            try slopes.function(
                derivative, in: range, samples: samples, label: names[index],
                dash: Self.dashes[index % Self.dashes.count], color: index)
        }
        // Taller panels than the default, leaving room for a legend above the plots.
        var figure = Figure(title: title, columns: 2, panels: [values, slopes])
        figure.height = 680 / 2 * 0.85 + figure.titleBand
        return figure
    }

    /// Dash patterns cycled with the colours so that series differ without colour too.
    static let dashes: [LineDash] = [.solid, .dashed, .dashDot, .dotted]
}

import Plotting

/// A panel of a figure as a cell value. `Axes` is a value type: its mutating methods replace
/// the box held by the variable, so copies stay independent as in Swift.
final class AxesBox: DisplayableObject {
    let axes: Axes
    /// The points its marks draw, for the figure size limit.
    let points: Int

    init(_ axes: Axes, points: Int = 0) {
        self.axes = axes
        self.points = points
    }

    var typeName: String { "Axes" }
    var printedDescription: String { "Axes" }
    var display: Display { .svg(Figure(axes).svg()) }
}

/// A figure as a cell value; displayed as inline SVG.
final class FigureBox: DisplayableObject {
    let figure: Figure

    init(_ figure: Figure) {
        self.figure = figure
    }

    var typeName: String { "Figure" }
    var printedDescription: String { "Figure" }
    var display: Display { .svg(figure.svg()) }
}

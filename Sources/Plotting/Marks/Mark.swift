/// One kind of graphic drawn inside a panel (a line, a scatter, filled regions …).
///
/// A mark is built from plain data when it is added to an `Axes` (closures are evaluated
/// then, never stored) and renders itself into SVG elements once the panel's scales are known.
/// Adding a plot kind means adding one conforming type in `Marks/` and one adder on `Axes`.
protocol Mark {
    /// The smallest box holding every drawable point, or nil when nothing can be drawn on
    /// axes of the given kinds.
    func bounds(x: AxisScale, y: AxisScale) -> DataBounds?
    /// The elements drawing the mark in `frame` (clipped to the plot area by the panel).
    func render(in frame: PlotFrame) -> [SVGElement]
    /// Points (viewBox units) a legend should not cover.
    func obstacles(in frame: PlotFrame) -> [Point]
    /// Legend rows contributed by this mark.
    var legendEntries: [LegendEntry] { get }
    /// A short phrase for the figure's `<desc>`, e.g. `line “training” (30 points)`.
    var summary: String { get }
    /// Input points dropped because they were NaN or infinite.
    var droppedCount: Int { get }
    /// How the panel pads the data bounds.
    var padding: AxisPadding { get }
    /// Category names when the x axis is categorical (bars, heatmap columns).
    var xCategories: [String]? { get }
    /// Category names when the y axis is categorical (heatmap rows, bottom to top).
    var yCategories: [String]? { get }
    /// Whether the panel should omit its grid (heatmaps and images fill the plot area).
    var hidesGrid: Bool { get }
    /// Whether every x (or y) value of the mark is a whole number, or nil when the mark has
    /// no points of its own (regions, contours, images): a panel whose point marks all have
    /// whole x values gets whole-number x ticks.
    var wholeValues: (x: Bool, y: Bool)? { get }
    /// Extra room the mark needs right of the plot area (e.g. a colour bar).
    func rightMargin(fontSize: Double) -> Double
    /// Elements drawn outside the clip region (e.g. a colour bar).
    func decorations(in frame: PlotFrame) -> [SVGElement]
}

extension Mark {
    var legendEntries: [LegendEntry] { [] }
    var droppedCount: Int { 0 }
    var padding: AxisPadding { .margins }
    var xCategories: [String]? { nil }
    var yCategories: [String]? { nil }
    var hidesGrid: Bool { false }
    var wholeValues: (x: Bool, y: Bool)? { nil }
    func obstacles(in frame: PlotFrame) -> [Point] { [] }
    func rightMargin(fontSize: Double) -> Double { 0 }
    func decorations(in frame: PlotFrame) -> [SVGElement] { [] }
}

/// Whether every finite value is a whole number (and there is at least one).
func allWhole(_ values: [Double]) -> Bool {
    var any = false
    for value in values where value.isFinite {
        if value != value.rounded() { return false }
        any = true
    }
    return any
}

/// A point in viewBox units.
struct Point: Equatable {
    var x: Double
    var y: Double
}

/// How a panel widens its data bounds before choosing ticks.
enum AxisPadding {
    /// 5 % on every side (lines, scatter).
    case margins
    /// No padding: the data fills the plot area (regions, contours, heatmaps, images).
    case tight
    /// 5 % margins except below a lower y bound of 0 (bars, histograms start at the axis).
    case zeroBaseline
}

/// The plot area of a panel and the scales mapping data into it.
struct PlotFrame {
    let rect: Rect
    let x: Scale
    let y: Scale
    let fontSize: Double

    /// Scale for strokes and markers: 1 at the one-column font size of 13 units, larger in
    /// wide multi-panel figures whose text is larger too.
    var unit: Double { fontSize / 13 }
}

/// One panel of a figure: a plot area with its axes, grid, title, legend and marks.
///
/// Build it as a value and add marks with the mutating methods in `Axes+Marks.swift`:
///
/// ```swift
/// var axes = Axes(title: "Loss", xLabel: "epoch", yLabel: "loss")
/// try axes.line(x: epochs, y: loss, label: "training")
/// let figure = Figure(axes)
/// ```
///
/// Limits default to the data bounds plus 5 % margins (no margins for regions, contours,
/// heatmaps and images; none below 0 for bars and histograms).
public struct Axes {
    /// Title drawn above the plot area.
    public var title: String?
    /// Title of the horizontal axis.
    public var xLabel: String?
    /// Title of the vertical axis.
    public var yLabel: String?
    /// Linear (default) or logarithmic x axis.
    public var xScale: AxisScale
    /// Linear (default) or logarithmic y axis.
    public var yScale: AxisScale
    /// Fixed x limits; nil fits the data.
    public var xLimits: ClosedRange<Double>?
    /// Fixed y limits; nil fits the data.
    public var yLimits: ClosedRange<Double>?
    /// Legend placement (default `.automatic`: a corner free of data, else above the plot).
    public var legend: LegendPosition
    /// Whether light grid lines are drawn at the ticks (default true).
    public var showsGrid: Bool
    /// Whether the lines x = 0 and y = 0 are emphasised (useful for function plots).
    public var showsZeroLines: Bool
    /// Whether axes, ticks and tick labels are drawn (false for image panels).
    public var showsAxes: Bool
    /// Whether one data unit has the same length on both axes (images, geometry).
    public var equalAspect: Bool

    var marks: [any Mark] = []
    var nextSlot = 0

    /// A panel with no marks yet.
    public init(
        title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
        xScale: AxisScale = .linear, yScale: AxisScale = .linear
    ) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xScale = xScale
        self.yScale = yScale
        legend = .automatic
        showsGrid = true
        showsZeroLines = false
        showsAxes = true
        equalAspect = false
    }

    /// Number of marks added so far.
    public var markCount: Int { marks.count }

    /// The palette slot for a new series: `color` when given, else the next unused one.
    mutating func takeSlot(_ color: Int?) -> Int {
        if let color { return color }
        defer { nextSlot += 1 }
        return nextSlot
    }
}

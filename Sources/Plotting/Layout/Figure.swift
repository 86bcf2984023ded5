/// A figure: one or more panels (`Axes`) laid out in a grid, written as one SVG document.
///
/// ```swift
/// var loss = Axes(title: "Loss", xLabel: "epoch")
/// try loss.line(x: [1, 2, 3], y: [0.9, 0.5, 0.4], label: "training")
/// let figure = Figure(title: "Training", panels: [loss])
/// let svg = figure.svg()
/// ```
///
/// The SVG has a `viewBox` of `width × height` units and `width="100%"`, so it scales to its
/// container at a fixed aspect ratio. Default sizes: one column 480 units wide, two 680,
/// three or more 300 per column; panel height 0.66 × panel width. Default font size: 13 units
/// for one column, 17 for two, 20 for more: about 1/40 of the width, so tick labels stay near
/// 8 px when the figure shrinks to a 360 px phone screen.
public struct Figure {
    /// Figure title (drawn above all panels; also the SVG `<title>`).
    public var title: String?
    /// Accessible description (the SVG `<desc>`); nil generates one from the marks.
    public var description: String?
    /// The panels, filled into the grid row by row.
    public var panels: [Axes]
    /// Number of panel columns (default: all panels in one row, at most 3).
    public var columns: Int
    /// Total width in viewBox units, 50…20 000 (nil: default for the column count).
    public var width: Double?
    /// Total height in viewBox units (nil: from the width and the panel aspect).
    public var height: Double?
    /// Base font size in viewBox units, 4…100 (nil: default for the column count).
    public var fontSize: Double?

    /// A figure of several panels.
    public init(
        title: String? = nil, description: String? = nil, columns: Int? = nil,
        width: Double? = nil, height: Double? = nil, fontSize: Double? = nil, panels: [Axes]
    ) {
        self.title = title
        self.description = description
        self.panels = panels
        self.columns = max(1, columns ?? min(max(panels.count, 1), 3))
        self.width = width
        self.height = height
        self.fontSize = fontSize
    }

    /// A figure of one panel.
    public init(_ axes: Axes, title: String? = nil, description: String? = nil) {
        self.init(title: title, description: description, panels: [axes])
    }
}

/// Where a panel's legend goes.
public enum LegendPosition: String, CaseIterable, Sendable {
    /// The inside corner covering the fewest data points; above the plot when every corner
    /// would cover data.
    case automatic
    /// Inside, top right corner.
    case topRight
    /// Inside, top left corner.
    case topLeft
    /// Inside, bottom right corner.
    case bottomRight
    /// Inside, bottom left corner.
    case bottomLeft
    /// Above the plot area, entries in rows.
    case above
    /// No legend.
    case hidden
}

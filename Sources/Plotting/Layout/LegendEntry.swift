/// One row of a legend: a symbol and its label.
struct LegendEntry: Equatable {
    /// How the symbol is drawn.
    enum Symbol: Equatable {
        /// A short line with the series' dash and marker.
        case line(dash: LineDash, marker: MarkerShape, width: Double)
        /// A filled square (bars, histograms, regions) with the mark's fill opacity.
        case patch(opacity: Double)
        /// A lone marker (scatter classes).
        case marker(MarkerShape)
    }

    var label: String
    var slot: Int
    var symbol: Symbol
}

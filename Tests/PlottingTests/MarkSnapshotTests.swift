import Foundation
import Testing

@testable import Plotting

/// One snapshot per mark kind and per special case.
@Suite struct MarkSnapshotTests {
    @Test func lineDashesAndMarkers() throws {
        var axes = Axes(title: "Line styles", xLabel: "x", yLabel: "y")
        let xs = (0...12).map(Double.init)
        let dashes = LineDash.allCases
        let markers: [MarkerShape] = [.circle, .square, .triangle, .diamond]
        for (index, dash) in dashes.enumerated() {
            try axes.line(
                x: xs, y: xs.map { sin($0 / 2) + Double(index) }, label: dash.rawValue, dash: dash,
                marker: markers[index])
        }
        checkFigure(Figure(axes), named: "mark-line")
    }

    @Test func functionPlot() throws {
        var axes = Axes(title: "sin and cos", xLabel: "x")
        axes.showsZeroLines = true
        try axes.function(sin, in: -6...6, label: "sin")
        try axes.function(cos, in: -6...6, label: "cos", dash: .dashed)
        checkFigure(Figure(axes), named: "mark-function")
    }

    @Test func scatterClassesHaveShapes() throws {
        var random = SeededRandom(seed: 1)
        var xs: [Double] = []
        var ys: [Double] = []
        var classes: [Int] = []
        for k in 0..<7 {
            for _ in 0..<12 {
                xs.append(Double(k) + random.normal(std: 0.3))
                ys.append(Double(k % 3) + random.normal(std: 0.3))
                classes.append(k)
            }
        }
        var axes = Axes(title: "Seven classes", xLabel: "x", yLabel: "y")
        axes.legend = .above
        try axes.scatter(x: xs, y: ys, classes: classes)
        checkFigure(Figure(axes), named: "mark-scatter")
    }

    @Test func regionsAlone() throws {
        var axes = Axes(title: "Three regions", xLabel: "x", yLabel: "y")
        try axes.decisionRegions(x: -1...1, y: -1...1, resolution: 60) { x, y in
            x * x + y * y < 0.3 ? 2 : (x > y ? 0 : 1)
        }
        checkFigure(Figure(axes), named: "mark-regions")
    }

    @Test func contourOfSaddle() throws {
        var axes = Axes(title: "x² − y²", xLabel: "x", yLabel: "y")
        try axes.contour(x: -2...2, y: -2...2, resolution: 60, levels: .automatic(12)) { x, y in
            x * x - y * y
        }
        checkFigure(Figure(axes), named: "mark-contour")
    }

    @Test func overlaidHistograms() throws {
        var random = SeededRandom(seed: 2)
        var axes = Axes(title: "Two distributions", xLabel: "value", yLabel: "count")
        try axes.histogram(
            (0..<800).map { _ in random.normal() }, bins: 30, range: -4...6, label: "N(0, 1)")
        try axes.histogram(
            (0..<800).map { _ in random.normal(mean: 2, std: 1.3) }, bins: 30, range: -4...6,
            label: "N(2, 1.3²)")
        checkFigure(Figure(axes), named: "mark-histogram")
    }

    @Test func barsWithNegativeValuesAndLabels() throws {
        var axes = Axes(title: "Change in accuracy", yLabel: "Δ accuracy (%)")
        try axes.bars(
            categories: ["dropout", "batch norm", "no clipping", "He init", "SELU"],
            values: [1.2, 2.5, -0.8, 1.9, 0.4], showValues: true)
        checkFigure(Figure(axes), named: "mark-bars")
    }

    @Test func divergingHeatmap() throws {
        var axes = Axes(title: "Correlations")
        let names = ["a", "b", "c", "d"]
        let values: [[Double]] = [
            [1, 0.6, -0.3, 0], [0.6, 1, -0.1, 0.2], [-0.3, -0.1, 1, -0.7], [0, 0.2, -0.7, 1],
        ]
        try axes.heatmap(
            values, rowLabels: names, columnLabels: names, colormap: .diverging, range: -1...1)
        checkFigure(Figure(axes), named: "mark-heatmap")
    }

    @Test func singleImage() throws {
        var axes = Axes(title: "Bag")
        axes.showsAxes = false
        try axes.image(SyntheticData.fashionImage(label: 8, seed: 4), width: 28)
        checkFigure(Figure(axes), named: "mark-image")
    }

    @Test func logLogAxes() throws {
        var axes = Axes(
            title: "Power laws", xLabel: "n", yLabel: "time (s)", xScale: .log, yScale: .log)
        let ns = (0..<30).map { pow(10, 1 + Double($0) / 29 * 4) }
        try axes.line(x: ns, y: ns.map { 1e-6 * $0 }, label: "O(n)")
        try axes.line(x: ns, y: ns.map { 1e-8 * $0 * $0 }, label: "O(n²)", dash: .dashed)
        checkFigure(Figure(axes), named: "mark-log-log")
    }

    @Test func nonFinitePointsBreakTheLine() throws {
        var axes = Axes(title: "Training diverged", xLabel: "epoch", yLabel: "loss")
        let ys: [Double] = [1.0, 0.8, 0.7, .nan, 0.65, 0.6, .infinity, 3, .nan, .nan]
        try axes.line(x: (1...10).map(Double.init), y: ys, label: "loss", marker: .circle)
        let svg = Figure(axes).svg()
        #expect(svg.contains("4 NaN or infinite values not drawn"))
        checkFigure(Figure(axes), named: "mark-nonfinite")
    }

    @Test func everythingDroppedSaysSo() throws {
        var axes = Axes(title: "Nothing to draw", xLabel: "x", yLabel: "y")
        try axes.line(x: [1, 2, 3], y: [.nan, .nan, .infinity], label: "NaN loss")
        let svg = Figure(axes).svg()
        #expect(svg.contains("No finite data to plot (3 NaN or infinite values dropped)"))
        checkFigure(Figure(axes), named: "mark-all-dropped")
    }

    @Test func textIsEscaped() throws {
        var axes = Axes(title: "a < b & c > \"d\"", xLabel: "<x>", yLabel: "'y' & z")
        try axes.line(x: [0, 1], y: [0, 1], label: "</text><script>")
        let svg = Figure(axes, title: "Escaping & <tags>").svg()
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("a &lt; b &amp; c &gt; \"d\""))
        checkFigure(Figure(axes, title: "Escaping & <tags>"), named: "escaping")
    }
}

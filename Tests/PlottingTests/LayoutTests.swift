import Foundation
import Testing

@testable import Plotting

@Suite struct LayoutTests {
    /// Font sizes of the `<text>` elements whose content is `text`.
    func fontSizes(of text: String, in svg: String) -> [Double] {
        svg.components(separatedBy: "<text").dropFirst().compactMap { element in
            guard element.contains(">\(text)</text>"),
                let range = element.range(of: "font-size=\"")
            else { return nil }
            return Double(element[range.upperBound...].prefix { $0 != "\"" })
        }
    }

    /// Three images labelled "predicted: Ankle boot" ran into each other (chapter 10-7).
    @Test func imageGridLabelsFitTheirCells() throws {
        let labels = ["predicted: Ankle boot", "predicted: Pullover", "predicted: Trouser"]
        let figure = try Figure.imageGrid(
            Array(repeating: Array(repeating: 0.5, count: 16), count: 3), width: 4,
            labels: labels, columns: 3, title: "The first three test images")
        let svg = figure.svg()
        for label in labels {
            let size = try #require(fontSizes(of: label, in: svg).first)
            #expect(TextMetrics.width(label, size: size) * 1.08 <= 100)
        }
    }

    /// A long figure title shrinks to the figure's width (chapter 11-3 lost both ends).
    @Test func longTitlesShrinkToFit() throws {
        var a = Axes(
            title: "Spread of each layer's outputs over the ten hidden layers",
            xLabel: "hidden layer (1 = nearest the input)")
        try a.line(x: [1, 2, 3], y: [1, 2, 3], label: "a")
        let title = "ReLU and its non-saturating variants (left) with their derivatives (right)"
        let figure = Figure(title: title, columns: 2, panels: [a, a])
        let svg = figure.svg()
        let size = try #require(fontSizes(of: title, in: svg).first)
        #expect(TextMetrics.width(title, size: size) * 1.08 <= figure.size.width)
        let panelTitle = try #require(fontSizes(of: a.title!, in: svg).first)
        #expect(TextMetrics.width(a.title!, size: panelTitle) * 1.08 <= figure.size.width / 2)
        let xLabel = try #require(fontSizes(of: a.xLabel!, in: svg).first)
        #expect(TextMetrics.width(a.xLabel!, size: xLabel) <= figure.size.width / 2)
    }

    /// Side-by-side panels are taller than the single-panel aspect, and y tick labels never
    /// crowd closer than 1.3 lines (chapter 11-1's panels stacked four log labels in 40 units).
    @Test func sideBySidePanelsLeaveRoomForTheirTicks() throws {
        var a = Axes(title: "Gradient norm per layer", yScale: .log)
        for k in 0..<4 {
            try a.line(
                x: [1, 2, 3], y: [1e-6, 1, 1e3].map { $0 * Double(k + 1) }, label: "series \(k)",
                marker: .circle)
        }
        let figure = Figure(columns: 2, panels: [a, a])
        #expect(figure.size.height >= 680 / 2 * 0.85 - 1e-9)
        let layout = PanelLayout(
            .init(
                cell: Rect(x: 0, y: 0, width: 340, height: 224), fontSize: 17, hasTitle: true,
                hasXLabel: true, hasYLabel: true, showsAxes: true, equalAspect: false,
                x: (.linear, 1, 3, nil), y: (.log, 1e-6, 1e3, nil), rightExtra: 0, extraTop: 40))
        let ticks = layout.yTicks.compactMap { layout.frame.y.position($0.0) }.sorted()
        for (lower, upper) in zip(ticks, ticks.dropFirst()) {
            #expect(upper - lower >= 17 * 0.9 * 1.3 - 1e-9)
        }
    }

    @Test func functionPlotsLabelTheirYAxes() throws {
        let figure = try Figure.functions(
            [{ $0 }], names: ["identity"], derivatives: [{ _ in 1 }], in: -1...1)
        #expect(figure.panels.map(\.yLabel) == ["f(z)", "f′(z)"])
        let losses = try Figure.functions(
            [{ $0 * $0 }], names: ["squared"], in: -1...1, xLabel: "error e", yLabel: "loss")
        #expect(losses.panels[0].xLabel == "error e")
        #expect(losses.panels[0].yLabel == "loss")
    }

    @Test func trainingCurvesAreShiftedHalfAnEpoch() throws {
        let logs = [
            "loss": [1.0, 0.5, 0.4], "val_loss": [1.1, 0.6, 0.5], "accuracy": [0.5, 0.7, 0.8],
        ]
        let figure = try Figure.learningCurves(logs)
        #expect(figure.panels.map(\.title) == ["Loss", "Accuracy"])
        let lines = figure.panels[0].marks.compactMap { $0 as? LineMark }
        #expect(lines.map(\.label) == ["training", "validation"])
        #expect(lines[0].xs == [0.5, 1.5, 2.5])
        #expect(lines[1].xs == [1, 2, 3])
        #expect(lines[1].dash == .dashed)
    }

    /// Training values sit half an epoch early, yet the epoch axis counts whole epochs: five
    /// epochs were ticked 0, 0.5, 1, … 5.
    @Test func epochAxesTickWholeEpochs() throws {
        let logs = ["loss": [1.0, 0.6, 0.5, 0.45, 0.4], "val_loss": [1.1, 0.7, 0.6, 0.55, 0.5]]
        let axes = try Figure.learningCurves(logs).panels[0]
        let layout = PanelLayout(
            axes.layoutInput(
                cell: Rect(x: 0, y: 0, width: 480, height: 316), fontSize: 13,
                marks: axes.preparedMarks, extraTop: 0))
        #expect(layout.xTicks.map(\.0) == [0, 1, 2, 3, 4, 5])
        // Whole-number data get whole-number ticks too; a short span keeps its fractions.
        var counts = Axes(xLabel: "layer")
        try counts.line(x: [1, 2, 3, 4], y: [3, 1, 4, 1])
        let countLayout = PanelLayout(
            counts.layoutInput(
                cell: Rect(x: 0, y: 0, width: 480, height: 316), fontSize: 13,
                marks: counts.preparedMarks, extraTop: 0))
        #expect(countLayout.xTicks.allSatisfy { $0.0 == $0.0.rounded() })
        #expect(countLayout.yTicks.allSatisfy { $0.0 == $0.0.rounded() })
        var short = Axes(xLabel: "x")
        try short.line(x: [0, 1], y: [0, 1])
        let shortLayout = PanelLayout(
            short.layoutInput(
                cell: Rect(x: 0, y: 0, width: 480, height: 316), fontSize: 13,
                marks: short.preparedMarks, extraTop: 0))
        #expect(shortLayout.xTicks.contains { $0.0 != $0.0.rounded() })
    }

    /// Panels with the same series drew the same legend twice (chapter 11-1); it is drawn
    /// once, above the panels.
    @Test func identicalLegendsAreSharedOnce() throws {
        var left = Axes(title: "a")
        var right = Axes(title: "b")
        for name in ["one", "two"] {
            try left.line(x: [0, 1, 2], y: [0, 1, 2], label: name)
            try right.line(x: [0, 1, 2], y: [2, 1, 0], label: name)
        }
        let figure = Figure(columns: 2, panels: [left, right])
        #expect(figure.sharedLegend?.map(\.label) == ["one", "two"])
        let svg = figure.svg()
        #expect(svg.components(separatedBy: ">one</text>").count == 2)
        #expect(!svg.contains("hf-legendbox"))
        right.legend = .topLeft
        #expect(Figure(columns: 2, panels: [left, right]).sharedLegend == nil)
    }

    @Test func closedContourIsOnePolyline() {
        let values = (0...20).map { j in
            (0...20).map { i in
                let x = Double(i - 10)
                let y = Double(j - 10)
                return x * x + y * y
            }
        }
        let lines = MarchingSquares(values: values).lines(at: 25)
        #expect(lines.count == 1)
        #expect(lines[0].first == lines[0].last)
        for point in lines[0] {
            let radius = ((point.x - 10) * (point.x - 10) + (point.y - 10) * (point.y - 10))
                .squareRoot()
            #expect(abs(radius - 5) < 0.2)
        }
    }

    @Test func legendAvoidsData() {
        let legend = Legend(
            entries: [LegendEntry(label: "series", slot: 0, symbol: .patch(opacity: 1))],
            fontSize: 12)
        let plot = Rect(x: 0, y: 0, width: 400, height: 300)
        let topRightCrowded = (0..<50).map { Point(x: 300 + Double($0), y: 10 + Double($0 % 5)) }
        let rect = legend.insideRect(position: .automatic, plot: plot, obstacles: topRightCrowded)
        #expect(rect != nil && (rect?.x ?? 999) < 200)
        let everywhere = (0..<400).flatMap { x in
            stride(from: 0.0, through: 300, by: 10).map { Point(x: Double(x), y: $0) }
        }
        #expect(legend.insideRect(position: .automatic, plot: plot, obstacles: everywhere) == nil)
    }

    @Test func idsDifferBetweenFiguresAndAreStable() throws {
        var a = Axes()
        try a.line(x: [0, 1], y: [0, 1])
        var b = Axes()
        try b.line(x: [0, 1], y: [1, 0])
        let first = Figure(a).svg()
        #expect(first == Figure(a).svg())
        let idA = first.components(separatedBy: "clip-path=\"url(#").dropFirst().first?.prefix(10)
        let idB = Figure(b).svg().components(separatedBy: "clip-path=\"url(#").dropFirst().first?
            .prefix(10)
        #expect(idA != nil && idA != idB)
        #expect(!first.contains(Figure.idPlaceholder))
    }

    @Test func categoricalLabelsRotateWhenCrowded() throws {
        var axes = Axes()
        let names = (0..<12).map { "category number \($0)" }
        try axes.bars(categories: names, values: names.indices.map(Double.init))
        let input = axes.layoutInput(
            cell: Rect(x: 0, y: 0, width: 480, height: 320), fontSize: 13,
            marks: axes.preparedMarks, extraTop: 0)
        #expect(PanelLayout(input).rotatesXLabels)
    }
}

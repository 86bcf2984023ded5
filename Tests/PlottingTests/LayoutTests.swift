import Foundation
import Testing

@testable import Plotting

@Suite struct LayoutTests {
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

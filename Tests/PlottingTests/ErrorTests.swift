import Testing

@testable import Plotting

@Suite struct ErrorTests {
    @Test func mismatchedLengthsThrowWithReceivedCount() {
        var axes = Axes()
        #expect(throws: PlotError.lengthMismatch(what: "y", expected: 3, received: 2)) {
            try axes.line(x: [1, 2, 3], y: [1, 2])
        }
        #expect(
            PlotError.lengthMismatch(what: "y", expected: 3, received: 2).description
                == "y must have 3 elements. Received: 2")
    }

    @Test func badArgumentsThrow() {
        var axes = Axes()
        #expect(throws: PlotError.self) {
            try axes.decisionRegions(x: 1...1, y: 0...1) { _, _ in 0 }
        }
        #expect(throws: PlotError.self) {
            try axes.contour(x: 0...1, y: 0...1, resolution: 1) { _, _ in 0 }
        }
        #expect(throws: PlotError.self) { try axes.image([1, 2, 3], width: 2) }
        #expect(throws: PlotError.self) { try axes.heatmap([[1, 2], [3]]) }
        #expect(throws: PlotError.self) { try axes.bars(categories: ["a"], values: [1, 2]) }
        #expect(throws: PlotError.self) { try axes.function({ $0 }, in: 0...1, samples: 1) }
        #expect(throws: PlotError.self) { try Figure.learningCurves([:]) }
        #expect(throws: PlotError.self) { try Figure.imageGrid([], width: 28) }
        #expect(axes.markCount == 0)
    }
}

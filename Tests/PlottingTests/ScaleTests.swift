import Foundation
import Testing

@testable import Plotting

@Suite struct ScaleTests {
    @Test func niceLinearTicks() {
        #expect(NiceTicks.linear(lower: 0, upper: 1, target: 5) == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(NiceTicks.linear(lower: 0, upper: 30, target: 6) == [0, 5, 10, 15, 20, 25, 30])
        #expect(NiceTicks.linear(lower: -4.2, upper: 4.2, target: 4) == [-4, -2, 0, 2, 4])
        #expect(
            NiceTicks.linear(lower: 0.013, upper: 0.097, target: 4) == [0.02, 0.04, 0.06, 0.08])
        #expect(
            NiceTicks.linear(lower: 0.3, upper: 0.9, target: 6) == [
                0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9,
            ])
    }

    @Test func stepsAreOneTwoOrFive() {
        for span in [0.003, 0.7, 1, 4.4, 13, 97, 2_500, 1e7] {
            let step = NiceTicks.step(span: span, target: 5)
            let mantissa = step / pow(10, floor(log10(step)))
            #expect(
                [1, 2, 5].contains((mantissa * 1e9).rounded() / 1e9), "span \(span) step \(step)")
        }
    }

    @Test func logTicksOverManyDecades() {
        let (low, high) = AxisDomain.resolve(
            low: 0.013, high: 97, limits: nil, kind: .log, padding: .margins)
        #expect(low == 0.01)
        #expect(high == 100)
        #expect(NiceTicks.log(lower: low, upper: high, target: 6) == [0.01, 0.1, 1, 10, 100])
        #expect(NiceTicks.log(lower: 1e-5, upper: 10, target: 4).count == 4)
    }

    @Test func logTicksSubdivideShortRanges() {
        #expect(NiceTicks.log(lower: 1, upper: 100, target: 5) == [1, 2, 5, 10, 20, 50, 100])
    }

    @Test func scaleMapsAndInverts() {
        let linear = Scale(kind: .linear, lower: 0, upper: 10, start: 100, end: 0)
        #expect(linear.position(2.5) == 75)
        #expect(linear.position(.nan) == nil)
        let log = Scale(kind: .log, lower: 1, upper: 100, start: 0, end: 200)
        #expect(abs((log.position(10) ?? 0) - 100) < 1e-9)
        #expect(log.position(0) == nil)
        #expect(log.position(-3) == nil)
        #expect(abs(log.value(at: 100) - 10) < 1e-9)
    }

    @Test func domainsPadAndHandleDegenerateData() {
        let padded = AxisDomain.resolve(
            low: 0, high: 10, limits: nil, kind: .linear, padding: .margins)
        #expect(padded.0 == -0.5 && padded.1 == 10.5)
        let baseline = AxisDomain.resolve(
            low: 0, high: 10, limits: nil, kind: .linear, padding: .zeroBaseline)
        #expect(baseline.0 == 0 && baseline.1 == 10.5)
        let single = AxisDomain.resolve(
            low: 3, high: 3, limits: nil, kind: .linear, padding: .margins)
        #expect(single.0 == 2.5 && single.1 == 3.5)
        let empty = AxisDomain.resolve(
            low: nil, high: nil, limits: nil, kind: .linear, padding: .margins)
        #expect(empty.0 == 0 && empty.1 == 1)
        let limited = AxisDomain.resolve(
            low: 0, high: 10, limits: 2...4, kind: .linear, padding: .margins)
        #expect(limited.0 == 2 && limited.1 == 4)
    }

    @Test func xTickLabelsNeverOverlap() throws {
        for width in [200.0, 320, 480, 800] {
            var axes = Axes(xLabel: "x")
            try axes.line(x: [0, 123_456], y: [0, 1])
            let figure = Figure(title: nil, width: width, panels: [axes])
            let marks = axes.preparedMarks
            let layout = PanelLayout(
                axes.layoutInput(
                    cell: Rect(x: 0, y: 0, width: width, height: width * 0.66),
                    fontSize: figure.resolvedFontSize, marks: marks, extraTop: 0))
            #expect(
                PanelLayout.fits(
                    layout.xTicks, scale: layout.frame.x, size: figure.resolvedFontSize * 0.9))
            #expect(layout.xTicks.count >= 2)
        }
    }
}

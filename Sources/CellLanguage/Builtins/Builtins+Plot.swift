import Foundation
import Diagnostics
import Plotting

extension BuiltinRegistry {
    /// The figure API of `Plotting`, with its names and labels: `Axes(title:…)` with mutating
    /// mark methods, `Figure(…)`, `Figure.learningCurves(_:)`, `Figure.functions(…)`,
    /// `Figure.imageGrid(…)`, and `plot(_:)` for a dictionary of learning curves.
    func registerPlot() {
        types["Axes"] = BuiltinType("Axes", initializers: [Builtin("Axes", [
            .labeled("title", defaulted: true), .labeled("xLabel", defaulted: true), .labeled("yLabel", defaulted: true),
            .labeled("xScale", defaulted: true), .labeled("yScale", defaulted: true),
        ]) { inv in
            .object(AxesBox(Axes(title: try inv.optionalString(0), xLabel: try inv.optionalString(1),
                                 yLabel: try inv.optionalString(2),
                                 xScale: try inv.option(3, AxisScale.self, default: .linear),
                                 yScale: try inv.option(4, AxisScale.self, default: .linear))))
        }])
        registerAxesMarks()
        let figureInit = Builtin("Figure", [.labeled("title", defaulted: true), .labeled("columns", defaulted: true),
                                             .labeled("panels")]) { [unowned self] inv in
            var points = 0
            let panels = try inv.array(2).map { v -> Axes in
                guard case .object(let o) = v, let box = o as? AxesBox else { throw inv.mismatch(2, expected: "[Axes]") }
                points = try checkedFigurePoints(points, adding: box.points, at: inv.callRange)
                return box.axes
            }
            return .object(FigureBox(Figure(title: try inv.optionalString(0), columns: try inv.optionalInt(1), panels: panels)))
        }
        let singlePanel = Builtin("Figure", [.positional(), .labeled("title", defaulted: true)]) { inv in
            guard case .object(let o)? = inv.value(0), let box = o as? AxesBox else { throw inv.mismatch(0, expected: "Axes") }
            return .object(FigureBox(Figure(box.axes, title: try inv.optionalString(1))))
        }
        types["Figure"] = BuiltinType("Figure", initializers: [figureInit, singlePanel], staticMembers: [
            "learningCurves": .function(Function(.builtin([Builtin("learningCurves", [
                .positional(), .labeled("title", defaulted: true), .labeled("columns", defaulted: true),
            ]) { inv in
                let logs = try Self.curves(inv, 0)
                return .object(FigureBox(try Self.plotting(inv) {
                    try Figure.learningCurves(logs, title: try inv.optionalString(1), columns: try inv.optionalInt(2))
                }))
            }]), name: "learningCurves")),
            "functions": .function(Function(.builtin([Builtin("functions", [
                .positional(), .labeled("names"), .labeled("derivatives", defaulted: true), .labeled("in", defaulted: true),
                .labeled("title", defaulted: true), .labeled("xLabel", defaulted: true), .labeled("yLabel", defaulted: true),
            ]) { inv in
                let failure = ErrorBox()
                let fs = try Self.closures(inv, 0, failure: failure)
                let ds = inv.value(2) == nil ? nil : try Self.closures(inv, 2, failure: failure)
                let range = try inv.optionalClosedRange(3) ?? -5...5
                let figure = try Self.plotting(inv) {
                    try Figure.functions(
                        fs, names: try inv.strings(1), derivatives: ds, in: range, title: try inv.optionalString(4),
                        xLabel: try inv.optionalString(5) ?? "z", yLabel: try inv.optionalString(6))
                }
                try failure.rethrow()
                return .object(FigureBox(figure))
            }]), name: "functions")),
            "imageGrid": .function(Function(.builtin([Builtin("imageGrid", [
                .positional(), .labeled("width"), .labeled("labels", defaulted: true), .labeled("columns", defaulted: true),
                .labeled("title", defaulted: true),
            ]) { [unowned self] inv in
                let pixels = Self.elementCount(inv.value(0) ?? .void)
                _ = try checkedFigurePoints(0, adding: pixels, at: inv.callRange)
                let labels = inv.value(2) == nil ? nil : try inv.strings(2)
                return .object(FigureBox(try Self.plotting(inv) {
                    try Figure.imageGrid(try inv.matrix(0), width: try inv.int(1), labels: labels,
                                         columns: try inv.optionalInt(3) ?? 5, title: try inv.optionalString(4))
                }))
            }]), name: "imageGrid")),
        ])
        function("plot", [.positional(), .labeled("title", defaulted: true)]) { inv in
            let logs = try Self.curves(inv, 0)
            return .object(FigureBox(try Self.plotting(inv) { try Figure.learningCurves(logs, title: try inv.optionalString(1)) }))
        }
        objectMethods.append { [unowned self] value in
            guard case .object(let o) = value, let box = o as? FigureBox else { return [:] }
            return [
                "svg": [Builtin("svg", []) { _ in .string(box.figure.svg()) }],
                "save": [Builtin("save", [.positional()]) { [unowned self] inv in
                    let path = try pathToWrite(inv, 0)
                    try Self.plotting(inv) { try box.figure.write(to: URL(fileURLWithPath: path)) }
                    return .void
                }],
            ]
        }
    }

    /// Runs Plotting code, turning its errors into located cell errors.
    static func plotting<T>(_ inv: Invocation, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as RuntimeError {
            throw e
        } catch {
            throw RuntimeError("\(error)", at: inv.callRange)
        }
    }

    /// A `[String: [Double]]` of learning curves (Keras's history keys).
    static func curves(_ inv: Invocation, _ i: Int) throws -> [String: [Double]] {
        // A History stands for its logs, as `history.history` does.
        if case .object(let o as HistoryBox)? = inv.value(i) { return o.history.history }
        guard case .dictionary(let d, _)? = inv.value(i) else { throw inv.mismatch(i, expected: "[String: [Double]]") }
        var out: [String: [Double]] = [:]
        for (k, v) in d {
            guard case .string(let name) = k.value, case .array(let items) = v else {
                throw inv.mismatch(i, expected: "[String: [Double]]")
            }
            out[name] = try items.map { x -> Double in
                switch x {
                case .double(let d): return d
                case .int(let n): return Double(n)
                default: throw inv.mismatch(i, expected: "[String: [Double]]")
                }
            }
        }
        return out
    }

    static func closures(_ inv: Invocation, _ i: Int, failure: ErrorBox) throws -> [(Double) -> Double] {
        try inv.array(i).map { f in
            let single = Invocation(arguments: [f], ranges: [inv.range(i)], literal: [false], callRange: inv.callRange,
                                    receiver: .void, interpreter: inv.interpreter)
            return try single.realFunction(0, failure: failure)
        }
    }
}


import Diagnostics
import Plotting

extension BuiltinRegistry {
    /// `axes.line(x:y:…)` and the other marks: mutating methods of `Axes`, as in Plotting.
    func registerAxesMarks() {
        func mark(_ name: String, _ parameters: [BuiltinParameter],
                  _ body: @escaping (inout Axes, Invocation, ErrorBox) throws -> Void) {
            axesMutating[name, default: []].append(MutatingMethod(parameters: parameters) { [unowned self] receiver, args, range, interp in
                guard case .object(let o) = receiver, let box = o as? AxesBox else {
                    throw RuntimeError("'\(name)' is a method of Axes", at: range)
                }
                let inv = Invocation(arguments: args, ranges: args.map { _ in range }, literal: args.map { _ in false },
                                     callRange: range, receiver: receiver, interpreter: interp)
                let points = try self.checkedFigurePoints(
                    box.points, adding: try Self.markPoints(name, inv), at: range)
                var axes = box.axes
                let failure = ErrorBox()
                try Self.plotting(inv) { try body(&axes, inv, failure) }
                try failure.rethrow()
                receiver = .object(AxesBox(axes, points: points))
                return .void
            })
        }
        let optional = { (label: String) in BuiltinParameter.labeled(label, defaulted: true) }
        mark("line", [.labeled("x"), .labeled("y"), optional("label"), optional("dash"), optional("marker")]) { axes, inv, _ in
            try axes.line(x: try inv.doubles(0), y: try inv.doubles(1), label: try inv.optionalString(2),
                          dash: try inv.option(3, LineDash.self, default: .solid),
                          marker: try inv.option(4, MarkerShape.self, default: .none))
        }
        mark("function", [.positional(), .labeled("in"), optional("samples"), optional("label"), optional("dash")]) { axes, inv, failure in
            try axes.function(try inv.realFunction(0, failure: failure), in: try inv.closedRange(1),
                              samples: try inv.optionalInt(2) ?? 201, label: try inv.optionalString(3),
                              dash: try inv.option(4, LineDash.self, default: .solid))
        }
        mark("scatter", [.labeled("x"), .labeled("y"), optional("classes"), optional("classNames"), optional("label"),
                         optional("marker")]) { axes, inv, _ in
            try axes.scatter(x: try inv.doubles(0), y: try inv.doubles(1),
                             classes: inv.value(2) == nil ? nil : try inv.ints(2),
                             classNames: inv.value(3) == nil ? nil : try inv.strings(3), label: try inv.optionalString(4),
                             marker: try inv.option(5, MarkerShape.self, default: .circle))
        }
        mark("decisionRegions", [.labeled("x"), .labeled("y"), optional("resolution"), .positional()]) { axes, inv, failure in
            let classify = try inv.binaryFunction(3, failure: failure, fallback: 0) { v -> Int? in
                if case .int(let n) = v { return n }
                return nil
            }
            try axes.decisionRegions(x: try inv.closedRange(0), y: try inv.closedRange(1),
                                     resolution: try inv.optionalInt(2) ?? 150, classify: classify)
        }
        mark("contour", [.labeled("x"), .labeled("y"), optional("resolution"), optional("levels"), .positional()]) { axes, inv, failure in
            let f = try inv.binaryFunction(4, failure: failure, fallback: Double.nan) { v -> Double? in
                switch v {
                case .double(let d): return d
                case .int(let n): return Double(n)
                default: return nil
                }
            }
            var levels = ContourLevels.automatic(10)
            switch inv.value(3) {
            case .symbolCall("automatic", let a, _)?: if case .int(let n)? = a.first { levels = .automatic(n) }
            case .symbolCall("geometric", let a, _)?: if case .int(let n)? = a.first { levels = .geometric(n) }
            case .symbolCall("values", let a, _)?:
                if case .array(let items)? = a.first {
                    levels = .values(items.compactMap { if case .double(let d) = $0 { d } else if case .int(let n) = $0 { Double(n) } else { nil } })
                }
            case nil: break
            case let other?:
                throw RuntimeError("levels must be .automatic(n), .geometric(n) or .values([…]), not \(Formatter.describe(other))", at: inv.callRange)
            }
            try axes.contour(x: try inv.closedRange(0), y: try inv.closedRange(1), resolution: try inv.optionalInt(2) ?? 120,
                             levels: levels, f)
        }
        mark("histogram", [.positional(), optional("bins"), optional("density"), optional("label")]) { axes, inv, _ in
            try axes.histogram(try inv.doubles(0), bins: try inv.optionalInt(1),
                               density: inv.value(2) == nil ? false : try inv.bool(2), label: try inv.optionalString(3))
        }
        mark("bars", [.labeled("categories"), .labeled("values"), optional("label"), optional("showValues")]) { axes, inv, _ in
            try axes.bars(categories: try inv.strings(0), values: try inv.doubles(1), label: try inv.optionalString(2),
                          showValues: inv.value(3) == nil ? false : try inv.bool(3))
        }
        mark("heatmap", [.positional(), optional("rowLabels"), optional("columnLabels"), optional("colormap")]) { axes, inv, _ in
            try axes.heatmap(try inv.matrix(0), rowLabels: inv.value(1) == nil ? nil : try inv.strings(1),
                             columnLabels: inv.value(2) == nil ? nil : try inv.strings(2),
                             colormap: try inv.option(3, Colormap.self, default: .viridis))
        }
        mark("image", [.positional(), .labeled("width")]) { axes, inv, _ in
            try axes.image(try inv.doubles(0), width: try inv.int(1))
        }
    }
}

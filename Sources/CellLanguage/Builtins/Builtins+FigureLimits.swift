import Diagnostics

extension BuiltinRegistry {
    /// The points a mark call draws: the values of its array arguments, the cells of a
    /// `resolution` × `resolution` grid, a function's `samples`, a histogram's bins.
    static func markPoints(_ name: String, _ inv: Invocation) throws -> Int {
        switch name {
        case "histogram":
            return try inv.optionalInt(1) ?? 0
        case "function":
            return try inv.optionalInt(2) ?? 201
        case "decisionRegions", "contour":
            let r = try inv.optionalInt(2) ?? 150
            let (cells, overflow) = r.multipliedReportingOverflow(by: r)
            return overflow ? Int.max : cells
        default:
            return inv.arguments.reduce(0) { total, value in
                let (sum, overflow) = total.addingReportingOverflow(value.map(elementCount) ?? 0)
                return overflow ? Int.max : sum
            }
        }
    }

    /// The scalars in a value: nested arrays counted all the way down.
    static func elementCount(_ value: Value) -> Int {
        guard case .array(let items) = value else { return 0 }
        guard case .array? = items.first else { return items.count }
        return items.reduce(0) { $0 + elementCount($1) }
    }

    /// `existing + added` points, or an error at `range` when a figure would draw more than
    /// ``figurePointLimit`` of them.
    func checkedFigurePoints(_ existing: Int, adding added: Int, at range: SourceRange) throws
        -> Int
    {
        let (total, overflow) = existing.addingReportingOverflow(added)
        guard !overflow, total <= figurePointLimit else {
            throw RuntimeError(
                "this figure would draw \(overflow ? "more than \(Int.max)" : "\(total)") points, "
                    + "more than the limit of \(figurePointLimit); plot a sample or a "
                    + "coarser grid",
                at: range)
        }
        return total
    }
}

extension Tensor {
    /// The sum along `axes` (all axes when `nil`); reduced axes are dropped unless `keepDims`.
    public func sum(alongAxes axes: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
        let list = try reductionAxes(axes, operation: "sum")
        var result = self.detached()
        for axis in list.sorted(by: >) { result = ReductionKernels.sum(result, axis: axis) }
        result.shape = reducedShape(list, keepDims: keepDims)
        return result.recorded(.sum(axes: list, keepDims: keepDims), self)
    }

    /// The sum along one axis.
    public func sum(alongAxis axis: Int, keepDims: Bool = false) throws -> Tensor {
        try sum(alongAxes: [axis], keepDims: keepDims)
    }

    /// The arithmetic mean along `axes` (all axes when `nil`).
    public func mean(alongAxes axes: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
        let list = try reductionAxes(axes, operation: "mean")
        let n = list.map { shape[$0] }.product
        return try sum(alongAxes: list, keepDims: keepDims) / Float(Swift.max(n, 1))
    }

    /// The mean along one axis.
    public func mean(alongAxis axis: Int, keepDims: Bool = false) throws -> Tensor {
        try mean(alongAxes: [axis], keepDims: keepDims)
    }

    /// The biased variance `mean((x − mean(x))²)` along `axes` (NumPy's `var`, `ddof = 0`, and
    /// what batch normalization uses).
    public func variance(alongAxes axes: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
        let list = try reductionAxes(axes, operation: "variance")
        let centered = try self - mean(alongAxes: list, keepDims: true)
        return try centered.squared().mean(alongAxes: list, keepDims: keepDims)
    }

    /// The standard deviation `√variance` along `axes`.
    public func standardDeviation(alongAxes axes: [Int]? = nil, keepDims: Bool = false) throws
        -> Tensor
    {
        try variance(alongAxes: axes, keepDims: keepDims).sqrt()
    }

    /// The largest value along `axis` (over all elements when `nil`). The gradient goes to the
    /// maximal elements, shared equally among ties.
    public func max(alongAxis axis: Int? = nil, keepDims: Bool = false) throws -> Tensor {
        try extreme(axis, keepDims: keepDims, largest: true)
    }

    /// The smallest value along `axis` (over all elements when `nil`).
    public func min(alongAxis axis: Int? = nil, keepDims: Bool = false) throws -> Tensor {
        try extreme(axis, keepDims: keepDims, largest: false)
    }

    /// The index of the largest value along `axis` (first on ties), as Float values; not
    /// differentiable. Over all elements (flattened) when `axis` is `nil`.
    public func argmax(alongAxis axis: Int? = nil, keepDims: Bool = false) throws -> Tensor {
        try argExtreme(axis, keepDims: keepDims, largest: true)
    }

    /// The index of the smallest value along `axis` (first on ties); not differentiable.
    public func argmin(alongAxis axis: Int? = nil, keepDims: Bool = false) throws -> Tensor {
        try argExtreme(axis, keepDims: keepDims, largest: false)
    }

    private func extreme(_ axis: Int?, keepDims: Bool, largest: Bool) throws -> Tensor {
        let operation = largest ? "max" : "min"
        guard count > 0 else {
            throw TensorError.invalidShape(
                operation: operation, shape: shape, reason: "cannot reduce an empty tensor")
        }
        let source = axis == nil ? try reshaped([count]) : self
        let a = try source.normalized(axis: axis ?? 0, operation: operation)
        var result =
            largest
            ? ReductionKernels.reduce(source, axis: a, initial: -.infinity) { Swift.max($0, $1) }
            : ReductionKernels.reduce(source, axis: a, initial: .infinity) { Swift.min($0, $1) }
        result.shape = source.reducedShape([a], keepDims: keepDims && axis != nil)
        let primitive: Primitive =
            largest
            ? .max(axis: a, keepDims: keepDims && axis != nil)
            : .min(axis: a, keepDims: keepDims && axis != nil)
        return result.recorded(primitive, source)
    }

    private func argExtreme(_ axis: Int?, keepDims: Bool, largest: Bool) throws -> Tensor {
        let operation = largest ? "argmax" : "argmin"
        guard count > 0 else {
            throw TensorError.invalidShape(
                operation: operation, shape: shape, reason: "cannot reduce an empty tensor")
        }
        let source = axis == nil ? try reshaped([count]) : self.detached()
        let a = try source.normalized(axis: axis ?? 0, operation: operation)
        var result = ReductionKernels.argExtreme(source, axis: a, largest: largest)
        result.shape = source.reducedShape([a], keepDims: keepDims && axis != nil)
        return result
    }

    /// The distinct non-negative axes named by `axes` (all when `nil`).
    func reductionAxes(_ axes: [Int]?, operation: String) throws -> [Int] {
        guard let axes else { return Array(0..<rank) }
        let list = try axes.map { try normalized(axis: $0, operation: operation) }
        guard Set(list).count == list.count else {
            throw TensorError.invalidArgument(
                operation: operation, reason: "repeated axis in \(axes)")
        }
        return list
    }

    /// `shape` with `axes` set to 1 (`keepDims`) or removed.
    func reducedShape(_ axes: [Int], keepDims: Bool) -> [Int] {
        var result: [Int] = []
        for (i, d) in shape.enumerated() {
            if axes.contains(i) {
                if keepDims { result.append(1) }
            } else {
                result.append(d)
            }
        }
        return result
    }
}

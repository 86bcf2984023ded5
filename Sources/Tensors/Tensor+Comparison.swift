extension Tensor {
    /// 1 where `self > other`, else 0 (broadcasting; not differentiable).
    public func greater(_ other: Tensor) throws -> Tensor {
        try ElementwiseKernels.zip(detached(), other.detached(), operation: "greater") {
            $0 > $1 ? 1 : 0
        }
    }

    /// 1 where `self ≥ other`, else 0.
    public func greaterEqual(_ other: Tensor) throws -> Tensor {
        try ElementwiseKernels.zip(detached(), other.detached(), operation: "greaterEqual") {
            $0 >= $1 ? 1 : 0
        }
    }

    /// 1 where `self < other`, else 0.
    public func less(_ other: Tensor) throws -> Tensor { try other.greater(self) }

    /// 1 where `self ≤ other`, else 0.
    public func lessEqual(_ other: Tensor) throws -> Tensor { try other.greaterEqual(self) }

    /// 1 where `self == other`, else 0.
    public func equal(_ other: Tensor) throws -> Tensor {
        try ElementwiseKernels.zip(detached(), other.detached(), operation: "equal") {
            $0 == $1 ? 1 : 0
        }
    }

    /// 1 where `self != other`, else 0.
    public func notEqual(_ other: Tensor) throws -> Tensor {
        try ElementwiseKernels.zip(detached(), other.detached(), operation: "notEqual") {
            $0 != $1 ? 1 : 0
        }
    }

    /// 1 where `self > value`, else 0.
    public func greater(_ value: Float) -> Tensor {
        ElementwiseKernels.map(self) { $0 > value ? 1 : 0 }
    }

    /// 1 where `self < value`, else 0.
    public func less(_ value: Float) -> Tensor {
        ElementwiseKernels.map(self) { $0 < value ? 1 : 0 }
    }

    /// 1 where `self == value`, else 0.
    public func equal(_ value: Float) -> Tensor {
        ElementwiseKernels.map(self) { $0 == value ? 1 : 0 }
    }

    /// 1 where both masks are nonzero, else 0 (broadcasting).
    public func logicalAnd(_ other: Tensor) throws -> Tensor {
        try ElementwiseKernels.zip(detached(), other.detached(), operation: "logicalAnd") {
            $0 != 0 && $1 != 0 ? 1 : 0
        }
    }

    /// 1 where either mask is nonzero, else 0 (broadcasting).
    public func logicalOr(_ other: Tensor) throws -> Tensor {
        try ElementwiseKernels.zip(detached(), other.detached(), operation: "logicalOr") {
            $0 != 0 || $1 != 0 ? 1 : 0
        }
    }

    /// 1 where the mask is 0, else 0.
    public func logicalNot() -> Tensor {
        ElementwiseKernels.map(self) { $0 == 0 ? 1 : 0 }
    }

    /// The mean of all elements as a Float (for a 0/1 mask, the fraction of ones); 0 when
    /// empty.
    public func meanValue() -> Float {
        count == 0 ? 0 : ReductionKernels.pairwiseSum(storage.base, count) / Float(count)
    }

    /// `a` where `condition` is nonzero, else `b`; all three broadcast together (NumPy's
    /// `where`). The gradient flows to `a` and `b` through their selected elements only.
    public static func `where`(_ condition: Tensor, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        let ab = try Broadcasting.shape(a.shape, b.shape, operation: "where")
        let shape = try Broadcasting.shape(condition.shape, ab, operation: "where")
        let c = try condition.detached().broadcast(to: shape)
        let x = try a.broadcast(to: shape)
        let y = try b.broadcast(to: shape)
        let out = TensorStorage(uninitializedCount: shape.product)
        let pc = c.storage.base
        let px = x.storage.base
        let py = y.storage.base
        for i in 0..<out.count { out.base[i] = pc[i] != 0 ? px[i] : py[i] }
        return Tensor(shape: shape, storage: out).recorded(.select, c, x, y)
    }
}

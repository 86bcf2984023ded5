extension Tensor {
    /// Element-wise sum with NumPy broadcasting; throws when the shapes do not broadcast.
    public static func + (lhs: Tensor, rhs: Tensor) throws -> Tensor {
        try ElementwiseKernels.zip(lhs, rhs, operation: "add") { $0 + $1 }
            .recorded(.add, lhs, rhs)
    }

    /// Element-wise difference with NumPy broadcasting.
    public static func - (lhs: Tensor, rhs: Tensor) throws -> Tensor {
        try ElementwiseKernels.zip(lhs, rhs, operation: "subtract") { $0 - $1 }
            .recorded(.subtract, lhs, rhs)
    }

    /// Element-wise product with NumPy broadcasting.
    public static func * (lhs: Tensor, rhs: Tensor) throws -> Tensor {
        try ElementwiseKernels.zip(lhs, rhs, operation: "multiply") { $0 * $1 }
            .recorded(.multiply, lhs, rhs)
    }

    /// Element-wise quotient with NumPy broadcasting (IEEE division: x/0 is ±inf or NaN).
    public static func / (lhs: Tensor, rhs: Tensor) throws -> Tensor {
        try ElementwiseKernels.zip(lhs, rhs, operation: "divide") { $0 / $1 }
            .recorded(.divide, lhs, rhs)
    }

    /// The negation of every element.
    public static prefix func - (x: Tensor) -> Tensor {
        ElementwiseKernels.map(x) { -$0 }.recorded(.negate, x)
    }

    /// Adds a scalar to every element.
    public static func + (lhs: Tensor, rhs: Float) -> Tensor { lhs.adding(rhs) }
    /// Adds a scalar to every element.
    public static func + (lhs: Float, rhs: Tensor) -> Tensor { rhs.adding(lhs) }
    /// Subtracts a scalar from every element.
    public static func - (lhs: Tensor, rhs: Float) -> Tensor { lhs.adding(-rhs) }
    /// Subtracts every element from a scalar.
    public static func - (lhs: Float, rhs: Tensor) -> Tensor { (-rhs).adding(lhs) }
    /// Multiplies every element by a scalar.
    public static func * (lhs: Tensor, rhs: Float) -> Tensor { lhs.scaled(by: rhs) }
    /// Multiplies every element by a scalar.
    public static func * (lhs: Float, rhs: Tensor) -> Tensor { rhs.scaled(by: lhs) }
    /// Divides every element by a scalar.
    public static func / (lhs: Tensor, rhs: Float) -> Tensor { lhs.scaled(by: 1 / rhs) }
    /// Divides a scalar by every element.
    public static func / (lhs: Float, rhs: Tensor) -> Tensor {
        // A scalar always broadcasts.
        (try? Tensor(lhs) / rhs) ?? rhs
    }

    /// Element-wise maximum of two tensors with broadcasting (NumPy's `maximum`).
    public static func maximum(_ lhs: Tensor, _ rhs: Tensor) throws -> Tensor {
        try ElementwiseKernels.zip(lhs, rhs, operation: "maximum") { $0 >= $1 ? $0 : $1 }
            .recorded(.maximum, lhs, rhs)
    }

    /// Element-wise minimum of two tensors with broadcasting (NumPy's `minimum`).
    public static func minimum(_ lhs: Tensor, _ rhs: Tensor) throws -> Tensor {
        try ElementwiseKernels.zip(lhs, rhs, operation: "minimum") { $0 <= $1 ? $0 : $1 }
            .recorded(.minimum, lhs, rhs)
    }

    /// `self + s`, recorded as a broadcasting sum with a scalar constant.
    func adding(_ s: Float) -> Tensor {
        ElementwiseKernels.map(self) { $0 + s }.recorded(.add, self, Tensor(s))
    }

    /// `self * s`, recorded as a broadcasting product with a scalar constant.
    func scaled(by s: Float) -> Tensor {
        ElementwiseKernels.map(self) { $0 * s }.recorded(.multiply, self, Tensor(s))
    }
}

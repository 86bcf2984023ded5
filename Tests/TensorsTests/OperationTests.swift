import Testing

@testable import Tensors

/// Forward values of creation, reduction, shape, joining and loss operations, against NumPy.
struct OperationTests {
    let x = try! Tensor([[1, -2, 3], [4, 5, -6]])

    @Test func creation() throws {
        #expect(try Tensor.linspace(0, 1, count: 5).scalars == [0, 0.25, 0.5, 0.75, 1])
        #expect(try Tensor.arange(0, 1, step: 0.25).scalars == [0, 0.25, 0.5, 0.75])
        let r = try Tensor.arange(1, 2, step: 0.3).scalars
        #expect(
            r.count == 4 && zip(r, [1, 1.3, 1.6, 1.9]).allSatisfy { Swift.abs($0 - $1) < 1e-6 })
        #expect(Tensor.arange(3).scalars == [0, 1, 2])
        #expect(try Tensor.eye(2).scalars == [1, 0, 0, 1])
        #expect(try Tensor.full([2], value: 7).scalars == [7, 7])
        #expect(try Tensor.ones([2, 2]).count == 4)
        #expect(try Tensor.oneHot([2, 0], classes: 3).scalars == [0, 0, 1, 1, 0, 0])
    }

    @Test func reductions() throws {
        #expect(try x.sum(alongAxis: 0).scalars == [5, 3, -3])
        #expect(try x.sum(alongAxis: 1).scalars == [2, 3])
        #expect(Swift.abs(try x.mean().scalar! - 0.8333333) < 1e-6)
        #expect(try x.variance(alongAxes: [0]).scalars == [2.25, 12.25, 20.25])
        #expect(Swift.abs(try x.variance().scalar! - 14.472222) < 1e-4)
        #expect(try x.max(alongAxis: 1).scalars == [3, 5])
        #expect(try x.min(alongAxis: 0).scalars == [1, -2, -6])
        #expect(try x.argmax(alongAxis: 1).scalars == [2, 1])
        #expect(try x.argmax().scalars == [4])
        #expect(try x.sum(alongAxis: 1, keepDims: true).shape == [2, 1])
        let e = try Tensor(shape: [2, 3, 4], scalars: (0..<24).map(Float.init))
        #expect(try e.sum(alongAxes: [0, 2]).scalars == [60, 92, 124])
        #expect(try e.max(alongAxis: 1).scalars == [8, 9, 10, 11, 20, 21, 22, 23])
        #expect(try e.transposed([2, 0, 1]).scalars.prefix(8) == [0, 4, 8, 12, 16, 20, 1, 5])
    }

    @Test func joining() throws {
        let a = try Tensor(shape: [2, 3], scalars: [0, 1, 2, 3, 4, 5])
        let seven = try Tensor.full([2, 1], value: 7)
        #expect(try Tensor.concatenate([a, seven], axis: 1).scalars == [0, 1, 2, 7, 3, 4, 5, 7])
        let b = Tensor([10, 20, 30])
        #expect(try Tensor.stack([b, b * 2], axis: 1).scalars == [10, 20, 20, 40, 30, 60])
        #expect(try Tensor.stack([b, b], axis: 0).shape == [2, 3])
    }

    @Test func indexing() throws {
        #expect(try x.gathering(rows: [1, 1, 0]).scalars == [4, 5, -6, 4, 5, -6, 1, -2, 3])
        #expect(try x.rows(1..<2).scalars == [4, 5, -6])
        #expect(try x.element(at: [1, 2]) == -6)
        var y = x
        try y.setElement(9, at: [0, 0])
        #expect(y.scalars[0] == 9 && x.scalars[0] == 1, "copy-on-write keeps x unchanged")
    }

    /// `rows(_:)` shares the buffer like NumPy's `x[a:b]`, yet a write on either side is never
    /// seen by the other, also after the parent is gone and through a view of a view.
    @Test func rowSlicesShareTheBufferAndCopyOnWrite() throws {
        var parent = try Tensor(shape: [4, 2], scalars: (0..<8).map(Float.init))
        var view = try parent.rows(1..<3)
        #expect(view.storage.base == parent.storage.base + 2, "no copy is made")
        try view.setElement(-1, at: [0, 0])
        #expect(view.scalars == [-1, 3, 4, 5] && parent.scalars == (0..<8).map(Float.init))
        let second = try parent.rows(2..<4)
        let inner = try second.rows(1..<2)
        #expect(inner.storage.base == parent.storage.base + 6 && inner.scalars == [6, 7])
        try parent.setElement(100, at: [3, 1])
        #expect(
            parent.scalars[7] == 100 && second.scalars == [4, 5, 6, 7] && inner.scalars == [6, 7])
        parent = Tensor(0)
        #expect(second.scalars == [4, 5, 6, 7], "the view keeps the buffer alive")
        var reshaped = try inner.reshaped([2])
        reshaped.makeUnique()
        #expect(reshaped.storage.base != second.storage.base + 2 && reshaped.scalars == [6, 7])
    }

    @Test func softmaxAndLoss() throws {
        let s = try Tensor([[1, 2, 3], [1, 1, 1]])
        let expected: [Float] = [0.09003057, 0.24472847, 0.66524096, 1 / 3, 1 / 3, 1 / 3]
        for (p, q) in zip(try s.softmax().scalars, expected) { #expect(Swift.abs(p - q) < 1e-6) }
        let loss = try sparseSoftmaxCrossEntropy(logits: s, labels: [2, 0]).scalar!
        #expect(Swift.abs(loss - 0.75310913) < 1e-5)
        let dense = try softmaxCrossEntropy(logits: s, targets: Tensor.oneHot([2, 0], classes: 3))
        #expect(Swift.abs(dense.scalar! - 0.75310913) < 1e-5)
    }

    @Test func elementwise() throws {
        let v = Tensor([-1, 0, 0.5, 2])
        #expect(v.relu().scalars == [0, 0, 0.5, 2])
        #expect(v.abs().scalars == [1, 0, 0.5, 2])
        #expect(try v.clipped(min: -0.5, max: 1).scalars == [-0.5, 0, 0.5, 1])
        for (a, b) in zip(v.exp().scalars, [0.36787944, 1, 1.6487213, 7.389056] as [Float]) {
            #expect(Swift.abs(a - b) <= 2e-7 * b)
        }
        for (a, b) in zip(v.sigmoid().scalars, [0.26894142, 0.5, 0.62245935, 0.8807971] as [Float])
        {
            #expect(Swift.abs(a - b) < 1e-6)
        }
        #expect(v.pow(2).scalars == [1, 0, 0.25, 4])
    }

    @Test func fastExpAccuracy() {
        var worst: Float = 0
        var t: Float = -87
        while t < 88 {
            let exact = Float(Foundation_exp(Double(t)))
            worst = Swift.max(worst, Swift.abs(FastMath.exp(t) - exact) / exact)
            t += 0.0137
        }
        #expect(worst < 4e-7)
        #expect(FastMath.exp(.nan).isNaN)
        #expect(FastMath.exp(-200) == 0 || FastMath.exp(-200) < 1e-37)
    }
}

#if canImport(Glibc)
    import Glibc
    func Foundation_exp(_ x: Double) -> Double { Glibc.exp(x) }
#else
    import Darwin
    func Foundation_exp(_ x: Double) -> Double { Darwin.exp(x) }
#endif

/// Printing and equality.
struct DescriptionTests {
    @Test func nested() throws {
        #expect(try Tensor([[1, 2], [3, 4]]).description == "[[1.0, 2.0],\n [3.0, 4.0]]")
        #expect(Tensor(2.5).description == "2.5")
        #expect(Tensor.arange(10).description == "[0.0, 1.0, 2.0, ..., 7.0, 8.0, 9.0]")
        #expect(Tensor([1, 2]) == Tensor([1, 2]) && Tensor([1, 2]) != Tensor([1, 3]))
    }
}

/// The part of a variable one update call covers: `rows` runs of `columns` elements, `stride`
/// apart in the variable and its buffers and `gradientStride` apart in the gradient — a whole
/// variable is one run; a block of columns of a weight matrix, as the fused backward pass
/// hands it over, is one run per row.
struct UpdateRegion {
    /// The region's first element of the variable.
    var w: UnsafeMutablePointer<Float>
    /// Its gradient.
    var g: UnsafePointer<Float>
    /// Its first element in each of the optimizer's buffers, in ``BaseOptimizer/slotNames``
    /// order.
    var slots: [UnsafeMutablePointer<Float>]
    var rows: Int
    var columns: Int
    var stride: Int
    var gradientStride: Int

    /// A contiguous variable (or part of one) as one run; nil when a buffer has no storage.
    init?(
        _ w: UnsafeMutableBufferPointer<Float>, _ g: UnsafeBufferPointer<Float>,
        _ slots: [UnsafeMutableBufferPointer<Float>]
    ) {
        guard let wp = w.baseAddress, let gp = g.baseAddress else { return nil }
        var pointers: [UnsafeMutablePointer<Float>] = []
        for s in slots {
            guard let p = s.baseAddress else { return nil }
            pointers.append(p)
        }
        self.init(
            w: wp, g: gp, slots: pointers, rows: 1, columns: w.count, stride: w.count,
            gradientStride: w.count)
    }

    init(
        w: UnsafeMutablePointer<Float>, g: UnsafePointer<Float>,
        slots: [UnsafeMutablePointer<Float>], rows: Int, columns: Int, stride: Int,
        gradientStride: Int
    ) {
        self.w = w
        self.g = g
        self.slots = slots
        self.rows = rows
        self.columns = columns
        self.stride = stride
        self.gradientStride = gradientStride
    }

    /// Calls `body` once per run with the run's offset in the variable (and its buffers) and
    /// in the gradient.
    @inline(__always)
    func forEachRun(_ body: (_ offset: Int, _ gradientOffset: Int) -> Void) {
        for r in 0..<rows { body(r * stride, r * gradientStride) }
    }
}

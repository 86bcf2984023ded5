/// The per-variable buffers of an optimizer (momentum, velocity …): one contiguous run of
/// Float32 values per slot, with stable addresses so that update loops need no copies.
final class OptimizerSlots {
    /// The shape of the variable these buffers belong to.
    let shape: [Int]
    /// One buffer per slot, each holding one value per element of the variable.
    let buffers: [UnsafeMutableBufferPointer<Float>]

    /// Buffers for a variable of `shape`, slot `k` filled with `initialValues[k]`.
    init(shape: [Int], initialValues: [Float]) {
        self.shape = shape
        let count = shape.reduce(1, *)
        buffers = initialValues.map { value in
            let buffer = UnsafeMutableBufferPointer<Float>.allocate(capacity: max(count, 1))
            buffer.initialize(repeating: value)
            return UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
        }
    }

    /// The number of elements of the variable.
    var count: Int { shape.reduce(1, *) }

    deinit {
        for buffer in buffers { buffer.baseAddress?.deallocate() }
    }
}

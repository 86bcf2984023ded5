/// Scratch buffers for a ``DenseStack`` at a fixed batch capacity: each layer's activations
/// and two ping-pong gradient buffers. Allocated once; a training step allocates nothing.
final class DenseWorkspace {
    let capacity: Int
    let activations: [UnsafeMutablePointer<Float>]
    let gradientA: UnsafeMutablePointer<Float>
    let gradientB: UnsafeMutablePointer<Float>
    let labels: UnsafeMutablePointer<Int32>

    init(capacity: Int, widths: [Int]) {
        self.capacity = capacity
        activations = widths.map { .allocate(capacity: capacity * Swift.max($0, 1)) }
        let widest = widths.max() ?? 1
        gradientA = .allocate(capacity: capacity * widest)
        gradientB = .allocate(capacity: capacity * widest)
        labels = .allocate(capacity: capacity)
    }

    deinit {
        for buffer in activations { buffer.deallocate() }
        gradientA.deallocate()
        gradientB.deallocate()
        labels.deallocate()
    }
}

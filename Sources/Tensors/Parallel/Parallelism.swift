/// How the fused kernels use the machine's cores.
///
/// Batch-32 matrix products are too small for the BLAS library's own threading (its hand-off
/// costs more than it saves), so by default the engine runs BLAS on one thread and splits the
/// work of a training step itself: the two GEMMs of a layer's backward pass run side by side,
/// and forward products are split by output columns (by rows for evaluation batches).
public enum Parallelism {
    nonisolated(unsafe) static var shared: WorkerThread?

    /// Whether the fused kernels split work across two threads. Setting it also sets the BLAS
    /// library to one thread when on (it manages its own threads when off).
    nonisolated(unsafe) public static var isEnabled = false {
        didSet {
            if isEnabled && shared == nil { shared = WorkerThread() }
            BLAS.threadCount = isEnabled ? 1 : defaultBLASThreads
        }
    }

    /// The BLAS thread count to restore when the engine's own splitting is turned off.
    nonisolated(unsafe) public static var defaultBLASThreads = 2

    /// The smallest product (multiply-adds, rows × inputs × units) worth splitting across two
    /// threads; smaller ones run on the calling thread.
    nonisolated(unsafe) public static var minimumWork = 150_000

    /// Forward passes of at least twice this many rows are split by rows, smaller ones by
    /// output columns.
    nonisolated(unsafe) public static var rowSplitThreshold = 64

    /// Runs `first` here and `second` on the helper thread when enabled, else one after the
    /// other.
    @inline(__always)
    static func run(_ first: () -> Void, _ second: KernelTask) {
        withUnsafePointer(to: second) { task in
            if isEnabled, let worker = shared {
                worker.run(first, task)
            } else {
                first()
                task.pointee.execute()
            }
        }
    }
}

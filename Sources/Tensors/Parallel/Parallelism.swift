/// How the fused kernels use the machine's cores.
///
/// Batch-32 matrix products are too small for the BLAS library's own threading (its hand-off
/// costs more than it saves), so by default the engine runs BLAS on one thread and splits the
/// work of a training step itself: the two GEMMs of a layer's backward pass run side by side,
/// and forward products are split by output columns (by rows for evaluation batches; by rows
/// of W where a training step's backward pass and optimizer split W, so that each core keeps
/// its own half of the weights, ``FusedNetwork``).
public enum Parallelism {
    /// The helper thread, started the first time a context enables splitting.
    static let worker = WorkerThread()

    /// The helper thread when splitting is enabled in the current context.
    static var shared: WorkerThread? { isEnabled ? worker : nil }

    /// Whether the fused kernels split work across two threads, in the current
    /// ``EngineContext``. Setting it also sets the BLAS library to one thread when on (it
    /// manages its own threads when off).
    public static var isEnabled: Bool {
        get { EngineContext.current.parallel }
        set {
            EngineContext.current.parallel = newValue
            if newValue { _ = worker }
            BLAS.threadCount = newValue ? 1 : defaultBLASThreads
        }
    }

    /// The BLAS thread count to restore when the engine's own splitting is turned off.
    public static let defaultBLASThreads = 2

    /// The smallest product (multiply-adds, rows × inputs × units) worth splitting across two
    /// threads in the current context; smaller ones run on the calling thread.
    public static var minimumWork: Int {
        get { EngineContext.current.minimumWork }
        set { EngineContext.current.minimumWork = newValue }
    }

    /// Whether split-or-whole is chosen per job size by timing both (faster when the other core
    /// is busy), in the current context. The split and the whole paths round differently, so
    /// timed choices make two runs of the same seed differ in the last bits; off by default, so
    /// that training is bit-for-bit repeatable and chapters render the same numbers every time.
    public static var adaptive: Bool {
        get { EngineContext.current.adaptive }
        set { EngineContext.current.adaptive = newValue }
    }

    /// Forward passes of at least twice this many rows are split by rows, smaller ones by
    /// output columns.
    public static var rowSplitThreshold: Int {
        get { EngineContext.current.rowSplitThreshold }
        set { EngineContext.current.rowSplitThreshold = newValue }
    }

    /// Runs `first` here and `second` on the helper thread when enabled and the helper is free,
    /// else one after the other on this thread. Either way the two halves compute the same
    /// numbers, so whether a split job ran in parallel never changes a result.
    @inline(__always)
    static func run(_ first: () -> Void, _ second: KernelTask) {
        withUnsafePointer(to: second) { task in
            if let worker = shared, worker.tryRun(first, task) { return }
            first()
            task.pointee.execute()
        }
    }

    /// Runs the element-wise job `body` over `0..<count`: as two halves (the first here, the
    /// second on the helper thread) when `count` is at least `minimumCount`, else whole here.
    /// `body` must treat every index independently, so the result never depends on the split
    /// or on whether the helper ran; the halves meet at a multiple of 64.
    public static func forHalves(
        count: Int, minimumCount: Int = 1 << 13, _ body: (Range<Int>) -> Void
    ) {
        guard count >= minimumCount, count >= 128, shared != nil else {
            body(0..<count)
            return
        }
        run(count: count, splitAt: (count / 2 + 63) & ~63, body)
    }

    /// Runs `body(0..<middle)` here and `body(middle..<count)` on the helper thread when it is
    /// free, else both here, one after the other.
    static func run(count: Int, splitAt middle: Int, _ body: (Range<Int>) -> Void) {
        withoutActuallyEscaping(body) { work in
            let dummy = UnsafeMutablePointer<Float>(bitPattern: 64)!
            var task = KernelTask(
                kind: .closure, input: UnsafePointer(dummy), rows: 0, fanIn: 0, weight: dummy,
                units: 0, stride: 0, bias: dummy, activation: .linear, output: dummy,
                learningRate: 0)
            task.body = work
            task.range = middle..<count
            run({ work(0..<middle) }, task)
        }
    }

    /// The decision for one job: split it over two threads or run it whole on this one.
    struct Plan {
        var split: Bool
        var timedClass: Int
        var start: UInt64
    }

    /// Whether to split a job of `work` multiply-adds into two halves: when it has at least
    /// `minimumWork` of them — a rule of the job's size alone, so results do not depend on the
    /// machine's load, on the thread count or on other code training at the same time (split
    /// halves round differently from the whole job). With ``adaptive`` (and splitting enabled)
    /// the helper's measured schedule decides instead. Pass the plan to ``finish(_:)`` when the
    /// job is done, so that probed jobs are timed.
    @inline(__always)
    static func plan(work: Int, minimumWork: Int = Parallelism.minimumWork) -> Plan {
        guard work >= minimumWork else { return Plan(split: false, timedClass: -1, start: 0) }
        guard adaptive, let worker = shared, BLAS.engineKernelsAvailable && BLAS.kernels == .engine
        else { return Plan(split: true, timedClass: -1, start: 0) }
        let (split, c) = worker.choose(work: work)
        return Plan(split: split, timedClass: c, start: c >= 0 ? WorkerThread.now() : 0)
    }

    @inline(__always)
    static func finish(_ plan: Plan) {
        guard plan.timedClass >= 0, let worker = shared else { return }
        worker.record(
            timedClass: plan.timedClass, split: plan.split,
            nanoseconds: WorkerThread.now() &- plan.start)
    }
}

#if os(Linux)
    import Foundation
    import Synchronization

    /// One helper thread that may run a second piece of work while the caller runs the first:
    /// `worker.run(a, task)` returns when both are done.
    ///
    /// The caller posts `b`, runs `a`, then takes `b` back and runs it itself if the helper has
    /// not claimed it yet, so a helper that the scheduler has not woken (a busy, shared machine)
    /// costs nothing but the lost overlap. Between jobs the helper spins briefly (a batch-32
    /// training step posts work every few microseconds, too often for a condition variable) and
    /// then parks on a semaphore, so an idle engine does not burn a core.
    ///
    /// On a machine shared with other busy processes the helper is often not scheduled when work
    /// arrives, and waiting for it costs more than running serially. The caller therefore counts
    /// the jobs it had to take back or wait long for; when more than a quarter of the last 256
    /// missed, it runs everything itself for the next 8,192 jobs (the helper parks meanwhile)
    /// and then tries again.
    final class WorkerThread: @unchecked Sendable {
        private static let idle = 0
        private static let posted = 1
        private static let claimed = 2
        private static let done = 3
        private static let parked = 4

        private let state = Atomic<Int>(0)
        private let wake = DispatchSemaphore(value: 0)
        private var job: UnsafePointer<KernelTask>?
        private var jobs = 0
        private var misses = 0
        private var serialJobs = 0

        init() {
            let thread = Thread { [unowned self] in self.loop() }
            thread.stackSize = 1 << 20
            thread.start()
        }

        /// Runs `first` on the calling thread and `second` on the helper (or here, if the helper
        /// is not running), and waits for both.
        func run(_ first: () -> Void, _ second: UnsafePointer<KernelTask>) {
            if serialJobs > 0 {
                serialJobs -= 1
                first()
                second.pointee.execute()
                return
            }
            do {
                job = second
                if state.exchange(Self.posted, ordering: .acquiringAndReleasing) == Self.parked {
                    wake.signal()
                }
                first()
                let (reclaimed, _) = state.compareExchange(
                    expected: Self.posted, desired: Self.idle, ordering: .acquiringAndReleasing)
                var missed = reclaimed
                if reclaimed {
                    second.pointee.execute()
                } else {
                    var spins = 0
                    while state.load(ordering: .acquiring) != Self.done {
                        spins += 1
                        if spins > 4096 { sched_yield() }
                    }
                    missed = spins > 4096
                    state.store(Self.idle, ordering: .releasing)
                }
                job = nil
                jobs += 1
                if missed { misses += 1 }
                if jobs == 256 {
                    if misses > 64 { serialJobs = 8192 }
                    jobs = 0
                    misses = 0
                }
            }
        }

        private func loop() {
            var spins = 0
            while true {
                let current = state.load(ordering: .acquiring)
                if current == Self.posted {
                    let (claimed, _) = state.compareExchange(
                        expected: Self.posted, desired: Self.claimed,
                        ordering: .acquiringAndReleasing)
                    if claimed {
                        job?.pointee.execute()
                        state.store(Self.done, ordering: .releasing)
                    }
                    spins = 0
                } else if spins > 20_000 {
                    let (parking, _) = state.compareExchange(
                        expected: Self.idle, desired: Self.parked,
                        ordering: .acquiringAndReleasing)
                    if parking { wake.wait() }
                    spins = 0
                } else {
                    spins += 1
                }
            }
        }
    }
#else
    /// The portable fallback: runs both pieces of work on the calling thread, one after the other.
    final class WorkerThread: @unchecked Sendable {
        func run(_ first: () -> Void, _ second: UnsafePointer<KernelTask>) {
            first()
            second.pointee.execute()
        }
    }
#endif

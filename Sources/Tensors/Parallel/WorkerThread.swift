#if os(Linux)
    import Foundation
    import Synchronization

    /// One helper thread that may run a second piece of work while the caller runs the first:
    /// `worker.run(a, task)` returns when both are done.
    ///
    /// The caller posts `b`, runs `a`, then takes `b` back and runs it itself if the helper has
    /// not claimed it yet, so a helper that the scheduler has not woken (a busy, shared machine)
    /// costs nothing but the lost overlap. Between jobs the helper spins for a while (a training
    /// step posts work every few microseconds, and the gap between steps — gathering the next
    /// mini-batch — is a few tens of microseconds: both too short for a semaphore's wake-up) and
    /// then parks on a semaphore, so an idle engine does not burn a core.
    ///
    /// On a machine shared with other busy processes the helper is often descheduled, and
    /// waiting for it then costs more than running serially. So the caller measures instead of
    /// guessing: every round it times 64 jobs split and 64 run serially, then runs the next
    /// 2,048 jobs the faster way (split only when it saves at least 5%). Both ways compute the
    /// same numbers (the kernels sum every element in the same order however the work is split),
    /// so the choice changes the speed only, never the results.
    final class WorkerThread: @unchecked Sendable {
        private static let idle = 0
        private static let posted = 1
        private static let claimed = 2
        private static let done = 3
        private static let parked = 4

        private let state = Atomic<Int>(0)
        private let wake = DispatchSemaphore(value: 0)
        private var job: UnsafePointer<KernelTask>?
        /// The adaptive schedule: `probe` jobs run split and `probe` serially while the time
        /// spent in `run` is summed for each, then the faster way runs for `exploit` jobs.
        private static let probe = 64
        private static let exploit = 2048
        private var jobs = 0
        private var splitTime: UInt64 = 0
        private var serialTime: UInt64 = 0
        private var serialJobs = 0
        private var splitJobs = 0

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
            if splitJobs > 0 {
                splitJobs -= 1
                split(first, second)
                return
            }
            // Probing: the first `probe` jobs of a round split, the next `probe` run serially.
            let start = Self.now()
            if jobs < Self.probe {
                split(first, second)
                splitTime &+= Self.now() &- start
            } else {
                first()
                second.pointee.execute()
                serialTime &+= Self.now() &- start
            }
            jobs += 1
            if jobs == 2 * Self.probe {
                // Splitting must save at least 5% to be worth a second busy core.
                if splitTime &* 20 < serialTime &* 19 {
                    splitJobs = Self.exploit
                } else {
                    serialJobs = Self.exploit
                }
                jobs = 0
                splitTime = 0
                serialTime = 0
            }
        }

        /// Monotonic nanoseconds.
        @inline(__always)
        private static func now() -> UInt64 {
            var t = timespec()
            clock_gettime(CLOCK_MONOTONIC, &t)
            return UInt64(t.tv_sec) &* 1_000_000_000 &+ UInt64(t.tv_nsec)
        }

        /// Posts `second` to the helper, runs `first`, then takes `second` back if the helper has
        /// not claimed it, else waits for the helper to finish it.
        @inline(__always)
        private func split(_ first: () -> Void, _ second: UnsafePointer<KernelTask>) {
            job = second
            if state.exchange(Self.posted, ordering: .acquiringAndReleasing) == Self.parked {
                wake.signal()
            }
            first()
            let (reclaimed, _) = state.compareExchange(
                expected: Self.posted, desired: Self.idle, ordering: .acquiringAndReleasing)
            if reclaimed {
                second.pointee.execute()
            } else {
                var spins = 0
                while state.load(ordering: .acquiring) != Self.done {
                    spins += 1
                    if spins > 4096 { sched_yield() }
                }
                state.store(Self.idle, ordering: .releasing)
            }
            job = nil
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
                } else if spins > 400_000 {
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

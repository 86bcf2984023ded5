#if os(Linux)
    import Foundation
    import Synchronization
    import CTensorKernels

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
    /// waiting for it then costs more than running serially; small jobs may not pay for the
    /// hand-off even on an idle machine. So the caller measures instead of guessing, separately
    /// for classes of job size (by powers of four): it times 64 jobs, each split or run whole at random, then
    /// runs the following ones the faster way (see `Schedule`, `Parallelism.plan(work:)`). Both ways compute the same numbers
    /// (the kernels sum every element in the same order however the work is split), so the choice
    /// changes the speed only, never the results.
    final class WorkerThread: @unchecked Sendable {
        private static let idle = 0
        private static let posted = 1
        private static let claimed = 2
        private static let done = 3
        private static let parked = 4

        private let state = Atomic<Int>(0)
        private let wake = DispatchSemaphore(value: 0)
        private var job: UnsafePointer<KernelTask>?
        /// The adaptive schedule of one class of jobs (jobs of similar size): `probe` jobs, each
        /// run split or serially at random, are timed, then the faster way runs for `exploit`
        /// jobs; the same verdict twice in a row doubles `exploit` (up to 32,768 jobs), so a
        /// machine whose second core stays busy pays for probing less and less often.
        struct Schedule {
            var probed = 0
            var splitCount = 0
            var splitTime: UInt64 = 0
            var serialTime: UInt64 = 0
            var remaining = 0
            var splitting = false
            var exploit = 16
        }
        private static let probe = 64
        private var schedules = [Schedule](repeating: Schedule(), count: 8)
        private var coin: UInt32 = 0x9E37_79B9

        init() {
            let thread = Thread { [unowned self] in self.loop() }
            thread.stackSize = 1 << 20
            thread.start()
        }

        /// Whether to split the next job of `work` multiply-adds, and the schedule class to
        /// report its time to (`-1`: not timed).
        func choose(work: Int) -> (split: Bool, timedClass: Int) {
            let bits = Int.bitWidth - work.leadingZeroBitCount
            let c = Swift.min(7, Swift.max(0, (bits - 17) / 2))
            if schedules[c].remaining > 0 {
                schedules[c].remaining -= 1
                return (schedules[c].splitting, -1)
            }
            coin ^= coin << 13
            coin ^= coin >> 17
            coin ^= coin << 5
            return (coin & 1 == 0, c)
        }

        /// Reports how long a probed job took, split or not.
        func record(timedClass c: Int, split: Bool, nanoseconds: UInt64) {
            var s = schedules[c]
            if split {
                s.splitTime &+= nanoseconds
                s.splitCount += 1
            } else {
                s.serialTime &+= nanoseconds
            }
            s.probed += 1
            // Large jobs (from 2²² multiply-adds, some tens of microseconds and more) are timed
            // well by few samples and are few (an evaluation pass makes a handful): short
            // probes and short first runs for them.
            let large = c >= 3
            let probe = large ? 8 : Self.probe
            if s.probed >= probe && s.splitCount > 0 && s.splitCount < s.probed {
                let splits = UInt64(s.splitCount)
                let serials = UInt64(s.probed - s.splitCount)
                // Splitting must save at least 5% per job to be worth a second busy core.
                let splitWins = s.splitTime &* serials &* 20 < s.serialTime &* splits &* 19
                let first = large ? 16 : 1024
                s.exploit = splitWins == s.splitting ? Swift.min(s.exploit * 2, 32_768) : first
                s.splitting = splitWins
                s.remaining = s.exploit
                s.probed = 0
                s.splitCount = 0
                s.splitTime = 0
                s.serialTime = 0
            }
            schedules[c] = s
        }

        /// Whether a caller is using the helper (one at a time: a second caller runs its halves
        /// itself).
        private let busy = Atomic<Bool>(false)

        /// Runs `first` on the calling thread and `second` on the helper (or here, if the helper
        /// has not claimed it by the time `first` is done), and waits for both; returns false,
        /// running nothing, when another thread is using the helper.
        func tryRun(_ first: () -> Void, _ second: UnsafePointer<KernelTask>) -> Bool {
            guard
                busy.compareExchange(
                    expected: false, desired: true, ordering: .acquiringAndReleasing
                ).exchanged
            else { return false }
            defer { busy.store(false, ordering: .releasing) }
            split(first, second)
            return true
        }

        /// Monotonic nanoseconds.
        @inline(__always)
        static func now() -> UInt64 {
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
                        if let job {
                            tk_set_fp_mode(job.pointee.floatingPointMode)
                            job.pointee.execute()
                        }
                        state.store(Self.done, ordering: .releasing)
                    }
                    spins = 0
                } else if spins > 24_000 {
                    let (parking, _) = state.compareExchange(
                        expected: Self.idle, desired: Self.parked,
                        ordering: .acquiringAndReleasing)
                    if parking { wake.wait() }
                    spins = 0
                } else {
                    // Spin on the flag, and after the first few thousand rounds yield the core
                    // between looks (a shared machine's other threads, the caller's included when
                    // both land on one core, run meanwhile); park after a few milliseconds.
                    spins += 1
                    if spins > 20_000 { sched_yield() }
                }
            }
        }
    }
#else
    /// The portable fallback: runs both pieces of work on the calling thread, one after the other.
    final class WorkerThread: @unchecked Sendable {
        func choose(work: Int) -> (split: Bool, timedClass: Int) { (false, -1) }
        func record(timedClass c: Int, split: Bool, nanoseconds: UInt64) {}
        static func now() -> UInt64 { 0 }
        func tryRun(_ first: () -> Void, _ second: UnsafePointer<KernelTask>) -> Bool { false }
    }
#endif

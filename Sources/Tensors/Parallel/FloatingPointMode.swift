import CTensorKernels

/// The floating-point mode of training steps.
public enum FloatingPointMode {
    /// Runs `body` with subnormal results flushed to zero and subnormal inputs read as zero
    /// (x86-64's FTZ and DAZ; elsewhere `body` runs unchanged), then restores the thread's mode.
    /// TensorFlow and XLA run their CPU kernels this way; without it, optimizer state that decays
    /// below 2⁻¹²⁶ ≈ 1.2·10⁻³⁸ (Adam's v of a rarely active weight) costs a microcode assist
    /// per operation, 50–100× a normal one. Split jobs run their helper half in the same mode,
    /// so results do not depend on which thread ran what.
    @inline(__always)
    public static func flushingSubnormals<R>(_ body: () throws -> R) rethrows -> R {
        let old = tk_flush_denormals()
        defer { tk_set_fp_mode(old) }
        return try body()
    }
}

#if canImport(Accelerate)
    import Accelerate
#else
    import CBLAS
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// The engine's only door to the BLAS library: OpenBLAS (or any CBLAS found by pkg-config) on
/// Linux, Accelerate on Apple platforms. Matrices are row-major Float32; transposes are passed as
/// flags and never materialized.
public enum BLAS {
    /// `C ← alpha · op(A) · op(B) + beta · C` where `op(A)` is `m × k` and `op(B)` is `k × n`;
    /// `lda`, `ldb`, `ldc` are the row strides of A, B and C as stored.
    @inline(__always)
    public static func sgemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        alpha: Float, a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        guard m > 0 && n > 0 else { return }
        if let library = loaded {
            library.sgemm(
                101, transposeA ? 112 : 111, transposeB ? 112 : 111, Int32(m), Int32(n),
                Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
            return
        }
        cblas_sgemm(
            CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans,
            transposeB ? CblasTrans : CblasNoTrans,
            Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }

    /// `y ← alpha · x + y` over `n` contiguous elements.
    @inline(__always)
    public static func saxpy(
        n: Int, alpha: Float, x: UnsafePointer<Float>, y: UnsafeMutablePointer<Float>
    ) {
        cblas_saxpy(Int32(n), alpha, x, 1, y, 1)
    }

    /// The number of threads the BLAS library uses for one call (OpenBLAS only; Accelerate
    /// manages its own threads and ignores this).
    public static var threadCount: Int {
        get {
            #if canImport(Accelerate)
                return 1
            #else
                return Int(openblas_get_num_threads())
            #endif
        }
        set {
            if let library = loaded { library.setThreads?(Int32(Swift.max(newValue, 1))) }
            #if !canImport(Accelerate)
                openblas_set_num_threads(Int32(Swift.max(newValue, 1)))
            #endif
        }
    }

    /// A description of the linked library and its kernels (OpenBLAS's build configuration).
    public static var configuration: String {
        if let library = loaded { return library.description }
        #if canImport(Accelerate)
            return "Accelerate"
        #else
            guard let config = openblas_get_config() else { return "CBLAS" }
            var text = String(cString: config)
            if let core = openblas_get_corename() { text += " core=" + String(cString: core) }
            return text
        #endif
    }

    /// The run-time library in use, if any (see ``load(library:)``).
    nonisolated(unsafe) static var loaded: BLASLibrary? = {
        #if canImport(Glibc)
            if let path = getenv("TENSORS_BLAS_LIBRARY") {
                return try? BLASLibrary(path: String(cString: path))
            }
        #endif
        return nil
    }()

    /// Routes all later BLAS calls to the CBLAS in the shared library at `path` (plain or
    /// `scipy_`-prefixed symbols); `nil` returns to the linked library. Throws when the library
    /// cannot be opened or has no `cblas_sgemm`.
    public static func load(library path: String?) throws {
        loaded = try path.map { try BLASLibrary(path: $0) }
    }
}

import CTensorKernels

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
    /// `lda`, `ldb`, `ldc` are the row strides of A, B and C as stored. `kernels` chooses the
    /// kernels for this call only (``kernels`` by default).
    @inline(__always)
    public static func sgemm(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
        alpha: Float, a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int, kernels: Kernels = BLAS.kernels
    ) {
        guard m > 0 && n > 0 else { return }
        if useEngineKernels(
            m: m, n: n, k: k, transposeA: transposeA, transposeB: transposeB, kernels: kernels)
        {
            if transposeB {
                tk_sgemm_nt(m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
            } else {
                tk_sgemm(
                    m, n, k, alpha, a, transposeA ? 1 : lda, transposeA ? lda : 1, b, ldb, beta,
                    nil, c, ldc)
            }
            return
        }
        library(
            transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha, a: a,
            lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
    }

    /// `C ← op(A) · B + bias` (the bias broadcast over the rows of C, or `C ← op(A) · B` when
    /// `bias` is nil): the forward product of a dense layer with its bias folded in, by the
    /// engine's kernels where they run, else by the BLAS library onto preloaded bias rows.
    @inline(__always)
    public static func sgemmBias(
        transposeA: Bool, m: Int, n: Int, k: Int, a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int, bias: UnsafePointer<Float>?,
        c: UnsafeMutablePointer<Float>, ldc: Int, kernels: Kernels = BLAS.kernels
    ) {
        guard m > 0 && n > 0 else { return }
        if useEngineKernels(
            m: m, n: n, k: k, transposeA: transposeA, transposeB: false, kernels: kernels)
        {
            tk_sgemm(
                m, n, k, 1, a, transposeA ? 1 : lda, transposeA ? lda : 1, b, ldb, 0, bias, c,
                ldc)
            return
        }
        if let bias {
            for r in 0..<m { (c + r * ldc).update(from: bias, count: n) }
        }
        library(
            transposeA: transposeA, transposeB: false, m: m, n: n, k: k, alpha: 1, a: a, lda: lda,
            b: b, ldb: ldb, beta: bias == nil ? 0 : 1, c: c, ldc: ldc)
    }

    /// Which matrix-product kernels ``sgemm(transposeA:transposeB:m:n:k:alpha:a:lda:b:ldb:beta:c:ldc:)``
    /// uses.
    public enum Kernels: Sendable {
        /// The engine's own AVX-512 kernels for products up to ``engineKernelLimit`` FLOPs (they
        /// skip the packing that dominates small products), the BLAS library above it and for
        /// `Aᵀ·Bᵀ`. Only on CPUs with AVX-512F/VL; elsewhere the same as `.library`.
        case engine
        /// Always the BLAS library (linked, or loaded with ``load(library:)``).
        case library
    }

    /// Whether this CPU runs the engine's own kernels (x86-64 with AVX-512F and AVX-512VL).
    public static let engineKernelsAvailable: Bool = tk_sgemm_available() != 0

    /// The kernels in use in the current ``EngineContext``.
    public static var kernels: Kernels {
        get { EngineContext.current.kernels }
        set { EngineContext.current.kernels = newValue }
    }

    /// The kernels a new context uses: `.engine` where available, unless the environment
    /// variable `TENSORS_GEMM` is `blas` (or a library is loaded through `TENSORS_BLAS_LIBRARY`).
    public static let defaultKernels: Kernels = {
        #if canImport(Glibc)
            if let choice = getenv("TENSORS_GEMM"), String(cString: choice) == "blas" {
                return .library
            }
            if getenv("TENSORS_BLAS_LIBRARY") != nil { return .library }
        #endif
        return .engine
    }()

    /// The largest product (2·m·n·k FLOPs) given to the engine's own kernels in the current
    /// context; larger ones go to the BLAS library, whose packed kernels win once the operands
    /// outgrow the caches.
    public static var engineKernelLimit: Int {
        get { EngineContext.current.engineKernelLimit }
        set { EngineContext.current.engineKernelLimit = newValue }
    }

    @inline(__always)
    static func useEngineKernels(
        m: Int, n: Int, k: Int, transposeA: Bool, transposeB: Bool, kernels: Kernels
    ) -> Bool {
        engineKernelsAvailable && kernels == .engine && !(transposeA && transposeB)
            && 2 * m * n * k <= engineKernelLimit
    }

    /// The BLAS library's `sgemm`, whatever ``kernels`` says.
    @inline(__always)
    public static func library(
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

    /// A description of the kernels in use: the engine's own where they run, and the BLAS
    /// library (OpenBLAS's build configuration).
    public static var configuration: String {
        let own = engineKernelsAvailable && kernels == .engine ? "engine AVX-512 kernels + " : ""
        return own + libraryConfiguration
    }

    /// A description of the BLAS library and its kernels (OpenBLAS's build configuration).
    public static var libraryConfiguration: String {
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

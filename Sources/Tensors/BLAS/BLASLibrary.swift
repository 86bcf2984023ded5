#if os(Linux)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A CBLAS loaded at run time instead of the linked one, for choosing kernels by measurement:
/// for example the OpenBLAS that PyPI's `scipy-openblas32` wheel ships (its symbols carry a
/// `scipy_` prefix, so it can sit beside the system's OpenBLAS in one process).
///
/// `BLAS` uses the loaded library for every call once ``BLAS/load(library:)`` succeeds; the
/// environment variable `TENSORS_BLAS_LIBRARY` loads one at first use.
struct BLASLibrary {
    typealias SGEMM =
        @convention(c) (
            Int32, Int32, Int32, Int32, Int32, Int32, Float, UnsafePointer<Float>?, Int32,
            UnsafePointer<Float>?, Int32, Float, UnsafeMutablePointer<Float>?, Int32
        ) -> Void
    typealias SetThreads = @convention(c) (Int32) -> Void
    typealias Describe = @convention(c) () -> UnsafePointer<CChar>?

    let path: String
    let sgemm: SGEMM
    let setThreads: SetThreads?
    let config: Describe?
    let coreName: Describe?

    /// Opens `path` and finds `cblas_sgemm` under the plain or the `scipy_` name.
    init(path: String) throws {
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
            throw TensorError.invalidArgument(
                operation: "BLAS.load", reason: "cannot open \(path)")
        }
        func symbol<T>(_ names: [String], as type: T.Type) -> T? {
            for name in names {
                if let p = dlsym(handle, name) { return unsafeBitCast(p, to: type) }
            }
            return nil
        }
        guard let sgemm = symbol(["scipy_cblas_sgemm", "cblas_sgemm"], as: SGEMM.self) else {
            throw TensorError.invalidArgument(
                operation: "BLAS.load", reason: "\(path) exports no cblas_sgemm")
        }
        self.path = path
        self.sgemm = sgemm
        setThreads = symbol(
            ["scipy_openblas_set_num_threads", "openblas_set_num_threads"], as: SetThreads.self)
        config = symbol(["scipy_openblas_get_config", "openblas_get_config"], as: Describe.self)
        coreName = symbol(
            ["scipy_openblas_get_corename", "openblas_get_corename"], as: Describe.self)
    }

    /// A one-line description: the path, configuration and kernel family.
    var description: String {
        var text = path
        if let c = config?() { text += " " + String(cString: c) }
        if let c = coreName?() { text += " core=" + String(cString: c) }
        return text
    }
}

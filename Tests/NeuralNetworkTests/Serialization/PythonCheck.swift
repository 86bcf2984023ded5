import Foundation

/// Runs a Python snippet with the interpreter in `HANDSON_PYTHON` (else `python3`), for checks
/// against independent readers (safetensors, TensorBoard). `nil` when that Python lacks the
/// modules, so the check is skipped rather than failed on machines without them.
enum PythonCheck {
    static var python: String {
        ProcessInfo.processInfo.environment["HANDSON_PYTHON"] ?? "python3"
    }

    static func run(_ script: String, needing modules: [String]) -> (status: Int32, output: String)? {
        let probe = modules.map { "import \($0)" }.joined(separator: "; ")
        guard let (status, _) = execute(probe), status == 0 else { return nil }
        return execute(script)
    }

    static func execute(_ script: String) -> (Int32, String)? {
        let process = Process()
        // A path runs as it is; a bare name is looked up on PATH.
        let direct = python.contains("/")
        process.executableURL = URL(fileURLWithPath: direct ? python : "/usr/bin/env")
        process.arguments = (direct ? [] : [python]) + ["-c", script]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

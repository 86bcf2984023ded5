import Foundation
import Testing

/// Runs a Python snippet with the interpreter in `HANDSON_PYTHON` (else `python3`), for checks
/// against independent readers (safetensors, TensorBoard). A test that needs them declares
/// `.enabled(if: PythonCheck.available([…]), …)`, so on machines without them it is reported as
/// skipped, never as passed.
enum PythonCheck {
    static var python: String {
        ProcessInfo.processInfo.environment["HANDSON_PYTHON"] ?? "python3"
    }

    /// Whether that Python runs and imports every one of `modules`.
    static func available(_ modules: [String]) -> Bool {
        let probe = modules.map { "import \($0)" }.joined(separator: "; ")
        guard let (status, _) = execute(probe) else { return false }
        return status == 0
    }

    /// The reason shown for a test skipped for want of `modules`.
    static func missing(_ modules: [String]) -> Comment {
        let names = modules.joined(separator: ", ")
        return Comment(
            rawValue: "needs \(python) with the Python modules \(names) (set HANDSON_PYTHON)")
    }

    /// Runs `script`; nil when that Python lacks `modules` or cannot be started.
    static func run(_ script: String, needing modules: [String]) -> (status: Int32, output: String)?
    {
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

import Foundation
import Runner

// Renders the same chapters again and again in one process, as a preview server re-renders on
// every edit, and prints the resident memory after each tenth render: it must stay flat.
// Usage: render-soak [COUNT] [CHAPTER…]   (default 100 renders of chapters/)
setvbuf(stdout, nil, _IOLBF, 0)
let arguments = Array(CommandLine.arguments.dropFirst())
let count = arguments.first.flatMap { Int($0) } ?? 100
let chapters = arguments.first.flatMap { Int($0) } == nil ? arguments : Array(arguments.dropFirst())
let output = FileManager.default.temporaryDirectory
    .appendingPathComponent("handson-soak-\(ProcessInfo.processInfo.processIdentifier)").path
defer { try? FileManager.default.removeItem(atPath: output) }

/// The process's resident set size in MB (VmRSS of /proc/self/status).
func residentMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
        let kB = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return 0 }
    return kB / 1024
}

let runner = Runner(cellTimeout: 300) { _ in }
var readings: [Double] = []
let start = Date()
for n in 1...max(1, count) {
    let code = runner.render(chapters, outputDirectory: output)
    guard code == .success else {
        print("render \(n) failed with exit code \(code.rawValue)")
        exit(1)
    }
    if n % 10 == 0 || n == 1 {
        readings.append(residentMB())
        print(
            String(
                format: "render %4d: %7.1f MB resident, %.1f s", n, residentMB(),
                Date().timeIntervalSince(start)))
    }
}
if let first = readings.dropFirst().first, let last = readings.last {
    print(String(format: "growth from render 10 to %d: %+.1f MB", count, last - first))
}

import CellLanguage
import Diagnostics
import Foundation

// Fuzzes the cell language: N random programs (default 100,000) from a seed, each through
// parse + lower + interpret in a fresh session with a step budget and a time limit. Before each
// input runs it is written to .fuzz-last.swift, so a crash leaves the input that caused it.
// Usage: cell-fuzz [COUNT] [SEED]
setvbuf(stdout, nil, _IOLBF, 0)  // progress lines appear as they happen, even in a log file
let arguments = CommandLine.arguments
let count = arguments.count > 1 ? Int(arguments[1]) ?? 100_000 : 100_000
let seed = arguments.count > 2 ? UInt64(arguments[2]) ?? 1 : 1
var generator = ProgramGenerator(rng: SplitMix64(seed: seed))
let lastInput = URL(fileURLWithPath: ".fuzz-last.swift")
var phases = ["ok": 0, "syntax": 0, "lowering": 0, "runtime": 0]
var slowest = (0.0, "")
let start = Date()
for n in 0..<count {
    let program = generator.program()
    try? program.write(to: lastInput, atomically: false, encoding: .utf8)
    let session = Session(timeLimit: 2)
    session.stepLimit = 10_000
    let result = session.run(program) { SourceLocation(file: "fuzz.swift", line: $0, column: $1) }
    phases[result.error?.phase.rawValue ?? "ok", default: 0] += 1
    if result.duration > slowest.0 { slowest = (result.duration, program) }
    if (n + 1) % 10_000 == 0 {
        print("\(n + 1) inputs, \(String(format: "%.1f", Date().timeIntervalSince(start))) s: \(phases.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))")
    }
}
try? FileManager.default.removeItem(at: lastInput)
print("done: \(count) inputs from seed \(seed) without a crash or hang; slowest input \(String(format: "%.3f", slowest.0)) s")

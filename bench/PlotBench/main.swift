// PlotBench: timing and size of the figures the acceptance criteria name.
//
//     swift run -c release PlotBench [runs]
//
// Prints the median, minimum and maximum wall time over `runs` repetitions (default 21) of
// building and writing each figure, and the size of the SVG.
import Foundation
import Plotting

/// Deterministic noise (a linear congruential generator), so every run plots the same data.
struct Noise {
    var state: UInt64 = 42
    mutating func next() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) / Double(1 << 53) - 0.5
    }
}

func measure(_ name: String, runs: Int, _ body: () throws -> String) rethrows {
    var times: [Double] = []
    var size = 0
    for _ in 0..<runs {
        let start = ContinuousClock.now
        let svg = try body()
        let elapsed = ContinuousClock.now - start
        times.append(
            Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3
        )
        size = svg.utf8.count
    }
    times.sort()
    let median = times[times.count / 2]
    let line = String(
        format: "%@ median %7.2f ms  min %7.2f  max %7.2f  size %6.1f KB",
        name.padding(toLength: 44, withPad: " ", startingAt: 0), median, times[0],
        times[times.count - 1], Double(size) / 1_000)
    print(line)
}

let runs = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 21
var noise = Noise()
let count = 100_000
let xs = (0..<count).map { Double($0) / 1_000 }
let ys = xs.map { 0.3 + exp(-$0 / 20) + 0.05 * noise.next() }
let output = FileManager.default.temporaryDirectory.appendingPathComponent("plotbench.svg")

print("PlotBench: \(runs) runs per case")
try measure("line, 100000 points: build + svg()", runs: runs) {
    var axes = Axes(title: "Dense learning curve", xLabel: "epoch", yLabel: "batch loss")
    try axes.line(x: xs, y: ys, label: "batch loss")
    return Figure(axes).svg()
}
try measure("line, 100000 points: build + write(to:)", runs: runs) {
    var axes = Axes(title: "Dense learning curve", xLabel: "epoch", yLabel: "batch loss")
    try axes.line(x: xs, y: ys, label: "batch loss")
    let figure = Figure(axes)
    try figure.write(to: output)
    return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
}
let epochs = (1...100).map(Double.init)
try measure("learning curves, 4 series x 100 epochs", runs: runs) {
    let logs = [
        "loss": epochs.map { 1 / $0 }, "val_loss": epochs.map { 1.1 / $0 },
        "accuracy": epochs.map { 1 - 1 / $0 }, "val_accuracy": epochs.map { 0.9 - 1 / $0 },
    ]
    return try Figure.learningCurves(logs).svg()
}
try measure("decision regions 150x150 + 150 points", runs: runs) {
    var axes = Axes()
    try axes.decisionRegions(x: -1...1, y: -1...1) { x, y in x * x + y * y < 0.5 ? 1 : 0 }
    try axes.scatter(x: Array(xs.prefix(150)).map { $0 / 150 }, y: Array(ys.prefix(150)))
    return Figure(axes).svg()
}
try measure("contour 120x120, 10 levels", runs: runs) {
    var axes = Axes()
    try axes.contour(x: -10...10, y: -3...3) { x, y in x * x / 20 + y * y }
    return Figure(axes).svg()
}
let image = (0..<784).map { Double(($0 * 37) % 256) }
try measure("image grid, 10 images 28x28 (PNG data URIs)", runs: runs) {
    try Figure.imageGrid(Array(repeating: image, count: 10), width: 28).svg()
}
// Size of the alternative the PNG data URI replaces: one <rect> per pixel.
let rect = "<rect fill=\"#8c8c8c\" height=\"3.57\" width=\"3.57\" x=\"46.43\" y=\"92.86\"/>\n"
print(
    String(
        format: "  (per-pixel <rect> alternative for the same grid: about %.1f KB)",
        Double(rect.utf8.count * 784 * 10) / 1_000))

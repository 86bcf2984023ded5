// features: higher-order, dictionaries, formatting
import Foundation

let scores = ["Ann": [90, 85, 77], "Bob": [60, 72, 58], "Cid": [88, 94, 91]]
func average(_ xs: [Int]) -> Double {
    guard !xs.isEmpty else { return 0 }
    return Double(xs.reduce(0, +)) / Double(xs.count)
}
func grade(for avg: Double) -> Character {
    switch avg {
    case 90...: return "A"
    case 80..<90: return "B"
    case 70..<80: return "C"
    default: return "F"
    }
}
for name in scores.keys.sorted() {
    let avg = average(scores[name]!)
    print(name, String(format: "%.1f", avg), grade(for: avg))
}
let best = scores.max { average($0.value) < average($1.value) }!
print("best:", best.key)
let passing = scores.filter { average($0.value) >= 70 }.map { $0.key }.sorted()
print(passing)
var histogram = [Character: Int]()
for (_, s) in scores { histogram[grade(for: average(s)), default: 0] += 1 }
for g in histogram.keys.sorted() { print(g, String(repeating: "*", count: histogram[g]!)) }
let text = "Hello, World"
var vowels = 0
for ch in text.lowercased() where "aeiou".contains(ch) { vowels += 1 }
print(vowels, text.count, text.uppercased(), text.reversed().map { String($0) }.joined())
let numbers = (1...10).map { $0 * $0 }.filter { $0 % 2 == 0 }
print(numbers, numbers.reduce(0, +))

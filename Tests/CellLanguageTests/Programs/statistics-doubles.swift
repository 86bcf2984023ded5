// features: literals-typing, extensions, higher-order, tuples, formatting, generics
import Foundation

extension Array where Element == Double {
    var mean: Double { isEmpty ? 0 : reduce(0, +) / Double(count) }

    var variance: Double {
        let m = mean
        return map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(count - 1)
    }

    var standardDeviation: Double { variance.squareRoot() }

    var median: Double {
        let s = sorted()
        let n = s.count
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2
    }
}

func linearRegression(_ xs: [Double], _ ys: [Double]) -> (slope: Double, intercept: Double) {
    let mx = xs.mean
    let my = ys.mean
    var num = 0.0
    var den = 0.0
    for (x, y) in zip(xs, ys) {
        num += (x - mx) * (y - my)
        den += (x - mx) * (x - mx)
    }
    let slope = num / den
    return (slope, my - slope * mx)
}

let heights: [Double] = [162, 175, 158, 181, 169, 173, 190, 155]
print("mean:", heights.mean)
print("median:", heights.median)
print(String(format: "sd: %.3f", heights.standardDeviation))

let xs: [Double] = [1, 2, 3, 4, 5]
let ys = xs.map { 2 * $0 + 1 + ($0.truncatingRemainder(dividingBy: 2) == 0 ? 0.5 : -0.5) }
print(ys)
let fit = linearRegression(xs, ys)
print(String(format: "y = %.2fx + %.2f", fit.slope, fit.intercept))

let scores = [3, 7, 7, 2, 9, 7, 3]
var counts: [Int: Int] = [:]
for s in scores { counts[s, default: 0] += 1 }
let mode = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!.key
print("mode:", mode)
let normalized = heights.map { ($0 - heights.min()!) / (heights.max()! - heights.min()!) }
print(normalized.map { String(format: "%.2f", $0) }.joined(separator: " "))
let zScores = heights.map { ($0 - heights.mean) / heights.standardDeviation }
print(zScores.filter { abs($0) > 1 }.count)
let half = 1 / 2
let halfD = 1.0 / 2
print(half, halfD, 3 * 2 / heights.mean > 0)

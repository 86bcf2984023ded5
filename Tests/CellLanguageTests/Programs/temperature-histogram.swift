// features: dictionaries, literals-typing, higher-order, string-building, tuples, stride, formatting
import Foundation

let dailyHighs: [Double] = [12.1, 14.8, 13.3, 17.9, 21.4, 19.6, 16.2, 22.8, 24.1, 23.5,
                            18.7, 15.4, 11.9, 9.8, 13.6, 16.6, 20.2, 25.3, 26.9, 21.1]

let bucketSize = 5.0
var buckets: [Int: Int] = [:]
for t in dailyHighs {
    buckets[Int(t / bucketSize), default: 0] += 1
}
for key in buckets.keys.sorted() {
    let low = Double(key) * bucketSize
    let label = String(format: "%4.0f-%-4.0f", low, low + bucketSize)
    print(label, String(repeating: "#", count: buckets[key]!), buckets[key]!)
}

let weeks = stride(from: 0, to: dailyHighs.count, by: 7).map {
    Array(dailyHighs[$0..<min($0 + 7, dailyHighs.count)])
}
for (i, week) in weeks.enumerated() {
    let avg = week.reduce(0, +) / Double(week.count)
    print("week \(i + 1): \(week.count) days, avg \(String(format: "%.2f", avg)), max \(week.max()!)")
}

var streak = (start: 0, length: 1)
var current = (start: 0, length: 1)
for i in 1..<dailyHighs.count {
    if dailyHighs[i] > dailyHighs[i - 1] {
        current.length += 1
    } else {
        current = (i, 1)
    }
    if current.length > streak.length { streak = current }
}
print("longest warming streak: days \(streak.start + 1)-\(streak.start + streak.length)")
let deltas = zip(dailyHighs.dropFirst(), dailyHighs).map { ($0 - $1 ) }
let biggestJump = deltas.map(abs).max()!
print(String(format: "biggest day-to-day change: %.1f", biggestJump))
let frost = dailyHighs.contains { $0 < 0 }
print("any frost:", frost, "above 20:", dailyHighs.filter { $0 > 20 }.count)

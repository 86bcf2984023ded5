// features: extensions, extension-builtin, computed-properties, generics, where-clause, higher-order
import Foundation
extension Array where Element: Comparable {
    var secondLargest: Element? {
        guard count >= 2 else { return nil }
        return sorted(by: >)[1]
    }
}

extension Array where Element == Int {
    var runningTotals: [Int] {
        var total = 0
        return map { total += $0; return total }
    }
}

extension Collection {
    func chunked(into size: Int) -> [[Element]] {
        var result: [[Element]] = []
        var current: [Element] = []
        for item in self {
            current.append(item)
            if current.count == size {
                result.append(current)
                current = []
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}

extension Double {
    func rounded(to places: Int) -> Double {
        var factor = 1.0
        for _ in 0..<places { factor *= 10 }
        return (self * factor).rounded() / factor
    }
}

extension String {
    var words: [String] { split(separator: " ").map(String.init) }
    func repeated(_ n: Int) -> String { String(repeating: self, count: n) }
}

extension Int {
    func times(_ action: (Int) -> Void) {
        for i in 0..<self { action(i) }
    }
    var squared: Int { self * self }
}

let temps = [12.5, 14.25, 9.75, 18.0, 16.5, 11.0, 13.125]
print(temps.secondLargest ?? 0)
print(temps.chunked(into: 3))
print(temps.map { ($0 * 1.8 + 32).rounded(to: 1) })
print([3, 1, 4, 1, 5, 9].runningTotals)
print(["pear"].secondLargest as Any)
print("the quick brown fox".words.map(\.count))
print("ab".repeated(3))
3.times { print("tick \($0)") }
print((1...5).map(\.squared))
print(Array(1...10).chunked(into: 4).map { $0.reduce(0, +) })

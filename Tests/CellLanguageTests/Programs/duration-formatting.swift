// features: structs, overloading, extension-builtin, comparable, operators, tuples, string-formatting
struct Duration: Comparable, CustomStringConvertible {
    let seconds: Int

    init(seconds: Int) { self.seconds = seconds }
    init(hours: Int = 0, minutes: Int = 0, seconds: Int = 0) {
        self.seconds = hours * 3600 + minutes * 60 + seconds
    }

    var components: (h: Int, m: Int, s: Int) { (seconds / 3600, seconds % 3600 / 60, seconds % 60) }

    var description: String {
        let (h, m, s) = components
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
    }

    var spoken: String {
        let (h, m, s) = components
        var parts: [String] = []
        if h > 0 { parts.append("\(h) hour" + (h == 1 ? "" : "s")) }
        if m > 0 { parts.append("\(m) minute" + (m == 1 ? "" : "s")) }
        if s > 0 || parts.isEmpty { parts.append("\(s) second" + (s == 1 ? "" : "s")) }
        return parts.joined(separator: ", ")
    }

    static func + (a: Duration, b: Duration) -> Duration { Duration(seconds: a.seconds + b.seconds) }
    static func * (a: Duration, k: Int) -> Duration { Duration(seconds: a.seconds * k) }
    static func < (a: Duration, b: Duration) -> Bool { a.seconds < b.seconds }
}

extension Int {
    var minutes: Duration { Duration(minutes: self) }
    var seconds: Duration { Duration(seconds: self) }
}

let laps = [Duration(minutes: 4, seconds: 12), Duration(seconds: 245), Duration(minutes: 3, seconds: 59)]
print(laps)
let total = laps.reduce(Duration(seconds: 0), +)
print(total, total.spoken)
print(laps.min()!, laps.max()!.spoken)
print(Duration(hours: 1, minutes: 1, seconds: 1), Duration(hours: 2).spoken)
print(5.minutes + 30.seconds, 90.seconds * 3)
print(Duration(seconds: 0).spoken, Duration(seconds: 61).spoken)
let average = Duration(seconds: total.seconds / laps.count)
print("average lap:", average)
print(laps.sorted().map(\.seconds))

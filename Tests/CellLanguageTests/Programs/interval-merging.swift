// features: tuples, sorting, structs, comparable, higher-order, ranges, inout, custom-string
struct Interval: Comparable, CustomStringConvertible {
    var start: Int
    var end: Int

    var length: Int { end - start }
    var description: String { "[\(start),\(end))" }

    func overlaps(_ other: Interval) -> Bool { start < other.end && other.start < end }

    static func < (a: Interval, b: Interval) -> Bool { (a.start, a.end) < (b.start, b.end) }
}

func merge(_ intervals: [Interval]) -> [Interval] {
    var result: [Interval] = []
    for interval in intervals.sorted() {
        if let last = result.last, interval.start <= last.end {
            result[result.count - 1].end = max(last.end, interval.end)
        } else {
            result.append(interval)
        }
    }
    return result
}

func insert(_ new: Interval, into list: inout [Interval]) {
    list.append(new)
    list = merge(list)
}

func gaps(in intervals: [Interval], within range: Range<Int>) -> [Interval] {
    var cursor = range.lowerBound
    var result: [Interval] = []
    for i in merge(intervals) {
        if i.start > cursor { result.append(Interval(start: cursor, end: min(i.start, range.upperBound))) }
        cursor = max(cursor, i.end)
    }
    if cursor < range.upperBound { result.append(Interval(start: cursor, end: range.upperBound)) }
    return result
}

let raw = [(1, 3), (8, 10), (2, 6), (15, 18), (17, 20), (6, 7)].map { Interval(start: $0.0, end: $0.1) }
var merged = merge(raw)
print(merged)
print(merged.map(\.length).reduce(0, +))
insert(Interval(start: 9, end: 16), into: &merged)
print(merged)
print(gaps(in: raw, within: 0..<25))
print(raw[0].overlaps(raw[2]), raw[0].overlaps(raw[1]))
let ranges = merged.map { $0.start..<$0.end }
print(ranges.contains { $0.contains(12) }, ranges.count)

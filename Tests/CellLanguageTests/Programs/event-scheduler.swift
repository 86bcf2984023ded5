// features: structs, comparable, tuples, sorting, string-formatting, overloading, higher-order, extensions
struct Time: Comparable, CustomStringConvertible {
    let minutes: Int

    init(_ hour: Int, _ minute: Int = 0) { minutes = hour * 60 + minute }
    init(minutes: Int) { self.minutes = minutes }

    var description: String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }

    static func < (a: Time, b: Time) -> Bool { a.minutes < b.minutes }
    static func + (t: Time, duration: Int) -> Time { Time(minutes: t.minutes + duration) }
}

struct Meeting {
    let title: String
    let start: Time
    let duration: Int
    var end: Time { start + duration }

    func overlaps(_ other: Meeting) -> Bool {
        start < other.end && other.start < end
    }
}

let meetings = [
    Meeting(title: "Standup", start: Time(9), duration: 15),
    Meeting(title: "Design review", start: Time(10, 30), duration: 60),
    Meeting(title: "Lunch", start: Time(12), duration: 45),
    Meeting(title: "1:1", start: Time(11, 15), duration: 30),
    Meeting(title: "Planning", start: Time(9, 10), duration: 50),
].sorted { $0.start < $1.start }

for m in meetings {
    print("\(m.start)-\(m.end) \(m.title)")
}

var conflicts: [(String, String)] = []
for (i, a) in meetings.enumerated() {
    for b in meetings[(i + 1)...] where a.overlaps(b) {
        conflicts.append((a.title, b.title))
    }
}
print("Conflicts:", conflicts.map { "\($0.0) & \($0.1)" })

func freeSlots(in meetings: [Meeting], from: Time, to: Time) -> [(Time, Time)] {
    var slots: [(Time, Time)] = []
    var cursor = from
    for m in meetings {
        if cursor < m.start { slots.append((cursor, m.start)) }
        cursor = max(cursor, m.end)
    }
    if cursor < to { slots.append((cursor, to)) }
    return slots
}
for (a, b) in freeSlots(in: meetings, from: Time(8), to: Time(14)) {
    print("free \(a)-\(b) (\(b.minutes - a.minutes) min)")
}
let busy = meetings.map(\.duration).reduce(0, +)
print("Booked minutes:", busy)

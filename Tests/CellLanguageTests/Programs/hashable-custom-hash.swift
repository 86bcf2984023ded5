// features: hashable, equatable, sets, dictionaries, structs, custom-hash
struct CaseInsensitiveName: Hashable, CustomStringConvertible {
    let raw: String

    static func == (a: CaseInsensitiveName, b: CaseInsensitiveName) -> Bool {
        a.raw.lowercased() == b.raw.lowercased()
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(raw.lowercased())
    }

    var description: String { raw }
}

struct GridPoint: Hashable {
    var x: Int
    var y: Int
}

let names = ["Alice", "alice", "BOB", "Bob", "carol"].map(CaseInsensitiveName.init)
let unique = Set(names)
print(unique.count)
print(unique.contains(CaseInsensitiveName(raw: "ALICE")))

var visits: [CaseInsensitiveName: Int] = [:]
for n in names { visits[n, default: 0] += 1 }
print(visits[CaseInsensitiveName(raw: "bob")] ?? 0, visits[CaseInsensitiveName(raw: "Carol")] ?? 0)

var occupied: Set<GridPoint> = [GridPoint(x: 0, y: 0), GridPoint(x: 1, y: 2)]
let (inserted, _) = occupied.insert(GridPoint(x: 1, y: 2))
print(inserted, occupied.count)
occupied.insert(GridPoint(x: 3, y: 3))
let sortedPoints = occupied.sorted { ($0.x, $0.y) < ($1.x, $1.y) }
print(sortedPoints.map { "(\($0.x),\($0.y))" })

var heights: [GridPoint: Double] = [:]
for x in 0..<3 {
    for y in 0..<3 {
        heights[GridPoint(x: x, y: y)] = Double(x * y) / 2
    }
}
print(heights.count, heights[GridPoint(x: 2, y: 2)]!, heights[GridPoint(x: 5, y: 5)] ?? -1)
let peak = heights.max { $0.value < $1.value }!.key
print(peak.x, peak.y)
print(GridPoint(x: 1, y: 1) == GridPoint(x: 1, y: 1))

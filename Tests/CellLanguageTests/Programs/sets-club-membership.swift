// features: sets, set-algebra, hashable, enum-raw, case-iterable, higher-order, sorting
enum Activity: String, CaseIterable, Comparable {
    case chess, football, music, painting, swimming

    static func < (a: Activity, b: Activity) -> Bool { a.rawValue < b.rawValue }
}

let members: [String: Set<Activity>] = [
    "ana": [.chess, .music],
    "ben": [.football, .swimming, .music],
    "cy": [.painting],
    "dee": [.chess, .painting, .music],
    "eli": [],
]

let names = members.keys.sorted()
for name in names {
    print(name, members[name]!.sorted().map(\.rawValue))
}

var popularity: [Activity: Int] = [:]
for activities in members.values {
    for a in activities { popularity[a, default: 0] += 1 }
}
print(Activity.allCases.map { "\($0.rawValue)=\(popularity[$0] ?? 0)" })

let ana = members["ana"]!, dee = members["dee"]!, ben = members["ben"]!
print(ana.intersection(dee).sorted())
print(ana.union(ben).count, ana.symmetricDifference(dee).sorted())
print(ana.isSubset(of: dee), Set([Activity.music]).isSubset(of: ana), ana.isDisjoint(with: [.painting]))
let unused = Set(Activity.allCases).subtracting(members.values.reduce(Set<Activity>()) { $0.union($1) })
print(unused.isEmpty)
let musicians = names.filter { members[$0]!.contains(.music) }
print(musicians)
var weekend: Set<Activity> = [.football, .swimming]
weekend.insert(.chess)
weekend.remove(.football)
print(weekend.sorted(), weekend.contains(.football))
let evens = Set(stride(from: 0, to: 20, by: 2))
let threes = Set(stride(from: 0, to: 20, by: 3))
print(evens.intersection(threes).sorted(), evens.subtracting(threes).count)

enum Activity: String { case chess, music }
let clubs: [String: Set<Activity>] = ["ana": [.chess, .music]]
print(clubs["ana"]!.count) // expect: 2

let outcome: Result<Int, Error> = .success(5)
if case .success(let n) = outcome { print(n) } // expect: 5
// ---
enum Activity: String { case chess, music }
let clubs: [String: Set<Activity>] = ["ana": [.chess, .music]]
print(clubs["ana"]!.count) // expect: 2

// features: dictionaries, sorting, arrays, while, optionals, higher-order, tuples, sets
let ballots: [[String]] = [
    ["alice", "bob", "carol"], ["bob", "carol", "alice"], ["carol", "bob", "alice"],
    ["alice", "carol", "bob"], ["bob", "alice", "carol"], ["carol", "alice", "bob"],
    ["alice", "bob", "carol"], ["dave", "carol", "bob"], ["carol", "dave", "alice"],
]

func plurality(_ ballots: [[String]]) -> [(String, Int)] {
    var counts: [String: Int] = [:]
    for ballot in ballots {
        if let first = ballot.first { counts[first, default: 0] += 1 }
    }
    return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
}

func instantRunoff(_ ballots: [[String]]) -> (winner: String?, rounds: [[(String, Int)]]) {
    var remaining = ballots
    var rounds: [[(String, Int)]] = []
    while true {
        let tally = plurality(remaining)
        rounds.append(tally)
        guard let leader = tally.first else { return (nil, rounds) }
        let total = tally.map(\.1).reduce(0, +)
        if leader.1 * 2 > total || tally.count == 1 { return (leader.0, rounds) }
        let loser = tally.last!.0
        remaining = remaining.map { $0.filter { $0 != loser } }.filter { !$0.isEmpty }
    }
}

func borda(_ ballots: [[String]]) -> [String: Int] {
    var points: [String: Int] = [:]
    for ballot in ballots {
        for (rank, candidate) in ballot.enumerated() {
            points[candidate, default: 0] += ballot.count - 1 - rank
        }
    }
    return points
}

print(plurality(ballots).map { "\($0.0):\($0.1)" })
let result = instantRunoff(ballots)
for (i, round) in result.rounds.enumerated() {
    print("round \(i + 1):", round.map { "\($0.0)=\($0.1)" }.joined(separator: " "))
}
print("IRV winner:", result.winner ?? "none")
let bordaScores = borda(ballots)
print(bordaScores.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
let candidates = Set(ballots.joined())
print(candidates.sorted(), candidates.count)

// features: arrays, literals-typing, nested-loops, characters, string-index, tuples, optionals
func levenshtein(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    var previous = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
        var current = [i] + [Int](repeating: 0, count: b.count)
        for j in 1..<(b.count + 1) {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        }
        previous = current
    }
    return previous[b.count]
}

func longestCommonSubsequence(_ x: String, _ y: String) -> String {
    let a = Array(x), b = Array(y)
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 1...a.count {
        for j in 1...b.count {
            table[i][j] = a[i - 1] == b[j - 1] ? table[i - 1][j - 1] + 1 : max(table[i - 1][j], table[i][j - 1])
        }
    }
    var result: [Character] = []
    var (i, j) = (a.count, b.count)
    while i > 0 && j > 0 {
        if a[i - 1] == b[j - 1] {
            result.append(a[i - 1]); i -= 1; j -= 1
        } else if table[i - 1][j] >= table[i][j - 1] {
            i -= 1
        } else {
            j -= 1
        }
    }
    return String(result.reversed())
}

func minimumCoins(_ amount: Int, coins: [Int]) -> Int? {
    var best = [Int?](repeating: nil, count: amount + 1)
    best[0] = 0
    for value in stride(from: 1, through: amount, by: 1) {
        for coin in coins where coin <= value {
            if let sub = best[value - coin], sub + 1 < (best[value] ?? Int.max) {
                best[value] = sub + 1
            }
        }
    }
    return best[amount]
}

func knapsack(_ items: [(weight: Int, value: Int)], capacity: Int) -> Int {
    var dp = [Int](repeating: 0, count: capacity + 1)
    for item in items {
        for w in stride(from: capacity, through: item.weight, by: -1) {
            dp[w] = max(dp[w], dp[w - item.weight] + item.value)
        }
    }
    return dp[capacity]
}

print(levenshtein("kitten", "sitting"), levenshtein("flaw", "lawn"), levenshtein("", "abc"))
print(longestCommonSubsequence("ABCBDAB", "BDCABA"), longestCommonSubsequence("swift", "shift"))
print(minimumCoins(63, coins: [1, 5, 10, 21, 25]) ?? -1, minimumCoins(7, coins: [2, 4]) ?? -1)
print(knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], capacity: 7))
var pascal: [[Int]] = [[1]]
for _ in 1..<6 {
    let last = pascal.last!
    pascal.append([1] + zip(last, last.dropFirst()).map(+) + [1])
}
for row in pascal { print(row.map(String.init).joined(separator: " ")) }

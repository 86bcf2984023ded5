// features: sets, while, extension-builtin, higher-order, closures, digits, where-clause
extension Int {
    var digits: [Int] {
        String(self).compactMap { $0.wholeNumberValue }
    }

    var isHappy: Bool {
        var seen: Set<Int> = []
        var n = self
        while n != 1 && !seen.contains(n) {
            seen.insert(n)
            n = n.digits.map { $0 * $0 }.reduce(0, +)
        }
        return n == 1
    }

    var isArmstrong: Bool {
        let d = digits
        return d.map { digit in (0..<d.count).reduce(1) { acc, _ in acc * digit } }.reduce(0, +) == self
    }

    var isPalindrome: Bool { digits == digits.reversed() }

    var reversedNumber: Int { Int(String(String(self).reversed())) ?? 0 }
}

print((1...50).filter(\.isHappy))
print((1...1000).filter(\.isArmstrong))
print((100...200).filter(\.isPalindrome).count)

func lychrelSteps(_ start: Int, limit: Int = 30) -> Int? {
    var n = start
    for step in 1...limit {
        n = n + n.reversedNumber
        if n.isPalindrome { return step }
    }
    return nil
}
for n in [56, 57, 59, 89, 196] {
    if let steps = lychrelSteps(n, limit: 25) {
        print(n, "becomes a palindrome after", steps, "steps")
    } else {
        print(n, "did not become a palindrome")
    }
}
let digitSums = (1...20).map { $0.digits.reduce(0, +) }
print(digitSums)
let harshad = (1...60).filter { n in n % n.digits.reduce(0, +) == 0 && n > 9 }
print(harshad)

// features: while, repeat-while, recursion, tuples, dictionaries, higher-order, inout
func collatz(_ start: Int) -> [Int] {
    var n = start
    var steps = [n]
    while n != 1 {
        n = n % 2 == 0 ? n / 2 : 3 * n + 1
        steps.append(n)
    }
    return steps
}

func collatzLength(_ n: Int, cache: inout [Int: Int]) -> Int {
    if n == 1 { return 1 }
    if let known = cache[n] { return known }
    let next = n % 2 == 0 ? n / 2 : 3 * n + 1
    let length = 1 + collatzLength(next, cache: &cache)
    cache[n] = length
    return length
}

print(collatz(6))
print(collatz(27).count, collatz(27).max()!)

var cache: [Int: Int] = [:]
var best = (start: 1, length: 1)
for n in 1..<1000 {
    let length = collatzLength(n, cache: &cache)
    if length > best.length {
        best = (n, length)
    }
}
print("Longest below 1000: \(best.start) with \(best.length) terms")

var digits: [Int] = []
var number = 90817
repeat {
    digits.insert(number % 10, at: 0)
    number /= 10
} while number > 0
print(digits)

func digitalRoot(_ n: Int) -> Int {
    var value = n
    repeat {
        value = String(value).compactMap { $0.wholeNumberValue }.reduce(0, +)
    } while value >= 10
    return value
}
print([38, 999, 123456, 7].map(digitalRoot))

var counter = 0
repeat {
    counter += 3
} while counter < 10
print(counter)

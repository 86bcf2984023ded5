let full = { (a: Int, b: Int) -> Int in
    return a + b
}
print(full(1, 2)) // expect: 3
let inferred: (Int, Int) -> Int = { a, b in a * b }
print(inferred(3, 4)) // expect: 12
let shorthand: (Int) -> Int = { $0 + 1 }
print(shorthand(1)) // expect: 2
let noArgs = { print("called") }
noArgs() // expect: called
let typedParams = { (x: Double) in x / 2 }
print(typedParams(3)) // expect: 1.5
let multiLine: (Int) -> String = { n in
    let doubled = n * 2
    return "n=\(n), 2n=\(doubled)"
}
print(multiLine(4)) // expect: n=4, 2n=8
print({ $0 * $1 }(3, 5)) // expect: 15
let ignoring: (Int) -> String = { _ in "ignored" }
print(ignoring(1)) // expect: ignored
// ---
func transform(_ x: Int, by f: (Int) -> Int) -> Int { f(x) }
print(transform(3, by: { $0 - 1 })) // expect: 2
func twice(_ f: () -> Void) { f(); f() }
twice { print("tick") } // expect: tick
// expect: tick
func combine(_ a: Int, _ b: Int, using op: (Int, Int) -> Int) -> Int { op(a, b) }
print(combine(6, 3, using: { $0 / $1 })) // expect: 2
print(combine(2, 5, using: max)) // expect: 5
// ---
var total = 0
let addToTotal = { (x: Int) in total += x }
addToTotal(5)
addToTotal(7)
print(total) // expect: 12
func makeAccumulator(start: Int) -> (Int) -> Int {
    var sum = start
    return { x in
        sum += x
        return sum
    }
}
let acc = makeAccumulator(start: 10)
print(acc(1), acc(2), acc(3)) // expect: 11 13 16
var multiplier = 2
let scaleIt = { (x: Int) in x * multiplier }
multiplier = 5
print(scaleIt(3)) // expect: 15
var handlers: [() -> Int] = []
for i in 1...3 { handlers.append { i * 100 } }
// ---
let values = [3, 1, 4, 1, 5, 9, 2, 6]
print(values.map { $0 * 2 }) // expect: [6, 2, 8, 2, 10, 18, 4, 12]
print(values.map { String($0) }.joined()) // expect: 31415926
print(values.filter { $0 > 3 }) // expect: [4, 5, 9, 6]
print(values.reduce(0) { $0 + $1 }, values.reduce(0, { acc, x in max(acc, x) })) // expect: 31 9
print(values.sorted(by: { $0 < $1 })) // expect: [1, 1, 2, 3, 4, 5, 6, 9]
print(values.min()!, values.max()!) // expect: 1 9
print(values.contains(where: { $0 > 9 }), values.contains(4)) // expect: false true
print(values.firstIndex(of: 4)!) // expect: 2
print(values.allSatisfy { $0 > 0 }, values.allSatisfy { $0 > 1 }) // expect: true false
print(["1", "two", "3"].compactMap { Int($0) }) // expect: [1, 3]
values.prefix(2).forEach { print($0) } // expect: 3
// expect: 1
[10, 20].forEach { v in print(v + 1) } // expect: 11
// expect: 21
print(values.filter { $0 % 2 == 0 }.map { $0 * $0 }.reduce(0) { $0 + $1 }) // expect: 56
// ---
let words = ["banana", "Apple", "cherry"]
print(words.sorted()) // expect: ["Apple", "banana", "cherry"]
print(words.sorted(by: { $0.lowercased() < $1.lowercased() })) // expect: ["Apple", "banana", "cherry"]
print(words.map { $0.count }) // expect: [6, 5, 6]
print(words.sorted(by: { $0.count < $1.count }).first!) // expect: Apple
let doubles = [0.5, 1.5, 2.5]
print(doubles.map { $0 * 2 }, doubles.reduce(0) { $0 + $1 }) // expect: [1.0, 3.0, 5.0] 4.5
print(doubles.map { Int($0) }) // expect: [0, 1, 2]
print(doubles.filter { $0 > 1 }.count) // expect: 2
print((1...5).map { Double($0) / 2 }) // expect: [0.5, 1.0, 1.5, 2.0, 2.5]
let pairs = [(1, "one"), (2, "two")]
print(pairs.map { $0.1 }) // expect: ["one", "two"]

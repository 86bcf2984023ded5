func transform(_ x: Int, by f: (Int) -> Int) -> Int { f(x) }
print(transform(3) { $0 * 10 }) // expect: 30
print(transform(2) { value in
    value * value
}) // expect: 4
func twice(_ f: () -> Void) { f(); f() }
func combine(_ a: Int, _ b: Int, using op: (Int, Int) -> Int) -> Int { op(a, b) }
print(combine(6, 3) { $0 / $1 }) // expect: 2
print(combine(6, 3, using: -)) // expect: 3
// ---
var total = 0
let addToTotal = { (x: Int) in total += x }
addToTotal(5)
addToTotal(7)
func makeAccumulator(start: Int) -> (Int) -> Int {
    var sum = start
    return { x in
        sum += x
        return sum
    }
}
let acc = makeAccumulator(start: 10)
var multiplier = 2
let scaleIt = { (x: Int) in x * multiplier }
multiplier = 5
var handlers: [() -> Int] = []
for i in 1...3 { handlers.append { i * 100 } }
print(handlers.map { $0() }) // expect: [100, 200, 300]
// ---
let values = [3, 1, 4, 1, 5, 9, 2, 6]
print(values.sorted { $0 > $1 }) // expect: [9, 6, 5, 4, 3, 2, 1, 1]
print(values.min(by: { $0 % 5 < $1 % 5 })!, values.max(by: { $0 % 5 < $1 % 5 })!) // expect: 5 4
print(values.min { $0 % 5 < $1 % 5 }!) // expect: 5
print(values.contains { $0 > 8 }) // expect: true
print(values.first(where: { $0 > 3 })!, values.first(where: { $0 > 100 }) as Any) // expect: 4 nil
print(values.first { $0 > 3 }!) // expect: 4
print(values.firstIndex(where: { $0 > 4 })!) // expect: 4
print(values.count(where: { $0 == 1 })) // expect: 2
print([[1, 2], [3]].flatMap { $0 }, [1, 2].flatMap { [$0, $0] }) // expect: [1, 2, 3] [1, 1, 2, 2]
print([[1, 2], [3]].joined().count) // expect: 3
print(values.lastIndex(of: 1)!, values.last { $0 < 3 }!) // expect: 3 2

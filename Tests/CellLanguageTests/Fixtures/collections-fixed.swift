let scores = ["b": 2, "a": 1, "c": 3]
var total = 0
var nameLengths = 0
for (name, score) in scores {
    total += score
    nameLengths += name.count
}
for (name, score) in scores.sorted(by: { $0.key < $1.key }) { print(name, score) } // expect: a 1
// expect: b 2
// expect: c 3
print(scores.sorted(by: { $0.value > $1.value }).first!.key) // expect: c
print(scores.sorted(by: { $0.key < $1.key })) // expect: [(key: "a", value: 1), (key: "b", value: 2), (key: "c", value: 3)]
print(scores.isEmpty, scores == ["a": 1, "b": 2, "c": 3]) // expect: false true
print([String: Int]().isEmpty) // expect: true
let byNumber = [1: "one", 2: "two"]
print(scores.mapValues { $0 * 10 }["c"]!) // expect: 30
print(scores.filter { $0.value > 1 }.count) // expect: 2
print(Dictionary(uniqueKeysWithValues: zip(["x", "y"], [1, 2]))["y"]!) // expect: 2
// ---
let pair = (1, "one")
let point = (x: 2.0, y: -1.5)
var moving = (x: 0, y: 0)
moving.x += 3
moving.1 = 4
let (px, py) = point
func divide(_ a: Int, _ b: Int) -> (quotient: Int, remainder: Int) { (a / b, a % b) }
let result = divide(17, 5)
print(result, result.quotient, result.remainder) // expect: (quotient: 3, remainder: 2) 3 2
let (q, r) = divide(9, 4)
print((1, 2) < (1, 3), ("a", 9) < ("b", 0)) // expect: true true
let nested = (1, (2, "three"))
let tuples = [(name: "a", n: 2), (name: "b", n: 1)]
print(tuples.sorted { $0.n < $1.n }.map { $0.name }) // expect: ["b", "a"]

var xs = [3, 1, 2]
xs[1] = 10
xs.append(4)
xs.append(contentsOf: [5, 6])
xs.insert(0, at: 0)
xs.removeAll()
print(xs.first as Any, xs.last as Any) // expect: nil nil
print(xs.first == nil, xs.min() == nil) // expect: true true
// ---
let nums = [5, 3, 8, 1]
print(nums.sorted(by: >)) // expect: [8, 5, 3, 1]
print(nums.reduce(0, +), nums.reduce(1, *)) // expect: 17 120
print(Array(nums[2...])) // expect: [8, 1]
print(Array(nums[..<2]), Array(nums[...1])) // expect: [5, 3] [5, 3]
var sorter = nums
sorter.sort()
sorter.reverse()
sorter.sort(by: { $0 < $1 })
print(sorter) // expect: [1, 3, 5, 8]
sorter.sort(by: >)
// ---
let mixedNumbers = [1, 2.5]
let doubles: [Double] = [1, 2, 3]
print(doubles.reduce(0, +)) // expect: 6.0
var grid = [[1, 2], [3, 4]]
grid[0][1] = 20
grid.append([5])
var zeros = Array(repeating: Array(repeating: 0, count: 2), count: 2)
zeros[1][1] = 7
var empty: [String] = []
empty.append("x")
var strs = ["b", "a"]
strs += ["c"]
// ---
var ages = ["ann": 31, "bob": 25]
print(ages["zed", default: -1]) // expect: -1
ages["cy"] = 40
ages["bob"] = 26
ages["cy"] = nil
ages["dee", default: 0] += 5
print(ages["dee"]!) // expect: 5
var letterCounts: [Character: Int] = [:]
for ch in "abca" { letterCounts[ch, default: 0] += 1 }
print(letterCounts["a"]!, letterCounts.count) // expect: 2 3
// ---
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
// ---
let half = 0..<3
let closed = 1...3
print(closed) // expect: 1...3
print(closed.upperBound) // expect: 3
print((0.0...1.0).contains(0.5), (0.0..<1.0).contains(1.0)) // expect: true false
let lo = 2
let hi = 5
// ---
var original = [1, 2, 3]
var copy = original
copy.append(4)
copy[0] = 100
var dictA = ["k": 1]
var dictB = dictA
dictB["k"] = 2
func appendZero(_ list: [Int]) -> [Int] {
    var copied = list
    copied.append(0)
    return copied
}
func shadowParameter(_ list: [Int]) -> [Int] {
    var list = list
    list.append(0)
    return list
}
print(shadowParameter(original)) // expect: [1, 2, 3, 0]

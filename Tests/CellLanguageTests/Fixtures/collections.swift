var xs = [3, 1, 2]
print(xs, xs.count, xs.isEmpty, xs[0]) // expect: [3, 1, 2] 3 false 3
xs[1] = 10
xs.append(4)
xs.append(contentsOf: [5, 6])
xs.insert(0, at: 0)
print(xs) // expect: [0, 3, 10, 2, 4, 5, 6]
print(xs.remove(at: 1), xs) // expect: 3 [0, 10, 2, 4, 5, 6]
print(xs.removeLast(), xs.removeFirst(), xs) // expect: 6 0 [10, 2, 4, 5]
print(xs.popLast() as Any, xs) // expect: Optional(5) [10, 2, 4]
print(xs.first as Any, xs.last as Any) // expect: Optional(10) Optional(4)
print(xs.first!, xs.last!) // expect: 10 4
print(xs.contains(2), xs.contains(7), xs.firstIndex(of: 4) as Any, xs.firstIndex(of: 9) as Any) // expect: true false Optional(2) nil
xs.removeAll()
print(xs, xs.isEmpty) // expect: [] true
// ---
let nums = [5, 3, 8, 1]
print(nums.sorted(), nums) // expect: [1, 3, 5, 8] [5, 3, 8, 1]
print(nums.min()!, nums.max()!, nums.min() as Any) // expect: 1 8 Optional(1)
print(Array(nums.reversed()), nums.reversed().count) // expect: [1, 8, 3, 5] 4
print(nums + [9], [1, 2] == [1, 2], [1, 2] != [2, 1]) // expect: [5, 3, 8, 1, 9] true true
print(nums[1..<3], nums[1...2]) // expect: [3, 8] [3, 8]
print(nums.prefix(2), nums.suffix(1), nums.dropFirst(), nums.dropLast(2)) // expect: [5, 3] [1] [3, 8, 1] [5, 3]
print(nums.indices, nums.count) // expect: 0..<4 4
var sorter = nums
sorter.sort()
print(sorter) // expect: [1, 3, 5, 8]
sorter.reverse()
print(sorter) // expect: [8, 5, 3, 1]
print(sorter) // expect: [8, 5, 3, 1]
// ---
print(Array(repeating: 0.5, count: 3), Array(0..<4), Array(1...3)) // expect: [0.5, 0.5, 0.5] [0, 1, 2, 3] [1, 2, 3]
let mixedNumbers = [1, 2.5]
print(mixedNumbers) // expect: [1.0, 2.5]
let doubles: [Double] = [1, 2, 3]
print(doubles, doubles.reduce(0) { $0 + $1 }) // expect: [1.0, 2.0, 3.0] 6.0
var grid = [[1, 2], [3, 4]]
grid[0][1] = 20
grid.append([5])
print(grid, grid[1][0], grid.count, grid[2].count) // expect: [[1, 20], [3, 4], [5]] 3 3 1
var zeros = Array(repeating: Array(repeating: 0, count: 2), count: 2)
zeros[1][1] = 7
print(zeros) // expect: [[0, 0], [0, 7]]
var empty: [String] = []
empty.append("x")
print(empty) // expect: ["x"]
var strs = ["b", "a"]
strs += ["c"]
print(strs.sorted(), strs.count) // expect: ["a", "b", "c"] 3
// ---
var ages = ["ann": 31, "bob": 25]
print(ages["ann"] as Any, ages["zed"] as Any) // expect: Optional(31) nil
print(ages["ann"]!, ages["zed"] ?? 0) // expect: 31 0
ages["cy"] = 40
ages["bob"] = 26
print(ages.count, ages["bob"]!, ages["cy"]!) // expect: 3 26 40
ages["cy"] = nil
print(ages.count, ages["cy"] as Any) // expect: 2 nil
print(ages.removeValue(forKey: "bob") as Any, ages.removeValue(forKey: "nope") as Any, ages) // expect: Optional(26) nil ["ann": 31]
var letterCounts: [Character: Int] = [:]
// ---
let scores = ["b": 2, "a": 1, "c": 3]
print(scores.keys.sorted(), scores.values.sorted()) // expect: ["a", "b", "c"] [1, 2, 3]
var total = 0
var nameLengths = 0
for (name, score) in scores {
    total += score
    nameLengths += name.count
}
print(total, nameLengths) // expect: 6 3
for entry in scores where entry.value == 2 { print(entry.key) } // expect: b
let byNumber = [1: "one", 2: "two"]
print(byNumber[2]!, byNumber[3] ?? "?") // expect: two ?
print(scores.keys.contains("a"), scores.values.contains(9)) // expect: true false
// ---
let pair = (1, "one")
print(pair, pair.0, pair.1) // expect: (1, "one") 1 one
let point = (x: 2.0, y: -1.5)
print(point, point.x, point.y, point.0) // expect: (x: 2.0, y: -1.5) 2.0 -1.5 2.0
var moving = (x: 0, y: 0)
moving.x += 3
moving.1 = 4
print(moving) // expect: (x: 3, y: 4)
let (px, py) = point
print(px + py) // expect: 0.5
func divide(_ a: Int, _ b: Int) -> (quotient: Int, remainder: Int) { (a / b, a % b) }
let result = divide(17, 5)
print(result.0, result.1) // expect: 3 2
let (q, r) = divide(9, 4)
print(q, r) // expect: 2 1
print((1, 2) == (1, 2), (1, 2) != (1, 3)) // expect: true true
let nested = (1, (2, "three"))
print(nested, nested.1.1) // expect: (1, (2, "three")) three
let tuples = [(name: "a", n: 2), (name: "b", n: 1)]
print(tuples.sorted(by: { $0.n < $1.n }).map { $0.name }) // expect: ["b", "a"]
// ---
let half = 0..<3
let closed = 1...3
print(half) // expect: 0..<3
print(half.count, closed.count, half.lowerBound, half.upperBound) // expect: 3 3 0 3
print(half.contains(3), closed.contains(3), (0..<0).isEmpty, (5...5).count) // expect: false true true 1
print((1...4).map { $0 * $0 }, (0..<10).filter { $0 % 3 == 0 }) // expect: [1, 4, 9, 16] [0, 3, 6, 9]
print((1...4).reduce(0) { $0 + $1 }) // expect: 10
print(Array((0..<3).reversed())) // expect: [2, 1, 0]
for i in (1...3).reversed() { print(i) } // expect: 3
// expect: 2
// expect: 1
let lo = 2
let hi = 5
print(Array(lo..<hi), Array(lo...hi).count) // expect: [2, 3, 4] 4
print(0.5...1.5, 0.5..<1.5) // expect: 0.5...1.5 0.5..<1.5
// ---
var original = [1, 2, 3]
var copy = original
copy.append(4)
copy[0] = 100
print(original, copy) // expect: [1, 2, 3] [100, 2, 3, 4]
var dictA = ["k": 1]
var dictB = dictA
dictB["k"] = 2
print(dictA["k"]!, dictB["k"]!) // expect: 1 2
func appendZero(_ list: [Int]) -> [Int] {
    var copied = list
    copied.append(0)
    return copied
}
print(appendZero(original), original) // expect: [1, 2, 3, 0] [1, 2, 3]
// ---
struct Cell {
    var value: Int
}
class Box {
    var value: Int
    init(value: Int) { self.value = value }
}
var cells = [Cell(value: 1), Cell(value: 2)]
var cellsCopy = cells
cellsCopy[0].value = 99
cells[1].value += 10
print(cells[0].value, cells[1].value, cellsCopy[0].value, cellsCopy[1].value) // expect: 1 12 99 2
let box = Box(value: 1)
var boxes = [box, box]
boxes[0].value = 5
print(box.value, boxes[1].value) // expect: 5 5
var firstCell = cells[0]
firstCell.value = -1
print(cells[0].value) // expect: 1
struct Bag {
    var items: [Int] = []
}
var bag1 = Bag()
bag1.items.append(1)
var bag2 = bag1
bag2.items.append(2)
print(bag1.items, bag2.items) // expect: [1] [1, 2]

var xs = [3, 1, 2]
xs[1] = 10
xs.append(4)
xs.append(contentsOf: [5, 6])
xs.insert(0, at: 0)
xs.removeAll()
print(xs.first as Any, xs.last as Any) // expect: nil nil
print(xs.first == nil, xs.min() == nil) // expect: true true
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

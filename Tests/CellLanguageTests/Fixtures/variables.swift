let a = 1
var b = 2
b = a + b
print(a, b) // expect: 1 3
let c: Double = 3
print(c) // expect: 3.0
let f: Float = 2
print(f) // expect: 2.0
var d: Int
d = 5
print(d) // expect: 5
let e: String = "hi", g = 2
print(e, g) // expect: hi 2
var flag: Bool = true
flag = !flag
print(flag) // expect: false
// ---
print(b) // expect: 3
b *= 10
print(b) // expect: 30
// ---
var (tx, ty) = (1, "x")
tx += 1
print(tx, ty) // expect: 2 x
let (_, second) = (9, 10)
print(second) // expect: 10
let (p1, (p2, p3)) = (1, (2, 3))
print(p1 + p2 + p3) // expect: 6
// ---
let outer = 1
if true {
    let outer = 2
    print(outer) // expect: 2
}
print(outer) // expect: 1
func shadow() -> Int {
    let outer = 5
    return outer
}
print(shadow(), outer) // expect: 5 1
// ---
let typedList: [Double] = [1, 2]
print(typedList) // expect: [1.0, 2.0]
let typedDict: [String: Double] = ["a": 1]
let typedOpt: Double? = 3
print(typedOpt as Any) // expect: Optional(3.0)
let typedTuple: (Int, Double) = (1, 2)
let emptyList: [Int] = []
print(emptyList, emptyList.isEmpty) // expect: [] true
let emptyDict: [String: Int] = [:]
print(emptyDict) // expect: [:]
// ---
var counter = 0
counter += 5
counter -= 2
counter *= 4
counter /= 3
counter %= 3
print(counter) // expect: 1
var text = "ab"
text += "c"
print(text) // expect: abc
var list = [1]
list += [2, 3]
print(list) // expect: [1, 2, 3]
var ratio = 1.0
ratio /= 4
print(ratio) // expect: 0.25

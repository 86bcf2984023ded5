let temperature = 25
if temperature > 30 {
    print("hot")
} else if temperature > 20 {
    print("warm") // expect: warm
} else {
    print("cold")
}
if temperature > 0 && temperature < 100, temperature % 5 == 0 { print("liquid, round") } // expect: liquid, round
if !(temperature < 0) { print("not freezing") } // expect: not freezing
let kind = temperature > 20 ? "warm" : "cold"
print(kind) // expect: warm
let label = if temperature > 20 { "T>20" } else { "T<=20" }
print(label) // expect: T>20
// ---
for i in 0..<3 { print(i) } // expect: 0
// expect: 1
// expect: 2
for i in 1...3 where i != 2 { print("i =", i) } // expect: i = 1
// expect: i = 3
for _ in 0..<2 { print("again") } // expect: again
// expect: again
var sum = 0
for x in [1, 2, 3, 4] { sum += x }
print(sum) // expect: 10
for (index, value) in ["a", "b"].enumerated() { print(index, value) } // expect: 0 a
// expect: 1 b
for item in ["x", "y"].enumerated() { print(item.offset, item.element) } // expect: 0 x
// expect: 1 y
for (a, b) in zip([1, 2, 3], ["one", "two"]) { print(a, b) } // expect: 1 one
// expect: 2 two
for i in stride(from: 0, to: 10, by: 4) { print(i) } // expect: 0
// expect: 4
// expect: 8
for i in stride(from: 3, through: 0, by: -1) { print(i, terminator: ","); if i == 0 { print() } } // expect: 3,2,1,0,
for x in stride(from: 0.0, through: 1.0, by: 0.5) { print(x) } // expect: 0.0
// expect: 0.5
// expect: 1.0
print(Array(stride(from: 1, to: 6, by: 2))) // expect: [1, 3, 5]
for (i, (a, b)) in zip([1, 2], [3, 4]).enumerated() { print(i, a * b) } // expect: 0 3
// expect: 1 8
for i in 0..<0 { print("never", i) }
print(zip([1, 2], [3, 4]).map { $0.0 * $0.1 }) // expect: [3, 8]
// ---
var n = 0
while n < 3 {
    n += 1
}
print(n) // expect: 3
var m = 10
repeat {
    m += 1
} while m < 5
print(m) // expect: 11
var steps = 0
repeat { steps += 1 } while steps < 3
print(steps) // expect: 3
while false { print("never") }
// ---
for i in 0..<10 {
    if i == 1 { continue }
    if i == 4 { break }
    print(i) // expect: 0
    // expect: 2
    // expect: 3
}
var w = 0
while true {
    w += 1
    if w >= 5 { break }
}
print(w) // expect: 5
outer: for i in 0..<3 {
    for j in 0..<3 {
        if j == 2 { continue outer }
        if i == 2 { break outer }
        print(i, j) // expect: 0 0
        // expect: 0 1
        // expect: 1 0
        // expect: 1 1
    }
}
var found = -1
search: while true {
    for k in 0..<100 where k * k > 50 {
        found = k
        break search
    }
}
print(found) // expect: 8
// ---
func classify(_ n: Int) -> String {
    switch n {
    case 0:
        return "zero"
    case 1, 2, 3:
        return "small"
    case 4..<10:
        return "medium"
    case 10...100:
        return "large"
    default:
        return "negative"
    }
}
print(classify(0), classify(2), classify(7), classify(50), classify(-1)) // expect: zero small medium large negative
// ---
let word = "b"
switch word {
case "a": print("A")
case "b", "c": print("B or C") // expect: B or C
default: print("other")
}
let pt = (1, 0)
switch pt {
case (0, 0): print("origin")
case (_, 0): print("on x axis") // expect: on x axis
case (0, _): print("on y axis")
default: print("elsewhere")
}
let pt2 = (2, 3)
switch pt2 {
case (0...1, 0...1): print("near")
case (2, _): print("x is 2") // expect: x is 2
default: print("far")
}
let score = 0.75
switch score {
case 0.0..<0.5: print("low")
case 0.5..<0.8: print("mid") // expect: mid
default: print("high")
}
let flag = true
// ---
let value = 3
switch value {
case 1: break
default: print("not one") // expect: not one
}
for i in 0..<5 {
    switch i {
    case 1: continue
    case 3: break
    default: print("i", i) // expect: i 0
    // expect: i 2
    // expect: i 4
    }
}
// ---
func early(_ xs: [Int]) -> Int {
    for x in xs {
        if x > 2 { return x }
    }
    return -1
}
print(early([1, 5, 3]), early([])) // expect: 5 -1
func noValue(_ flag: Bool) {
    if flag { return }
    print("continued")
}
noValue(true)
noValue(false) // expect: continued

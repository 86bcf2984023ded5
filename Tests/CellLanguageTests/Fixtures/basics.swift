let a = 2
var b = 3.5
b += 1
print(a, b) // expect: 2 4.5
print("sum: \(Double(a) + b)") // expect: sum: 6.5
let xs = [1, 2, 3]
print(xs.map { $0 * 2 }, xs.count) // expect: [2, 4, 6] 3
// ---
func greet(_ name: String, punctuation: String = "!") -> String {
    "Hello, \(name)\(punctuation)"
}
print(greet("XOR")) // expect: Hello, XOR!
print(greet("AND", punctuation: "?")) // expect: Hello, AND?
// ---
func fact(_ n: Int) -> Int { n <= 1 ? 1 : n * fact(n - 1) }
print(fact(10)) // expect: 3628800
var total = 0
for i in 0..<10 where i % 2 == 0 { total += i }
print(total) // expect: 20
var k = 0
while k < 5 { k += 2 }
print(k) // expect: 6
// ---
let maybe: Int? = nil
print(maybe ?? 7) // expect: 7
if let v = Int("42") { print(v + 1) } // expect: 43
let grade = 0.87
switch grade {
case 0.9...1.0: print("A")
case 0.8..<0.9: print("B") // expect: B
default: print("C")
}
for (i, name) in ["x", "y"].enumerated() { print(i, name) } // expect: 0 x
// expect: 1 y
// ---
let parsed = #require(Int("12"))
print(parsed + 1) // expect: 13
#expect(parsed == 99)
print("after a failed #expect") // expect: after a failed #expect
// ---
var pending = ["2.5", "x"]
let parsedValue = Double(pending.removeLast())
print(parsedValue as Any, pending) // expect: nil ["2.5"]

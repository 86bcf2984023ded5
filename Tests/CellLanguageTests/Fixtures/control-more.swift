var sum = 0
for x in [1, 2, 3, 4] { sum += x }
for i in 0..<0 { print("never", i) }
print(zip([1, 2], [3, 4]).map { a, b in a + b }) // expect: [4, 6]
print(zip([1, 2], [3, 4]).map { $0 + $1 }) // expect: [4, 6]
// ---
func size(_ n: Int) -> String {
    switch n {
    case Int.min..<0: return "negative"
    case 0: return "zero"
    case let x where x % 2 == 0: return "even \(x)"
    case let x: return "odd \(x)"
    }
}
print(size(-3), size(0), size(4), size(5)) // expect: negative zero even 4 odd 5
// ---
func openEnded(_ n: Int) -> String {
    switch n {
    case 10...: return "ten or more"
    default: return "less"
    }
}
print(openEnded(12), openEnded(3)) // expect: ten or more less
// ---
let value = 3
switch value {
case 3:
    print("three") // expect: three
    fallthrough
case 4:
    print("four too") // expect: four too
default:
    print("default")
}

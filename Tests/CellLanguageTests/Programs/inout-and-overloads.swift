// features: inout, overloading
func swapTwoInts(_ a: inout Int, _ b: inout Int) {
    let temporaryA = a
    a = b
    b = temporaryA
}
var someInt = 3
var anotherInt = 107
swapTwoInts(&someInt, &anotherInt)
print("someInt is now \(someInt), and anotherInt is now \(anotherInt)")
func divide(_ a: Int, by b: Int) -> Int { a / b }
func divide(_ a: Int, byDividends b: Int, thenAdd c: Int) -> Int { a / b + c }
print(divide(10, by: 2), divide(10, byDividends: 5, thenAdd: 1))
func describe(_ x: Int) -> String { "Int \(x)" }
func describe(_ x: Double) -> String { "Double \(x)" }
func describe(_ x: String) -> String { "String \(x)" }
print(describe(3), describe(2.5), describe("hi"))
func append(_ value: Int, to list: inout [Int]) {
    list.append(value)
    list.append(value * 10)
}
var numbers = [1]
append(2, to: &numbers)
print(numbers)
struct Counter {
    var count = 0
    mutating func add(_ n: Int, into total: inout Int) {
        count += n
        total += n
    }
}
var c = Counter()
var total = 100
c.add(5, into: &total)
print(c.count, total)
var matrix = [[1, 2], [3, 4]]
func double(_ row: inout [Int]) { for i in row.indices { row[i] *= 2 } }
double(&matrix[1])
print(matrix)
var p = (x: 1, y: 2)
func bump(_ v: inout Int) { v += 1 }
bump(&p.x)
print(p)
var a = "left", b = "right"
swap(&a, &b)
print(a, b)
func area(width: Double, height: Double) -> Double { width * height }
func area(side: Double) -> Double { side * side }
func area(radius r: Double) -> Double { 3.0 * r * r }
print(area(width: 2, height: 3), area(side: 4), area(radius: 1))
func greet() -> String { "Hello" }
func greet(_ name: String) -> String { "Hello, \(name)" }
print(greet(), greet("Ann"))
func fib(_ n: Int, memo: inout [Int: Int]) -> Int {
    if n < 2 { return n }
    if let v = memo[n] { return v }
    let r = fib(n - 1, memo: &memo) + fib(n - 2, memo: &memo)
    memo[n] = r
    return r
}
var memo: [Int: Int] = [:]
print(fib(50, memo: &memo), memo.count)

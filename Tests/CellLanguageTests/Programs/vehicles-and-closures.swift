// features: classes, inheritance, closures
protocol Vehicle {
    var wheels: Int { get }
    var name: String { get }
    func describe() -> String
}
extension Vehicle {
    func describe() -> String { "\(name) with \(wheels) wheels" }
}
struct Car: Vehicle {
    let wheels = 4
    let name: String
}
struct Bike: Vehicle {
    let wheels = 2
    let name = "bike"
    func describe() -> String { "a humble \(name)" }
}
let garage: [Vehicle] = [Car(name: "sedan"), Bike(), Car(name: "van")]
for v in garage { print(v.describe()) }
let totalWheels = garage.reduce(0) { $0 + $1.wheels }
print(totalWheels)
let cars = garage.compactMap { $0 as? Car }
print(cars.count, cars.map(\.name))
if let first = garage.first as? Bike { print("first is a bike:", first.name) } else { print("first is not a bike") }
func makeCounter() -> () -> Int {
    var count = 0
    return {
        count += 1
        return count
    }
}
let counter = makeCounter()
_ = counter()
_ = counter()
print(counter())
let add: (Int, Int) -> Int = { $0 + $1 }
let ops: [String: (Int, Int) -> Int] = ["+": add, "*": { $0 * $1 }]
print(ops["+"]!(2, 3), ops["*"]!(2, 3))
func apply(_ f: (Int) -> Int, times n: Int, to x: Int) -> Int {
    var r = x
    for _ in 0..<n { r = f(r) }
    return r
}
print(apply({ $0 * 2 }, times: 5, to: 1))

final class Stats {
    let values: [Double]
    init(_ values: [Double]) { self.values = values }
    lazy var mean: Double = values.reduce(0, +) / Double(values.count)
}
print(Stats([1, 2, 6]).mean) // expect: 3.0
// ---
var capturedValue = 10
let captured = { [capturedValue] in capturedValue * 2 }
capturedValue = 50
print(captured()) // expect: 20
// ---
struct Item { var price: Double }
var item = Item(price: 2)
item[keyPath: \Item.price] = 5
print(item.price) // expect: 5.0
// ---
infix operator **: MultiplicationPrecedence
func ** (base: Int, exponent: Int) -> Int { (0..<exponent).reduce(1) { acc, _ in acc * base } }
print(2 ** 10) // expect: 1024

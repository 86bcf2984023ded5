let f1: Float = 1
print(f1 / 3) // expect: 0.33333334
let f2: Float = 0.1
print(f2, Double(f2)) // expect: 0.1 0.10000000149011612
// ---
let fv: Float = 1
let dv: Double = 2
print(fv + dv) // expect error:10: binary operator '+' cannot be applied to operands of type 'Float' and 'Double'
// ---
struct Rate {
    var value: Double = 1
    var scale: Double
}
class Meter {
    var reading: Double = 0
    init() { reading = 5 }
}
func one() -> Double { 1 }
var weights: [Double] = []
weights.append(3)
print(weights) // expect: [3.0]
var table: [String: Double] = [:]
table["a"] = 2
print(table) // expect: ["a": 2.0]
func temperatureIsHigh() -> Bool { true }
let chosen: Double = temperatureIsHigh() ? 1 : 0
print(chosen) // expect: 1.0
let fromClosure: () -> Double = { 7 }
print(fromClosure()) // expect: 7.0
var reassigned = 0.5
reassigned = 2
let optionalDouble: Double? = 4

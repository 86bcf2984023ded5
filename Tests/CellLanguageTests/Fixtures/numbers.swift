print(1_000_000, 0x1F, 0b101, 0o17, -42) // expect: 1000000 31 5 15 -42
print(1e3, 1.5e-3, 2.5E2) // expect: 1000.0 0.0015 250.0
print(Int.max, Int.min) // expect: 9223372036854775807 -9223372036854775808
print(0.1 + 0.2) // expect: 0.30000000000000004
print(1.0 / 3, 2.0 / 3) // expect: 0.3333333333333333 0.6666666666666666
print(1e15, 1e16, 1e100) // expect: 1000000000000000.0 1e+16 1e+100
print(0.0001, 0.00001, 5e-324) // expect: 0.0001 1e-05 5e-324
print(123456789.0, 100.0, -0.0) // expect: 123456789.0 100.0 -0.0
print(Double.pi) // expect: 3.141592653589793
print(Double(Int.max)) // expect: 9.223372036854776e+18
// ---
print(7 / 2, -7 / 2, 7 % 3, -7 % 3) // expect: 3 -3 1 -1
print(7.0 / 2, 7 / 2.0) // expect: 3.5 3.5
print(2 + 3 * 4, (2 + 3) * 4, 10 - 2 - 3, 2 * 3 % 4, 100 / 10 / 5) // expect: 14 20 5 2 2
let n = 7
let x = 2.5
print(-2 * 3, -(n - 10)) // expect: -6 3
print(-n, -x, +n) // expect: -7 -2.5 7
// ---
let half = 1 / 2
let halfD = 1.0 / 2
let mixed = 1 + 2.5
print(mixed) // expect: 3.5
let xd = 1.5
print(xd * 2, 2 * xd, xd + 1, xd - 1, 10 / xd > 6) // expect: 3.0 3.0 2.5 0.5 true
var acc = 1.5
acc += 1
acc *= 2
print(acc) // expect: 5.0
// ---
let count = 3
print(Double(count) / 2) // expect: 1.5
print(Int(3.9), Int(-3.9), Int(-0.5)) // expect: 3 -3 0
print(Double(3), Float(3)) // expect: 3.0 3.0
print(Int("12") ?? 0, Int("x") ?? -1, Int("  5") ?? -1) // expect: 12 -1 -1
print(Int("-12") as Any, Double("1.5") as Any, Double("abc") as Any) // expect: Optional(-12) Optional(1.5) nil
print(String(3.0), String(7), 7.description, 2.5.description) // expect: 3.0 7 7 2.5
print(Int(Double(count) * 2.6)) // expect: 7
// ---
let f1: Float = 1
let f2: Float = 0.1
print(Float(2.5) * 2) // expect: 5.0
print(Float(1) / Float(3) == Float(1.0 / 3.0)) // expect: true
// ---
print(1 < 2, 2 <= 2, 3 > 4, 3 >= 4, 1 == 1, 1 != 1) // expect: true true false false true false
print(2.5 > 2, 0.1 + 0.2 == 0.3) // expect: true false
print(true && false, true || false, !true) // expect: false true false
print(true && false || true, !(1 > 2) && 2 > 1) // expect: true true
print(true == false, "a" < "b", "abc" == "abc") // expect: false true true
func loud(_ v: Bool) -> Bool { print("evaluated"); return v }
print(false && loud(true)) // expect: false
print(true || loud(false)) // expect: true
print(true && loud(true)) // expect: evaluated
// expect: true
// ---
let zeroD = 0.0
print(1 / zeroD, -1 / zeroD) // expect: inf -inf
print(Double.infinity, -Double.infinity, Double.nan) // expect: inf -inf nan
print(Double.nan == Double.nan, Double.nan.isNaN, (1 / zeroD).isInfinite) // expect: false true true
print(Double.infinity > 1e308) // expect: true
// ---
print(abs(-3), abs(-2.5), abs(4)) // expect: 3 2.5 4
print(min(3, 1, 2), max(1.5, 2), max(2, 7)) // expect: 1 2.0 7
print(pow(2.0, 10.0), sqrt(16.0), exp(0.0), log(1.0)) // expect: 1024.0 4.0 1.0 0.0
print(floor(-1.5), ceil(1.2), round(2.5), round(-2.5)) // expect: -2.0 2.0 3.0 -3.0
print((2.5).rounded(), (-2.5).rounded(), 2.4.rounded()) // expect: 3.0 -3.0 2.0
print(9.0.squareRoot(), 7.5.truncatingRemainder(dividingBy: 2)) // expect: 3.0 1.5
print(12.isMultiple(of: 4), 7.isMultiple(of: 2)) // expect: true false
print(tanh(0.0), sin(0.0), cos(0.0)) // expect: 0.0 0.0 1.0
print(log2(8.0), log10(1000.0)) // expect: 3.0 3.0
print((-5).magnitude, (-2.5).magnitude) // expect: 5 2.5
// ---
let big = Int.max
print(big - 1 + 1) // expect: 9223372036854775807
// ---
let small = Int.min
print(small - 1) // expect error:13: arithmetic overflow
// ---
let aInt = 1
let aDouble: Double = aInt // expect error:23: cannot convert value of type 'Int' to specified type 'Double'
// ---
let ci = 1
let cd = 1.5
print(ci < cd) // expect error: binary operator '<' cannot be applied to operands of type 'Int' and 'Double'
// ---
struct Rate {
    var value: Double = 1
    var scale: Double
}
print(Rate(scale: 2)) // expect: Rate(value: 1.0, scale: 2.0)
class Meter {
    var reading: Double = 0
    init() { reading = 5 }
}
print(Meter().reading) // expect: 5.0
func one() -> Double { 1 }
print(one()) // expect: 1.0
var weights: [Double] = []
weights.append(3)
var table: [String: Double] = [:]
table["a"] = 2
func temperatureIsHigh() -> Bool { true }
let fromClosure: () -> Double = { 7 }
var reassigned = 0.5
reassigned = 2
print(reassigned) // expect: 2.0
let optionalDouble: Double? = 4
print(optionalDouble!) // expect: 4.0

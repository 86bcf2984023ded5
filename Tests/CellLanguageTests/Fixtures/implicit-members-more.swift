let pi: Double = .pi
print(pi) // expect: 3.141592653589793
let big: Double = .infinity
print(big > 1e300) // expect: true
func half(_ x: Double) -> Double { x / 2 }
print(half(.pi) == Double.pi / 2) // expect: true
let maxInt: Int = .max
print(maxInt == Int.max) // expect: true
let zero: Double = .zero
print(zero) // expect: 0.0
// ---
print(2.5.rounded(.down), 2.5.rounded(.up), (-2.5).rounded(.towardZero), 2.5.rounded(.toNearestOrEven)) // expect: 2.0 3.0 -2.0 2.0
print("  trim me ".trimmingCharacters(in: .whitespaces)) // expect: trim me
print([3, 1, 2].sorted(by: <)) // expect: [1, 2, 3]

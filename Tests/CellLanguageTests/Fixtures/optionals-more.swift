let some: Int? = 5
let none: Int? = nil
let name: String? = "Ada"
var later: Double?
print(later as Any) // expect: nil
later = 2.5
print(later as Any, later! * 2) // expect: Optional(2.5) 5.0
later = nil
// ---
func describe(_ x: Int?) -> String {
    guard let x = x else {
        return "none"
    }
    return "value \(x)"
}
print(describe(3), describe(nil)) // expect: value 3 none
func firstEven(_ xs: [Int]) -> Int? {
    for x in xs where x % 2 == 0 { return x }
    return nil
}
func positive(_ x: Int) -> Int? { x > 0 ? x : nil }
guard let p = positive(3) else { fatalError() }
func check(_ v: Int?) -> String {
    guard let v, v > 1 else { return "small or none" }
    return "ok \(v)"
}
print(check(nil), check(1), check(2)) // expect: small or none small or none ok 2
// ---
let plain: Int = nil // expect error:18: 'nil' cannot initialize specified type 'Int'

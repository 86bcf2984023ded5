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
struct Owner { var pet: Pet? }
struct Pet { var name: String; var toy: String? }
let withPet = Owner(pet: Pet(name: "Rex", toy: nil))
let withoutPet = Owner(pet: nil)
print(withPet.pet?.name as Any, withoutPet.pet?.name as Any) // expect: Optional("Rex") nil
print(withPet.pet?.name ?? "-", withoutPet.pet?.name ?? "-") // expect: Rex -
print(withPet.pet?.toy ?? "no toy") // expect: no toy
print(withPet.pet?.name.count as Any) // expect: Optional(3)
let words: [String]? = ["a", "bb"]
print(words?.count as Any, words?.first as Any) // expect: Optional(2) Optional("a")
print(words?.map { $0.uppercased() } ?? []) // expect: ["A", "BB"]
var maybeList: [Int]? = [1]
maybeList?.append(2)
print(maybeList!) // expect: [1, 2]
maybeList = nil
maybeList?.append(3)
if let count = withPet.pet?.name.count { print(count) } // expect: 3
// ---
let numbers = ["1", "x", "3"]
let parsed = numbers.map { Int($0) }
let dict = ["a": 1]
print(dict["b"].map { $0 * 2 } as Any, dict["a"].map { $0 * 2 } as Any) // expect: nil Optional(2)
let nested: Int?? = 5
let implicit: Int! = 4
print(implicit + 1) // expect: 5
// ---
let opt: Int? = 2
print(opt + 1) // expect error:7: value of optional type 'Int?' must be unwrapped to a value of type 'Int'
// ---
let plain: Int = nil // expect error:18: 'nil' cannot initialize specified type 'Int'

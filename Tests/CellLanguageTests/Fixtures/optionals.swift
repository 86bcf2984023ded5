let some: Int? = 5
let none: Int? = nil
print(some as Any, none as Any) // expect: Optional(5) nil
print(String(describing: some), String(describing: none)) // expect: Optional(5) nil
print([some, none]) // expect: [Optional(5), nil]
print(some == 5, none == nil, some != nil, none == 5) // expect: true true true false
print(some ?? 0, none ?? 0, none ?? some ?? 1) // expect: 5 0 5
print(some! + 1) // expect: 6
let name: String? = "Ada"
print(name ?? "anonymous", name!.count) // expect: Ada 3
var later: Double?
later = 2.5
later = nil
print(later == nil) // expect: true
// ---
if let value = some {
    print("got", value) // expect: got 5
} else {
    print("nothing")
}
if let value = none {
    print("got", value)
} else {
    print("nothing") // expect: nothing
}
if let some {
    print("shorthand", some) // expect: shorthand 5
}
if let a = some, let b = Int("7"), a < b {
    print(a + b) // expect: 12
}
if let a = some, a > 10 {
    print("big")
} else {
    print("small") // expect: small
}
var mutableCopy: Int? = 1
if var m = mutableCopy {
    m += 1
    print(m, mutableCopy!) // expect: 2 1
}
while let next = mutableCopy, next < 4 {
    mutableCopy = next + 1
}
print(mutableCopy!) // expect: 4
// ---
func firstEven(_ xs: [Int]) -> Int? {
    for x in xs where x % 2 == 0 { return x }
    return nil
}
print(firstEven([1, 3, 4, 6]) as Any, firstEven([1]) as Any) // expect: Optional(4) nil
func positive(_ x: Int) -> Int? { x > 0 ? x : nil }
guard let p = positive(3) else { fatalError() }
print(p) // expect: 3
// ---
struct Owner { var pet: Pet? }
struct Pet { var name: String; var toy: String? }
let withPet = Owner(pet: Pet(name: "Rex", toy: nil))
let withoutPet = Owner(pet: nil)
let words: [String]? = ["a", "bb"]
var maybeList: [Int]? = [1]
maybeList = nil
print(maybeList as Any) // expect: nil
// ---
let numbers = ["1", "x", "3"]
let parsed = numbers.map { Int($0) }
print(parsed) // expect: [Optional(1), nil, Optional(3)]
print(numbers.compactMap { Int($0) }) // expect: [1, 3]
let dict = ["a": 1]
if let v = dict["a"] { print(v) } // expect: 1
let nested: Int?? = 5
print(nested as Any) // expect: Optional(Optional(5))
let implicit: Int! = 4
// ---
let forced: Int? = nil
print(forced! + 1) // expect error:7: unexpectedly found nil while unwrapping an Optional value
// ---
let notOptional = 3
print(notOptional ?? 4) // expect: 3

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

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

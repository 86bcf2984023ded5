// features: sets, dictionaries, enum-raw, case-iterable, higher-order, sorting, optionals, string-methods
import Foundation
enum Aisle: String, CaseIterable {
    case produce, dairy, bakery, pantry, other
}

let aisleOf: [String: Aisle] = [
    "apples": .produce, "carrots": .produce, "milk": .dairy, "butter": .dairy,
    "bread": .bakery, "rice": .pantry, "beans": .pantry, "cheese": .dairy,
]

var list: Set<String> = ["milk", "bread", "apples"]
let roommateList: Set<String> = ["milk", "cheese", "rice", "candles"]
list.formUnion(roommateList)
list.remove("bread")
let alreadyHave: Set = ["rice", "salt"]
list.subtract(alreadyHave)
print(list.count, list.sorted())

var byAisle: [Aisle: [String]] = [:]
for item in list {
    byAisle[aisleOf[item] ?? .other, default: []].append(item)
}
for aisle in Aisle.allCases {
    guard let items = byAisle[aisle] else { continue }
    print("\(aisle.rawValue.capitalized): \(items.sorted().joined(separator: ", "))")
}
let shared = list.intersection(roommateList)
print("shared:", shared.sorted())
print("mine only:", list.subtracting(roommateList).sorted())
print(list.isSuperset(of: ["milk"]), list.isStrictSubset(of: list))
let initials = Set(list.map { $0.first! })
print(String(initials.sorted()))
let lengths = Dictionary(uniqueKeysWithValues: list.sorted().map { ($0, $0.count) })
print(lengths.filter { $0.value > 5 }.keys.sorted())

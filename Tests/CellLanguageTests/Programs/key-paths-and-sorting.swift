// features: key-paths, sorting, higher-order
struct Address { let city: String }
struct Person {
    let name: String
    let age: Int
    let height: Double
    let address: Address
}
let people = [
    Person(name: "Ann", age: 31, height: 1.62, address: Address(city: "Oslo")),
    Person(name: "Bob", age: 25, height: 1.80, address: Address(city: "Bern")),
    Person(name: "Cid", age: 31, height: 1.75, address: Address(city: "Agen")),
    Person(name: "Dee", age: 19, height: 1.70, address: Address(city: "Oslo")),
]
print(people.map(\.name))
print(people.map(\.address.city))
print(people.sorted(by: { $0.age < $1.age }).map(\.name))
print(people.sorted(by: { $0.age > $1.age }).map(\.name))
print(people.sorted { a, b in a.height > b.height }.map(\.name))
print(people.sorted(by: { $0.address.city < $1.address.city }).map(\.name))
print(people.sorted(by: { p, q in return q.name < p.name }).map(\.name))
print(people.map(\.age).sorted(by: >), people.map(\.height).sorted(by: <))
print(["pear", "fig", "apple"].sorted(by: >), ["pear", "fig", "apple"].sorted(by: { $0.count < $1.count }))
print(people.filter { $0.age > 20 }.map(\.name).joined(separator: ", "))
let total = people.map(\.age).reduce(0, +)
print(total)

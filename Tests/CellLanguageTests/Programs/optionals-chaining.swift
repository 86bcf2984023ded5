// features: optionals, optional-chaining, classes, guard, if-let, nil-coalescing, map-optional
class Address {
    var street: String
    var city: String
    var zip: String?

    init(street: String, city: String, zip: String? = nil) {
        self.street = street
        self.city = city
        self.zip = zip
    }
}

class Person {
    let name: String
    var address: Address?
    var friends: [Person] = []
    var manager: Person?

    init(name: String, address: Address? = nil) {
        self.name = name
        self.address = address
    }

    func bestFriend() -> Person? { friends.first }
}

let ann = Person(name: "Ann", address: Address(street: "1 Main St", city: "Springfield", zip: "12345"))
let bob = Person(name: "Bob")
let cat = Person(name: "Cat", address: Address(street: "9 Elm", city: "Shelbyville"))
ann.friends = [bob, cat]
bob.manager = ann

print(ann.address?.city ?? "unknown")
print(bob.address?.city ?? "unknown")
print(bob.manager?.address?.zip ?? "no zip")
print(cat.address?.zip?.count ?? 0)
print(ann.bestFriend()?.manager?.name ?? "none")
print(ann.friends.last?.address?.street.uppercased() ?? "")

func mailingLabel(for person: Person) -> String {
    guard let address = person.address else {
        return "\(person.name): no address"
    }
    if let zip = address.zip, !zip.isEmpty {
        return "\(person.name), \(address.street), \(zip) \(address.city)"
    }
    return "\(person.name), \(address.street), \(address.city)"
}
for p in [ann, bob, cat] { print(mailingLabel(for: p)) }

bob.address = Address(street: "2 Oak", city: "Ogdenville")
bob.address?.zip = "54321"
print(mailingLabel(for: bob))
let zipLength = bob.address?.zip.map { $0.count }
print(zipLength ?? -1)
let numbers = ["1", "two", "3"]
let parsed = numbers.map { Int($0) }
print(parsed.map { $0.map(String.init) ?? "nil" })
print(parsed.compactMap { $0 }.reduce(0, +))
let firstBig = parsed.first { ($0 ?? 0) > 2 }
print(firstBig as Any)
if let n = Int("42"), n > 40, let m = Int("8") {
    print(n + m)
}

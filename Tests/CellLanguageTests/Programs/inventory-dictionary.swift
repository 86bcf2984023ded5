// features: structs, dictionaries, optionals, higher-order, mutating, sorting, interpolation
struct Item {
    let name: String
    var quantity: Int
    let price: Double

    var value: Double { Double(quantity) * price }
}

struct Inventory {
    private var items: [String: Item] = [:]

    mutating func add(_ name: String, quantity: Int, price: Double) {
        if var existing = items[name] {
            existing.quantity += quantity
            items[name] = existing
        } else {
            items[name] = Item(name: name, quantity: quantity, price: price)
        }
    }

    mutating func remove(_ name: String, quantity: Int) -> Bool {
        guard let item = items[name], item.quantity >= quantity else {
            return false
        }
        items[name]?.quantity -= quantity
        if items[name]?.quantity == 0 {
            items.removeValue(forKey: name)
        }
        return true
    }

    var totalValue: Double {
        items.values.reduce(0) { $0 + $1.value }
    }

    func report() -> [String] {
        items.keys.sorted().compactMap { key in
            guard let item = items[key] else { return nil }
            return "\(item.name): \(item.quantity) x \(item.price) = \(item.value)"
        }
    }

    func lowStock(threshold: Int) -> [String] {
        items.values.filter { $0.quantity < threshold }.map { $0.name }.sorted()
    }
}

var store = Inventory()
store.add("apple", quantity: 10, price: 0.5)
store.add("pear", quantity: 4, price: 0.75)
store.add("melon", quantity: 2, price: 3)
store.add("apple", quantity: 5, price: 0.5)
for line in store.report() {
    print(line)
}
print("Total:", store.totalValue)
print(store.remove("melon", quantity: 2))
print(store.remove("pear", quantity: 10))
print(store.lowStock(threshold: 5))
print(store.report().count)

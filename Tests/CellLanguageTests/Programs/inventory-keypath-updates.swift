// features: key-paths, writable-key-paths, generics, structs, higher-order, inout, sorting
import Foundation
struct Product {
    var name: String
    var price: Double
    var stock: Int
    var category: String
}

func update<T, V>(_ items: inout [T], _ keyPath: WritableKeyPath<T, V>, _ transform: (V) -> V) {
    for i in items.indices {
        items[i][keyPath: keyPath] = transform(items[i][keyPath: keyPath])
    }
}

func values<T, V>(_ items: [T], _ keyPath: KeyPath<T, V>) -> [V] {
    items.map { $0[keyPath: keyPath] }
}

func sortedBy<T, V: Comparable>(_ items: [T], _ keyPath: KeyPath<T, V>, descending: Bool = false) -> [T] {
    items.sorted { descending ? $0[keyPath: keyPath] > $1[keyPath: keyPath] : $0[keyPath: keyPath] < $1[keyPath: keyPath] }
}

var products = [
    Product(name: "pen", price: 1.5, stock: 100, category: "office"),
    Product(name: "desk", price: 120, stock: 3, category: "furniture"),
    Product(name: "lamp", price: 35, stock: 12, category: "furniture"),
    Product(name: "paper", price: 4.25, stock: 40, category: "office"),
]

print(values(products, \.name))
update(&products, \.price) { $0 * 1.1 }
print(values(products, \.price).map { ($0 * 100).rounded() / 100 })
update(&products, \.stock) { max(0, $0 - 5) }
update(&products, \.name) { $0.uppercased() }
print(sortedBy(products, \.stock).map(\.name))
print(sortedBy(products, \.price, descending: true).map(\.name))
let inStock = products.filter { $0.stock > 0 }.map(\.name)
print(inStock)
let categories = Set(products.map(\.category)).sorted()
print(categories)
let stockPath: KeyPath<Product, Int> = \.stock
print(products.map { $0[keyPath: stockPath] }.reduce(0, +))

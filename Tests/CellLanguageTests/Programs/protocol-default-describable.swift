// features: protocols, protocol-extensions, custom-string, generics, generic-constraints, static-requirements
protocol Describable {
    static var typeName: String { get }
    var details: [String: String] { get }
    func describe() -> String
}

extension Describable {
    func describe() -> String {
        let body = details.keys.sorted().map { "\($0)=\(details[$0]!)" }.joined(separator: ", ")
        return "\(Self.typeName)(\(body))"
    }
}

protocol Identifiable2 {
    var id: Int { get }
}

extension Identifiable2 {
    var tag: String { "#\(id)" }
}

struct User: Describable, Identifiable2 {
    static let typeName = "User"
    let id: Int
    let email: String
    var details: [String: String] { ["id": "\(id)", "email": email] }
}

struct Product: Describable, Identifiable2 {
    static var typeName: String { "Product" }
    let id: Int
    let title: String
    let price: Double
    var details: [String: String] { ["title": title, "price": "\(price)"] }

    func describe() -> String { "\(title) at \(price)" }
}

func printAll<T: Describable>(_ items: [T]) {
    for item in items { print(item.describe()) }
}

func tags<T>(_ items: [T]) -> String where T: Identifiable2 {
    items.map(\.tag).joined(separator: " ")
}

let users = [User(id: 1, email: "a@x.org"), User(id: 2, email: "b@x.org")]
let products = [Product(id: 10, title: "Lamp", price: 19.5)]
printAll(users)
printAll(products)
print(tags(users), tags(products))
let mixed: [Describable] = [users[0], products[0]]
print(mixed.map { $0.describe() })
print(User.typeName, Product.typeName)

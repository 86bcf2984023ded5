// features: protocols, associated-types, generics, classes, where-clause, hashable, throws, extensions
protocol Entity {
    associatedtype ID: Hashable & Comparable
    var id: ID { get }
}

enum RepositoryError: Error {
    case duplicate(String)
    case missing(String)
}

final class Repository<T: Entity> {
    private var storage: [T.ID: T] = [:]

    func insert(_ item: T) throws {
        guard storage[item.id] == nil else { throw RepositoryError.duplicate("\(item.id)") }
        storage[item.id] = item
    }

    func update(_ item: T) throws {
        guard storage[item.id] != nil else { throw RepositoryError.missing("\(item.id)") }
        storage[item.id] = item
    }

    func find(_ id: T.ID) -> T? { storage[id] }

    var all: [T] { storage.keys.sorted().compactMap { storage[$0] } }

    func query(_ predicate: (T) -> Bool) -> [T] { all.filter(predicate) }
}

struct Part: Entity, CustomStringConvertible {
    let id: String
    var stock: Int
    var description: String { "\(id)×\(stock)" }
}

struct Supplier: Entity {
    let id: Int
    let name: String
}

extension Repository where T == Part {
    var totalStock: Int { all.map(\.stock).reduce(0, +) }
}

let parts = Repository<Part>()
for (id, stock) in [("bolt", 120), ("nut", 300), ("gear", 8), ("axle", 2)] {
    try parts.insert(Part(id: id, stock: stock))
}
do {
    try parts.insert(Part(id: "nut", stock: 1))
} catch RepositoryError.duplicate(let id) {
    print("duplicate \(id)")
}
try parts.update(Part(id: "gear", stock: 20))
print(parts.all)
print(parts.query { $0.stock < 50 })
print(parts.totalStock, parts.find("axle")?.stock ?? 0)
if (try? parts.update(Part(id: "spring", stock: 5))) == nil { print("no spring to update") }

let suppliers = Repository<Supplier>()
try suppliers.insert(Supplier(id: 7, name: "Acme"))
try suppliers.insert(Supplier(id: 3, name: "Globex"))
print(suppliers.all.map(\.name), suppliers.find(3)?.name ?? "?")

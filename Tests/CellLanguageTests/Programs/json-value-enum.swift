// features: indirect-enum, enum-associated, recursion, custom-string, switch-patterns, dictionaries, subscripts
import Foundation
indirect enum JSON: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([String: JSON])

    subscript(key: String) -> JSON? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    subscript(index: Int) -> JSON? {
        guard case .array(let items) = self, items.indices.contains(index) else { return nil }
        return items[index]
    }

    var depth: Int {
        switch self {
        case .array(let items): return 1 + (items.map(\.depth).max() ?? 0)
        case .object(let fields): return 1 + (fields.values.map(\.depth).max() ?? 0)
        default: return 0
        }
    }
}

extension JSON: CustomStringConvertible {
    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n == n.rounded() ? String(Int(n)) : String(n)
        case .string(let s): return "\"\(s)\""
        case .array(let items): return "[" + items.map(\.description).joined(separator: ",") + "]"
        case .object(let fields):
            return "{" + fields.keys.sorted().map { "\"\($0)\":\(fields[$0]!)" }.joined(separator: ",") + "}"
        }
    }
}

let doc = JSON.object([
    "name": .string("HandsOn"),
    "version": .number(2),
    "ratio": .number(0.75),
    "tags": .array([.string("swift"), .string("notebook")]),
    "owner": .object(["login": .string("ada"), "admin": .bool(true), "email": .null]),
])
print(doc)
print(doc["tags"]?[1] ?? .null, doc["owner"]?["admin"] ?? .null, doc["missing"] == nil)
print(doc.depth, JSON.number(1).depth)
if case .string(let name)? = doc["name"] {
    print("name is", name)
}
if case .object(let owner)? = doc["owner"] {
    print(owner.keys.sorted())
}
print(doc["tags"] == .array([.string("swift"), .string("notebook")]))

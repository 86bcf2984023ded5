// features: indirect-enum, generics, generic-constraints, recursion, switch-patterns, extensions
indirect enum Tree<T: Comparable> {
    case empty
    case node(Tree, T, Tree)

    func inserting(_ value: T) -> Tree {
        switch self {
        case .empty:
            return .node(.empty, value, .empty)
        case let .node(left, v, right):
            if value < v { return .node(left.inserting(value), v, right) }
            if value > v { return .node(left, v, right.inserting(value)) }
            return self
        }
    }

    func contains(_ value: T) -> Bool {
        switch self {
        case .empty: return false
        case let .node(left, v, right):
            return value == v || (value < v ? left.contains(value) : right.contains(value))
        }
    }

    var elements: [T] {
        guard case let .node(left, v, right) = self else { return [] }
        return left.elements + [v] + right.elements
    }

    var depth: Int {
        if case let .node(l, _, r) = self { return 1 + max(l.depth, r.depth) }
        return 0
    }
}

extension Tree {
    init<S: Sequence>(_ values: S) where S.Element == T {
        self = values.reduce(Tree.empty) { $0.inserting($1) }
    }

    var minimum: T? {
        switch self {
        case .empty: return nil
        case .node(.empty, let v, _): return v
        case .node(let left, _, _): return left.minimum
        }
    }
}

let tree = Tree([7, 3, 9, 1, 5, 8, 10, 3])
print(tree.elements, tree.depth)
print(tree.contains(5), tree.contains(6), tree.minimum ?? -1)
let words = Tree(["pear", "apple", "fig", "kiwi", "banana"])
print(words.elements, words.minimum ?? "")
let empty = Tree<Double>.empty
print(empty.elements, empty.depth, empty.minimum as Any)
let degenerate = Tree(1...6)
print(degenerate.depth)

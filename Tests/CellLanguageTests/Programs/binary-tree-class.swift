// features: classes, recursion, optionals, generics, generic-constraints, closures
final class TreeNode<Value: Comparable> {
    var value: Value
    var left: TreeNode?
    var right: TreeNode?

    init(_ value: Value) {
        self.value = value
    }

    func insert(_ newValue: Value) {
        if newValue < value {
            if let left = left { left.insert(newValue) } else { left = TreeNode(newValue) }
        } else {
            if let right = right { right.insert(newValue) } else { right = TreeNode(newValue) }
        }
    }

    func contains(_ target: Value) -> Bool {
        if target == value { return true }
        let next = target < value ? left : right
        return next?.contains(target) ?? false
    }

    func inOrder(_ visit: (Value) -> Void) {
        left?.inOrder(visit)
        visit(value)
        right?.inOrder(visit)
    }

    var height: Int {
        1 + max(left?.height ?? 0, right?.height ?? 0)
    }

    var count: Int {
        1 + (left?.count ?? 0) + (right?.count ?? 0)
    }

    var minimum: Value { left?.minimum ?? value }
    var maximum: Value { right?.maximum ?? value }
}

let root = TreeNode(50)
for v in [30, 70, 20, 40, 60, 80, 35, 45, 65] {
    root.insert(v)
}
var ordered: [Int] = []
root.inOrder { ordered.append($0) }
print(ordered)
print("height:", root.height, "count:", root.count)
print("min:", root.minimum, "max:", root.maximum)
print(root.contains(45), root.contains(55))

let words = TreeNode("mango")
["apple", "peach", "banana", "cherry", "zucchini"].forEach(words.insert)
var list: [String] = []
words.inOrder { list.append($0.uppercased()) }
print(list.joined(separator: ","))
print(words.left?.value ?? "-", words.right?.value ?? "-")

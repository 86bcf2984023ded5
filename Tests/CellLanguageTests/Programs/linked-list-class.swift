// features: classes, optionals, generics, while, sequence, custom-string, recursion
final class Node<T> {
    var value: T
    var next: Node<T>?

    init(_ value: T, next: Node<T>? = nil) {
        self.value = value
        self.next = next
    }
}

final class LinkedList<T> {
    private var head: Node<T>?
    private(set) var count = 0

    func prepend(_ value: T) {
        head = Node(value, next: head)
        count += 1
    }

    func append(_ value: T) {
        let node = Node(value)
        guard var current = head else {
            head = node
            count += 1
            return
        }
        while let next = current.next {
            current = next
        }
        current.next = node
        count += 1
    }

    func toArray() -> [T] {
        var result: [T] = []
        var current = head
        while let node = current {
            result.append(node.value)
            current = node.next
        }
        return result
    }

    func reverse() {
        var previous: Node<T>? = nil
        var current = head
        while let node = current {
            let next = node.next
            node.next = previous
            previous = node
            current = next
        }
        head = previous
    }

    func value(at index: Int) -> T? {
        var current = head
        var i = 0
        while let node = current {
            if i == index { return node.value }
            i += 1
            current = node.next
        }
        return nil
    }
}

extension LinkedList: CustomStringConvertible {
    var description: String {
        toArray().map { "\($0)" }.joined(separator: " -> ")
    }
}

let list = LinkedList<Int>()
for n in [3, 5, 8] { list.append(n) }
list.prepend(1)
print(list, "count:", list.count)
list.reverse()
print(list)
print(list.value(at: 2) ?? -1, list.value(at: 9) ?? -1)

let words = LinkedList<String>()
["swift", "is", "fun"].forEach { words.append($0) }
print(words.toArray().map { $0.uppercased() })

// features: protocols, associated-types, generics, where-clause, subscripts, extensions
protocol Container {
    associatedtype Item
    var count: Int { get }
    mutating func append(_ item: Item)
    subscript(i: Int) -> Item { get }
}

struct IntStack: Container {
    var items: [Int] = []
    mutating func push(_ item: Int) { items.append(item) }
    mutating func pop() -> Int { items.removeLast() }
    mutating func append(_ item: Int) { push(item) }
    var count: Int { items.count }
    subscript(i: Int) -> Int { items[i] }
}

struct Box<Element>: Container {
    var items: [Element] = []
    mutating func append(_ item: Element) { items.append(item) }
    var count: Int { items.count }
    subscript(i: Int) -> Element { items[i] }
}

func allItemsMatch<C1: Container, C2: Container>(_ a: C1, _ b: C2) -> Bool
where C1.Item == C2.Item, C1.Item: Equatable {
    if a.count != b.count { return false }
    for i in 0..<a.count where a[i] != b[i] {
        return false
    }
    return true
}

extension Container where Item: Numeric {
    func total() -> Item {
        var sum: Item = 0
        for i in 0..<count { sum += self[i] }
        return sum
    }
}

extension Container {
    var last: Item? { count > 0 ? self[count - 1] : nil }
}

var stack = IntStack()
for n in [3, 1, 4] { stack.push(n) }
var box = Box<Int>()
for n in [3, 1, 4] { box.append(n) }
print(allItemsMatch(stack, box))
box.append(1)
print(allItemsMatch(stack, box))
print(stack.total(), box.total(), stack.last ?? 0)
var names = Box<String>()
names.append("x")
names.append("y")
print(names.last ?? "", names.count)
print(stack.pop(), stack.count)

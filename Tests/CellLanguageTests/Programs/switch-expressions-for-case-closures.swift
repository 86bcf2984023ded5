// features: switch-patterns, for-case, closures, fallthrough
func classify(_ n: Int) -> String {
    let kind = switch n {
    case ..<0: "negative"
    case 0: "zero"
    default: "positive"
    }
    return kind
}
print(classify(-3), classify(0), classify(8))
let values: [Int?] = [1, nil, 3]
for case let v? in values { print("value", v) }
for case let (x, y) in [(1, 2), (3, 4)] where x > 1 { print(x + y) }
func outer() -> Int {
    func inner(_ x: Int) -> Int { x * 2 }
    return inner(21)
}
print(outer())
var handlers: [() -> Void] = []
for i in 1...3 { handlers.append { print("handler", i) } }
handlers.forEach { $0() }
class Node {
    var value: Int
    var next: Node?
    init(_ value: Int, next: Node? = nil) { self.value = value; self.next = next }
}
let list = Node(1, next: Node(2, next: Node(3)))
var cursor: Node? = list
var sum = 0
while let n = cursor { sum += n.value; cursor = n.next }
print(sum, list.next?.next?.value ?? 0, list.next?.next?.next?.value ?? -1)
struct Counter { static var instances = 0; init() { Counter.instances += 1 } }
_ = Counter(); _ = Counter()
print(Counter.instances)
func minMax(_ xs: [Int]) -> (min: Int, max: Int)? {
    guard let first = xs.first else { return nil }
    return xs.reduce((first, first)) { (min($0.0, $1), max($0.1, $1)) }
}
if let r = minMax([3, 7, 1]) { print(r.min, r.max) }
var n = 0
repeat { n += 3 } while n < 10
print(n)
let nested = [[1, 2], [3], []]
print(nested.flatMap { $0 }, nested.map { $0.count }, nested.compactMap { $0.first })

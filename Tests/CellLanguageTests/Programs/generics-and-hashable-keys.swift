// features: generics, generic-constraints, hashable, dictionaries
struct Stack<Element> {
    private var items: [Element] = []
    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pop() -> Element? { items.popLast() }
    func peek() -> Element? { items.last }
}
var stack = Stack<Int>()
stack.push(1)
stack.push(2)
stack.push(3)
print(stack.pop()!, stack.peek()!, stack.count, stack.isEmpty)
var words = Stack<String>()
words.push("a")
print(words.pop() ?? "none", words.pop() ?? "none")
func largest<T: Comparable>(_ xs: [T]) -> T? {
    guard var best = xs.first else { return nil }
    for x in xs where x > best { best = x }
    return best
}
print(largest([3, 9, 2])!, largest(["b", "z", "a"])!, largest([Double]()) == nil)
func pairUp<A, B>(_ a: A, _ b: B) -> (A, B) { (a, b) }
print(pairUp(1, "one"))
enum Suit: String, CaseIterable { case hearts, spades }
var counts: [Suit: Int] = [.hearts: 2]
counts[Suit.spades] = 5
counts[.hearts, default: 0] += 1
for s in Suit.allCases { print(s, counts[s]!) }
struct Point: Hashable { let x: Int; let y: Int }
var visited: [Point: String] = [:]
visited[Point(x: 1, y: 2)] = "start"
visited[Point(x: 1, y: 2)] = "again"
print(visited.count, visited[Point(x: 1, y: 2)]!)
let grid: [String: [Int]] = ["a": [1, 2]]
print(grid["a"]!.count)
func countWords(_ text: String) -> [String: Int] {
    var result: [String: Int] = [:]
    for w in text.split(separator: " ") { result[String(w), default: 0] += 1 }
    return result
}
let c = countWords("a b a c b a")
print(c.keys.sorted().map { "\($0)=\(c[$0]!)" }.joined(separator: " "))

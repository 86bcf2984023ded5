// features: generics, structs, while
struct Queue<T> {
    private var elements: [T] = []
    mutating func enqueue(_ x: T) { elements.append(x) }
    mutating func dequeue() -> T? { elements.isEmpty ? nil : elements.removeFirst() }
    var isEmpty: Bool { elements.isEmpty }
}
func bfs(_ graph: [Int: [Int]], from start: Int) -> [Int] {
    var visited: Set<Int> = [start]
    var order: [Int] = []
    var queue = Queue<Int>()
    queue.enqueue(start)
    while let node = queue.dequeue() {
        order.append(node)
        for next in graph[node, default: []] where !visited.contains(next) {
            visited.insert(next)
            queue.enqueue(next)
        }
    }
    return order
}
let graph = [1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []]
print(bfs(graph, from: 1))
func fibonacci(_ n: Int) -> [Int] {
    var seq = [0, 1]
    while seq.count < n { seq.append(seq[seq.count - 1] + seq[seq.count - 2]) }
    return Array(seq.prefix(n))
}
print(fibonacci(10))
func isPrime(_ n: Int) -> Bool {
    if n < 2 { return false }
    var i = 2
    while i * i <= n {
        if n % i == 0 { return false }
        i += 1
    }
    return true
}
print((1...30).filter(isPrime))
var memo = [Int: Int]()
func ways(_ n: Int) -> Int {
    if n <= 1 { return 1 }
    if let m = memo[n] { return m }
    let r = ways(n - 1) + ways(n - 2)
    memo[n] = r
    return r
}
print(ways(40))
let matrix = [[1, 2, 3], [4, 5, 6]]
let transposed = (0..<3).map { c in matrix.map { $0[c] } }
print(transposed)
var (a, b) = (1, 2)
(a, b) = (b, a)
print(a, b)

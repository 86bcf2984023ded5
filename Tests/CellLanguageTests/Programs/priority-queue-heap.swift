// features: generics, generic-constraints, structs, mutating, comparable, enum-raw, while
struct PriorityQueue<Element: Comparable> {
    private var heap: [Element] = []

    var isEmpty: Bool { heap.isEmpty }
    var count: Int { heap.count }
    func peek() -> Element? { heap.first }

    mutating func push(_ element: Element) {
        heap.append(element)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            if heap[child] > heap[parent] {
                heap.swapAt(child, parent)
                child = parent
            } else {
                break
            }
        }
    }

    mutating func pop() -> Element? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        let top = heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var candidate = parent
            if left < heap.count && heap[left] > heap[candidate] { candidate = left }
            if right < heap.count && heap[right] > heap[candidate] { candidate = right }
            if candidate == parent { break }
            heap.swapAt(parent, candidate)
            parent = candidate
        }
        return top
    }
}

enum Severity: Int, Comparable {
    case low = 1, medium, high, critical
    static func < (a: Severity, b: Severity) -> Bool { a.rawValue < b.rawValue }
}

struct Ticket: Comparable {
    let id: Int
    let severity: Severity
    static func < (a: Ticket, b: Ticket) -> Bool {
        a.severity != b.severity ? a.severity < b.severity : a.id > b.id
    }
}

var numbers = PriorityQueue<Int>()
for n in [5, 1, 9, 3, 7, 2, 8] { numbers.push(n) }
var drained: [Int] = []
while let n = numbers.pop() { drained.append(n) }
print(drained)

var tickets = PriorityQueue<Ticket>()
let incoming: [(Int, Severity)] = [(1, .low), (2, .critical), (3, .medium), (4, .critical), (5, .high)]
for (id, s) in incoming { tickets.push(Ticket(id: id, severity: s)) }
print("next:", tickets.peek()!.id, "count:", tickets.count)
while let t = tickets.pop() {
    print("ticket \(t.id) \(t.severity)")
}
print(Severity.high > Severity.medium, [Severity.low, .critical, .medium].max()!)

// features: structs, enum-raw, higher-order
enum Priority: Int, Comparable {
    case low = 1, medium, high
    static func < (a: Priority, b: Priority) -> Bool { a.rawValue < b.rawValue }
}
struct Task: CustomStringConvertible {
    let title: String
    var priority: Priority
    var done = false
    var description: String { "[\(done ? "x" : " ")] \(title) (\(priority))" }
}
struct TodoList {
    private(set) var tasks: [Task] = []
    mutating func add(_ title: String, priority: Priority = .medium) {
        tasks.append(Task(title: title, priority: priority))
    }
    mutating func complete(_ title: String) {
        if let i = tasks.firstIndex(where: { $0.title == title }) {
            tasks[i].done = true
        }
    }
    var pending: [Task] { tasks.filter { !$0.done } }
    func byPriority() -> [Task] { tasks.sorted { $0.priority > $1.priority } }
}
var list = TodoList()
list.add("write report", priority: .high)
list.add("buy milk", priority: .low)
list.add("call Bob")
list.complete("buy milk")
for t in list.byPriority() { print(t) }
print("pending:", list.pending.count)
let grouped = Dictionary(grouping: list.tasks, by: { $0.priority })
print(grouped[.high]?.count ?? 0, grouped[.low]?.first?.title ?? "-")

// features: enum-raw, comparable, case-iterable, structs, sorting, higher-order, mutating, key-paths
enum Priority: Int, Comparable, CaseIterable, CustomStringConvertible {
    case low, medium, high, urgent

    static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rawValue < rhs.rawValue }

    var description: String {
        switch self {
        case .low: return "low"
        case .medium: return "med"
        case .high: return "HIGH"
        case .urgent: return "URGENT"
        }
    }
}

struct Task {
    let id: Int
    var title: String
    var priority: Priority
    var done = false
}

struct TodoList {
    private(set) var tasks: [Task] = []
    private var nextID = 1

    @discardableResult
    mutating func add(_ title: String, priority: Priority = .medium) -> Int {
        tasks.append(Task(id: nextID, title: title, priority: priority))
        nextID += 1
        return nextID - 1
    }

    mutating func complete(_ id: Int) {
        if let index = tasks.firstIndex(where: { $0.id == id }) {
            tasks[index].done = true
        }
    }

    mutating func escalate() {
        for i in tasks.indices where !tasks[i].done && tasks[i].priority < .urgent {
            tasks[i].priority = Priority(rawValue: tasks[i].priority.rawValue + 1)!
        }
    }

    var pending: [Task] {
        tasks.filter { !$0.done }.sorted { ($0.priority, $1.id) > ($1.priority, $0.id) }
    }
}

var list = TodoList()
list.add("write report", priority: .high)
let shopping = list.add("buy milk", priority: .low)
list.add("call mom")
list.add("fix bug", priority: .urgent)
list.complete(shopping)
for task in list.pending {
    print("[\(task.priority)] #\(task.id) \(task.title)")
}
list.escalate()
print(list.pending.map(\.priority))
print(list.tasks.filter(\.done).map(\.title))
let counts = Priority.allCases.map { p in list.tasks.filter { $0.priority == p }.count }
print(counts)
print(Priority.allCases.max()!, Priority.low < .high)

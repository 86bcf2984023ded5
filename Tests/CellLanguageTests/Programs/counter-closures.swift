// features: closures, escaping, captures, higher-order, classes, optionals
func makeCounter(step: Int = 1) -> () -> Int {
    var total = 0
    return {
        total += step
        return total
    }
}

let byOne = makeCounter()
let byFive = makeCounter(step: 5)
print(byOne(), byOne(), byOne())
print(byFive(), byFive())
print(byOne())

class EventBus {
    private var handlers: [String: [(String) -> Void]] = [:]

    func on(_ event: String, handler: @escaping (String) -> Void) {
        handlers[event, default: []].append(handler)
    }

    func emit(_ event: String, payload: String) {
        guard let list = handlers[event] else {
            print("no handlers for \(event)")
            return
        }
        list.forEach { $0(payload) }
    }
}

var received: [String] = []
let bus = EventBus()
bus.on("login") { user in received.append("welcome \(user)") }
bus.on("login") { user in received.append("audit \(user)") }
bus.on("logout") { received.append("bye \($0)") }
bus.emit("login", payload: "kim")
bus.emit("logout", payload: "kim")
bus.emit("crash", payload: "")
print(received)

func compose<A, B, C>(_ f: @escaping (A) -> B, _ g: @escaping (B) -> C) -> (A) -> C {
    { g(f($0)) }
}
let addOne = { (x: Int) in x + 1 }
let double = { (x: Int) in x * 2 }
let describe = { (x: Int) in "value=\(x)" }
let pipeline = compose(compose(addOne, double), describe)
print(pipeline(4))

var operations: [(String, (Int, Int) -> Int)] = [
    ("add", +), ("sub", -), ("max", max),
]
operations.append(("pow", { a, b in (0..<b).reduce(1) { acc, _ in acc * a } }))
for (name, op) in operations {
    print(name, op(2, 5))
}
let sortedDesc = [3, 1, 2].sorted(by: >)
print(sortedDesc)

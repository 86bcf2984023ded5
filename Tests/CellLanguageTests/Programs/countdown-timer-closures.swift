// features: closures, escaping, classes, optionals, higher-order, capture-lists, sorting-closures
final class Timer {
    private var callbacks: [(at: Int, action: () -> Void)] = []
    private(set) var now = 0

    func schedule(after delay: Int, _ action: @escaping () -> Void) {
        callbacks.append((now + delay, action))
    }

    func advance(by ticks: Int) {
        let end = now + ticks
        while let next = callbacks.enumerated().filter({ $0.element.at <= end }).min(by: { $0.element.at < $1.element.at }) {
            callbacks.remove(at: next.offset)
            now = next.element.at
            next.element.action()
        }
        now = end
    }
}

var output: [String] = []
let timer = Timer()
timer.schedule(after: 5) { output.append("five") }
timer.schedule(after: 1) { output.append("one") }
timer.schedule(after: 3) {
    output.append("three")
    timer.schedule(after: 1) { output.append("four (nested)") }
}
timer.advance(by: 4)
print(output, timer.now)
timer.advance(by: 10)
print(output)

var counter = 0
let incrementers = (1...3).map { step in { counter += step } }
incrementers.forEach { $0() }
print(counter)

var value = 10
let captured = { [value] in value * 2 }
let live = { value * 2 }
value = 50
print(captured(), live())

struct Employee { let name: String; let dept: String; let salary: Int }
let staff = [
    Employee(name: "Zoe", dept: "ops", salary: 50),
    Employee(name: "Al", dept: "dev", salary: 70),
    Employee(name: "Bea", dept: "dev", salary: 70),
    Employee(name: "Cal", dept: "ops", salary: 65),
]
let ordered = staff.sorted {
    if $0.dept != $1.dept { return $0.dept < $1.dept }
    if $0.salary != $1.salary { return $0.salary > $1.salary }
    return $0.name < $1.name
}
print(ordered.map(\.name))
let byName: (Employee, Employee) -> Bool = { $0.name < $1.name }
print(staff.sorted(by: byName).first!.name, staff.min(by: byName)!.name)

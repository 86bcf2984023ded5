// features: enum-associated, switch-patterns, mutating, guard-case, if-case, structs, sets
enum Direction { case up, down }

enum ElevatorState: Equatable {
    case idle(floor: Int)
    case moving(from: Int, to: Int, direction: Direction)
    case doorsOpen(floor: Int)
}

struct Elevator {
    var state = ElevatorState.idle(floor: 0)
    var requests: [Int] = []
    var log: [String] = []

    var floor: Int {
        switch state {
        case .idle(let f), .doorsOpen(let f): return f
        case .moving(let from, _, _): return from
        }
    }

    mutating func call(to floor: Int) {
        if !requests.contains(floor) { requests.append(floor) }
    }

    mutating func step() {
        switch state {
        case .idle(let f):
            guard let target = requests.first else { return }
            if target == f {
                requests.removeFirst()
                state = .doorsOpen(floor: f)
            } else {
                state = .moving(from: f, to: target, direction: target > f ? .up : .down)
            }
        case let .moving(from, to, direction):
            let next = direction == .up ? from + 1 : from - 1
            if next == to {
                requests.removeAll { $0 == to }
                state = .doorsOpen(floor: to)
            } else {
                state = .moving(from: next, to: to, direction: direction)
            }
        case .doorsOpen(let f):
            state = .idle(floor: f)
        }
        log.append(describe())
    }

    func describe() -> String {
        if case .doorsOpen(let f) = state { return "open@\(f)" }
        if case .moving(let from, _, .up) = state { return "\(from)↑" }
        if case .moving(let from, _, .down) = state { return "\(from)↓" }
        return "idle@\(floor)"
    }
}

func arrivedFloor(_ state: ElevatorState) -> Int? {
    guard case .doorsOpen(let f) = state else { return nil }
    return f
}

var lift = Elevator()
lift.call(to: 3)
lift.call(to: 1)
var visited: [Int] = []
for _ in 0..<14 {
    lift.step()
    if let f = arrivedFloor(lift.state) { visited.append(f) }
}
print(lift.log.joined(separator: " "))
print("visited:", visited)
print(lift.state == .idle(floor: 1), lift.requests.isEmpty)

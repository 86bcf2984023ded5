// features: enum, enum-associated, switch-patterns, tuples, mutating, guard-case, fallthrough, dictionaries
enum TurnstileState: String {
    case locked, unlocked, broken
}

enum Event {
    case coin(cents: Int)
    case push
    case kick
    case repair
}

struct Turnstile {
    private(set) var state = TurnstileState.locked
    private(set) var credit = 0
    private(set) var passages = 0
    private(set) var alarms = 0
    let fare = 50

    mutating func handle(_ event: Event) -> String {
        switch (state, event) {
        case (.locked, .coin(let cents)):
            credit += cents
            if credit >= fare {
                credit -= fare
                state = .unlocked
                return "unlocked"
            }
            return "credit \(credit)"
        case (.unlocked, .coin(let cents)):
            credit += cents
            return "already open, credit \(credit)"
        case (.unlocked, .push):
            passages += 1
            state = .locked
            return "passed"
        case (.locked, .push):
            alarms += 1
            return "alarm"
        case (.broken, .repair):
            state = .locked
            return "repaired"
        case (_, .kick):
            alarms += 1
            fallthrough
        case (.broken, _):
            state = .broken
            return "broken"
        default:
            return "ignored"
        }
    }
}

var gate = Turnstile()
let events: [Event] = [.push, .coin(cents: 20), .coin(cents: 20), .coin(cents: 20), .push,
                       .coin(cents: 100), .coin(cents: 5), .push, .kick, .coin(cents: 50), .repair, .repair]
var transitions: [String: Int] = [:]
for event in events {
    let before = gate.state
    let result = gate.handle(event)
    transitions["\(before.rawValue)->\(gate.state.rawValue)", default: 0] += 1
    print(before.rawValue, "+", event, "=>", result)
}
print("passages \(gate.passages), alarms \(gate.alarms), credit \(gate.credit)")
print(transitions.keys.sorted())

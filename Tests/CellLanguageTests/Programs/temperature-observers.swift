// features: observers, classes, computed-properties, closures, optionals
class Thermostat {
    var target: Double = 20 {
        willSet {
            print("Target changing from \(target) to \(newValue)")
        }
        didSet {
            if target > 30 {
                print("Too hot, clamping")
                target = 30
            }
            history.append(target)
        }
    }
    var history: [Double] = []
    var onAlarm: ((Double) -> Void)?

    var current: Double = 18 {
        didSet(old) {
            let change = current - old
            if abs(change) >= 5 {
                onAlarm?(change)
            }
        }
    }

    var heating: Bool { current < target }
}

let t = Thermostat()
var alarms: [String] = []
t.onAlarm = { change in alarms.append("jump of \(change)") }
t.target = 22
t.target = 35
print(t.target, t.history)
t.current = 19
t.current = 26
t.current = 20.5
print("heating:", t.heating)
print(alarms)
t.onAlarm = nil
t.current = 0
print(alarms.count)

struct Counter {
    var count = 0 {
        didSet { changes += 1 }
    }
    private(set) var changes = 0
}
var c = Counter()
c.count += 1
c.count = 10
c.count *= 2
print(c.count, c.changes)

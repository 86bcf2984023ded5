// features: protocols, mutating, protocol-extensions, enum, structs, generics, inout
protocol Togglable {
    mutating func toggle()
}

enum Switch: Togglable, CustomStringConvertible {
    case off, on

    mutating func toggle() {
        self = self == .on ? .off : .on
    }

    var description: String { self == .on ? "ON" : "off" }
}

struct Lamp: Togglable {
    var isLit = false
    var toggles = 0

    mutating func toggle() {
        isLit.toggle()
        toggles += 1
    }
}

extension Togglable {
    mutating func toggle(times: Int) {
        for _ in 0..<times { toggle() }
    }
}

func toggleAll<T: Togglable>(_ items: inout [T]) {
    for i in items.indices { items[i].toggle() }
}

var s = Switch.off
s.toggle()
print(s)
s.toggle(times: 3)
print(s)

var lamp = Lamp()
lamp.toggle(times: 5)
print(lamp.isLit, lamp.toggles)

var panel: [Switch] = [.on, .off, .off]
toggleAll(&panel)
print(panel)

protocol Resettable {
    init()
}
extension Lamp: Resettable {}
func reset<T: Resettable>(_ value: inout T) { value = T() }
reset(&lamp)
print(lamp.isLit, lamp.toggles)

var flags = [true, false, true]
for i in flags.indices { flags[i].toggle() }
print(flags)

// features: enum-raw, case-iterable, switch-patterns, mutating, extensions, custom-string
enum Light: String, CaseIterable {
    case red, green, yellow

    var duration: Int {
        switch self {
        case .red: return 4
        case .green: return 3
        case .yellow: return 1
        }
    }

    mutating func advance() {
        switch self {
        case .red: self = .green
        case .green: self = .yellow
        case .yellow: self = .red
        }
    }
}

extension Light: CustomStringConvertible {
    var description: String { rawValue.uppercased() }
}

struct Intersection {
    var northSouth = Light.green
    var eastWest = Light.red
    var remaining = Light.green.duration

    mutating func tick() -> Bool {
        remaining -= 1
        guard remaining == 0 else { return false }
        if northSouth == .red {
            eastWest.advance()
            if eastWest == .red { northSouth.advance() }
            remaining = northSouth == .red ? eastWest.duration : northSouth.duration
        } else {
            northSouth.advance()
            if northSouth == .red { eastWest.advance() }
            remaining = northSouth == .red ? eastWest.duration : northSouth.duration
        }
        return true
    }
}

print(Light.allCases.map { "\($0)=\($0.duration)" })
var crossing = Intersection()
for t in 1...16 {
    if crossing.tick() {
        print("t=\(t): NS \(crossing.northSouth), EW \(crossing.eastWest)")
    }
}
print(Light(rawValue: "yellow")?.duration ?? 0)
print(Light(rawValue: "blue") == nil)
print(Light.allCases.count)

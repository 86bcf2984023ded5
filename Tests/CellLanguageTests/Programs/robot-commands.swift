// features: enum-associated, enum-raw, mutating, hashable, sets, switch-patterns, parsers, optionals
enum Heading: Int, CaseIterable {
    case north, east, south, west

    func turned(right: Bool) -> Heading {
        Heading(rawValue: (rawValue + (right ? 1 : 3)) % 4)!
    }
}

enum Command {
    case forward(Int)
    case turnLeft
    case turnRight
    case jump(x: Int, y: Int)

    init?(_ text: String) {
        let parts = text.split(separator: " ")
        switch (parts.first, parts.count) {
        case ("F"?, 2): guard let n = Int(parts[1]) else { return nil }; self = .forward(n)
        case ("L"?, 1): self = .turnLeft
        case ("R"?, 1): self = .turnRight
        case ("J"?, 3):
            guard let x = Int(parts[1]), let y = Int(parts[2]) else { return nil }
            self = .jump(x: x, y: y)
        default: return nil
        }
    }
}

struct Position: Hashable { var x = 0, y = 0 }

struct Robot {
    var position = Position()
    var heading = Heading.north
    var visited: Set<Position> = [Position()]

    mutating func execute(_ command: Command) {
        switch command {
        case .forward(let steps):
            for _ in 0..<steps {
                switch heading {
                case .north: position.y += 1
                case .south: position.y -= 1
                case .east: position.x += 1
                case .west: position.x -= 1
                }
                visited.insert(position)
            }
        case .turnLeft: heading = heading.turned(right: false)
        case .turnRight: heading = heading.turned(right: true)
        case let .jump(x, y):
            position = Position(x: x, y: y)
            visited.insert(position)
        }
    }
}

let program = ["F 3", "R", "F 2", "R", "F 1", "bogus", "L", "F x", "J 10 -4", "L", "L", "F 2"]
var robot = Robot()
var skipped = 0
for line in program {
    guard let command = Command(line) else {
        skipped += 1
        continue
    }
    robot.execute(command)
}
print(robot.position.x, robot.position.y, robot.heading)
print("visited \(robot.visited.count) squares, skipped \(skipped)")
let distance = abs(robot.position.x) + abs(robot.position.y)
print("manhattan distance:", distance)
print(Heading.allCases.map { $0.turned(right: true) })

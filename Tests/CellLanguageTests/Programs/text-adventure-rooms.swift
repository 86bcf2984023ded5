// features: enum-raw, dictionaries, structs, switch-patterns, optionals, parsers, mutating, sets
enum Direction: String, CaseIterable {
    case north, south, east, west
    var opposite: Direction {
        switch self {
        case .north: return .south
        case .south: return .north
        case .east: return .west
        case .west: return .east
        }
    }
}

struct Room {
    let name: String
    var exits: [Direction: String] = [:]
    var items: Set<String> = []
}

struct World {
    var rooms: [String: Room] = [:]
    var location: String
    var inventory: Set<String> = []

    mutating func connect(_ a: String, _ dir: Direction, _ b: String) {
        rooms[a]?.exits[dir] = b
        rooms[b]?.exits[dir.opposite] = a
    }

    mutating func perform(_ command: String) -> String {
        let words = command.lowercased().split(separator: " ").map(String.init)
        switch (words.first, words.count) {
        case ("go"?, 2):
            guard let dir = Direction(rawValue: words[1]) else { return "which way?" }
            guard let next = rooms[location]?.exits[dir] else { return "you can't go \(dir.rawValue)" }
            location = next
            return "you are in the \(next)"
        case ("take"?, 2):
            guard rooms[location]?.items.remove(words[1]) != nil else { return "no \(words[1]) here" }
            inventory.insert(words[1])
            return "taken \(words[1])"
        case ("look"?, 1):
            let room = rooms[location]!
            let exits = Direction.allCases.filter { room.exits[$0] != nil }.map(\.rawValue)
            return "\(room.name): exits \(exits), items \(room.items.sorted())"
        default:
            return "I don't understand '\(command)'"
        }
    }
}

var world = World(location: "hall")
for (name, items) in [("hall", ["lamp"]), ("kitchen", ["knife", "bread"]), ("garden", []), ("cellar", ["wine"])] {
    world.rooms[name] = Room(name: name, items: Set(items))
}
world.connect("hall", .north, "kitchen")
world.connect("hall", .east, "garden")
world.connect("kitchen", .west, "cellar")

for command in ["look", "take lamp", "go north", "look", "take bread", "take sword", "go west", "go up", "go south", "dance", "go west"] {
    print("> \(command)")
    print(world.perform(command))
}
print(world.inventory.sorted(), world.location)

// features: guard-case, if-case, enum-associated, optionals, switch-patterns, for-case, optional-patterns
enum Message {
    case text(from: String, body: String)
    case image(from: String, width: Int, height: Int)
    case reaction(from: String, emoji: Character)
    case system(String)
}

func sender(of message: Message) -> String? {
    switch message {
    case .text(let from, _), .image(let from, _, _), .reaction(let from, _):
        return from
    case .system:
        return nil
    }
}

func preview(_ message: Message) -> String {
    guard case let .text(from, body) = message else {
        if case .image(_, let w, let h) = message, w * h > 1_000_000 {
            return "[large image]"
        }
        return "[\(sender(of: message) ?? "system") sent something]"
    }
    let short = body.count > 12 ? body.prefix(12) + "…" : Substring(body)
    return "\(from): \(short)"
}

let inbox: [Message] = [
    .text(from: "ann", body: "Are we still on for lunch?"),
    .image(from: "bob", width: 4000, height: 3000),
    .reaction(from: "ann", emoji: "👍"),
    .system("bob joined"),
    .text(from: "cy", body: "ok"),
    .image(from: "cy", width: 200, height: 100),
]

for m in inbox { print(preview(m)) }

var reactions: [Character] = []
for case .reaction(_, let emoji) in inbox { reactions.append(emoji) }
print(reactions)
for case let .text(from, body) in inbox where body.count < 5 {
    print("short text from \(from)")
}
let senders = inbox.compactMap(sender(of:))
print(senders, Set(senders).count)

let maybeCounts: [Int?] = [3, nil, 5, nil, 8]
var sum = 0
for case let n? in maybeCounts { sum += n }
print(sum)
for value in maybeCounts {
    switch value {
    case .some(let n) where n > 4: print("big \(n)")
    case .some(let n): print("small \(n)")
    case .none: print("missing")
    }
}
if case 1...5 = maybeCounts[0] ?? 0 { print("first in range") }

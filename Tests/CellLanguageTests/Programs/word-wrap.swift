// features: string-methods, arrays, inout, default-parameters, overloading, string-building
func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
        if current.isEmpty {
            current = String(word)
        } else if current.count + 1 + word.count <= width {
            current += " " + word
        } else {
            lines.append(current)
            current = String(word)
        }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
}

func justify(_ line: String, width: Int) -> String {
    var words = line.split(separator: " ").map(String.init)
    guard words.count > 1 else { return line }
    var missing = width - line.count
    var i = 0
    while missing > 0 {
        words[i] += " "
        missing -= 1
        i = (i + 1) % (words.count - 1)
    }
    return words.joined(separator: " ")
}

func boxed(_ lines: [String], padding: Int = 1) -> String {
    let inner = (lines.map(\.count).max() ?? 0) + 2 * padding
    let pad = String(repeating: " ", count: padding)
    var out = "+" + String(repeating: "-", count: inner) + "+\n"
    for line in lines {
        out += "|" + pad + line + String(repeating: " ", count: inner - 2 * padding - line.count) + pad + "|\n"
    }
    out += "+" + String(repeating: "-", count: inner) + "+"
    return out
}

func boxed(_ text: String, width: Int) -> String {
    boxed(wrap(text, width: width))
}

let text = "Swift is a powerful and intuitive programming language for all platforms. Writing Swift code is interactive and fun."
let lines = wrap(text, width: 28)
for line in lines { print("[\(line)]") }
print()
for line in lines.dropLast() { print("[\(justify(line, width: 28))]") }
print("[\(lines.last!)]")
print(boxed(["short", "a longer line"], padding: 2))
print(boxed("The quick brown fox jumps over the lazy dog", width: 16))

// features: nested-loops, formatting, string-building, stride, closures, labeled-statements
import Foundation

func table(size: Int, operation: (Int, Int) -> Int, symbol: String) -> String {
    var lines: [String] = []
    var header = symbol.padding(toLength: 4, withPad: " ", startingAt: 0)
    for c in 1...size { header += String(format: "%4d", c) }
    lines.append(header)
    lines.append(String(repeating: "-", count: header.count))
    for r in 1...size {
        var line = String(format: "%2d |", r)
        for c in 1...size {
            line += String(format: "%4d", operation(r, c))
        }
        lines.append(line)
    }
    return lines.joined(separator: "\n")
}

print(table(size: 6, operation: *, symbol: "x"))
print(table(size: 4, operation: { ($0 + $1) % 4 }, symbol: "+%4"))

var found: (Int, Int)?
search: for a in 1...20 {
    for b in a...20 {
        if a * a + b * b == 13 * 13 {
            found = (a, b)
            break search
        }
    }
}
print(found.map { "\($0.0)^2 + \($0.1)^2 = 13^2" } ?? "none")

var triples: [(Int, Int, Int)] = []
outer: for c in 1...30 {
    for a in 1..<c {
        for b in a..<c where a * a + b * b == c * c {
            triples.append((a, b, c))
            continue outer
        }
    }
}
print(triples.map { "(\($0.0),\($0.1),\($0.2))" }.joined(separator: " "))
for x in stride(from: 0.0, through: 1.0, by: 0.25) {
    print(String(format: "%.2f squared is %.4f", x, x * x))
}

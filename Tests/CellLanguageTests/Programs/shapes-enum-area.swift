// features: enum-associated, switch-patterns, where-clause, extensions, higher-order, formatting, case-iterable
import Foundation

enum Shape {
    case circle(radius: Double)
    case rectangle(width: Double, height: Double)
    case triangle(base: Double, height: Double)
    case polygon(sides: Int, length: Double)

    var area: Double {
        switch self {
        case .circle(let r):
            return Double.pi * r * r
        case let .rectangle(w, h):
            return w * h
        case let .triangle(b, h):
            return 0.5 * b * h
        case let .polygon(n, s):
            return Double(n) * s * s / (4 * tan(Double.pi / Double(n)))
        }
    }

    var name: String {
        switch self {
        case .circle: return "circle"
        case .rectangle(let w, let h) where w == h: return "square"
        case .rectangle: return "rectangle"
        case .triangle: return "triangle"
        case .polygon(let n, _) where n == 6: return "hexagon"
        case .polygon(let n, _): return "\(n)-gon"
        }
    }
}

extension Shape {
    func scaled(by k: Double) -> Shape {
        switch self {
        case .circle(let r): return .circle(radius: r * k)
        case .rectangle(let w, let h): return .rectangle(width: w * k, height: h * k)
        case .triangle(let b, let h): return .triangle(base: b * k, height: h * k)
        case .polygon(let n, let s): return .polygon(sides: n, length: s * k)
        }
    }
}

let shapes: [Shape] = [
    .circle(radius: 2), .rectangle(width: 3, height: 3), .rectangle(width: 2, height: 5),
    .triangle(base: 4, height: 3), .polygon(sides: 6, length: 1), .polygon(sides: 8, length: 2),
]
for s in shapes {
    print(String(format: "%-10@ %8.3f  x2: %8.3f", s.name, s.area, s.scaled(by: 2).area))
}
let big = shapes.filter { $0.area > 10 }.map(\.name)
print(big)
let sorted = shapes.sorted { $0.area < $1.area }.map(\.name)
print(sorted)
var circles = 0
for case .circle in shapes { circles += 1 }
print("circles:", circles)
if case let .polygon(n, _) = shapes.last!, n > 6 { print("last has \(n) sides") }

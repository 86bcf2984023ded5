// features: enum-raw, enum-associated, case-iterable, switch-patterns
enum Shape {
    case circle(radius: Double)
    case rectangle(width: Double, height: Double)
    case square(Double)

    var area: Double {
        switch self {
        case .circle(let r): return 3.0 * r * r
        case let .rectangle(w, h): return w * h
        case .square(let side): return side * side
        }
    }
    func scaled(by k: Double) -> Shape {
        switch self {
        case .circle(let r): return .circle(radius: r * k)
        case .rectangle(let w, let h): return .rectangle(width: w * k, height: h * k)
        case .square(let s): return .square(s * k)
        }
    }
}
func describe(_ s: Shape) -> String {
    switch s {
    case .circle(radius: let r) where r > 10: return "big circle"
    case .circle: return "circle"
    case .rectangle(_, let h): return "rectangle of height \(h)"
    case .square(let side): return "square \(side)"
    }
}
let shapes: [Shape] = [.circle(radius: 1), .rectangle(width: 2, height: 3), .square(4), .circle(radius: 20)]
for s in shapes { print(s.area, describe(s)) }
print(shapes[0], shapes[1], shapes[2])
print(shapes[2].scaled(by: 0.5))
if case .square(let side) = shapes[2] { print("square", side) }
if case .circle = shapes[1] { print("no") } else { print("not a circle") }
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
print(Direction.allCases.count, Direction.north.rawValue, Direction(rawValue: "east") == .east)
print(Direction(rawValue: "up") == nil, Direction.west.opposite)
var heading = Direction.north
heading = .east
print(heading == .east, heading != .west, heading)
for d in Direction.allCases { print(d, terminator: " ") }
print()
enum Planet: Int {
    case mercury = 1, venus, earth, mars
}
print(Planet.earth.rawValue, Planet(rawValue: 4)!)
let p = Planet.venus
switch p {
case .mercury, .venus: print("inner")
case .earth: print("home")
case .mars: print("red")
}
enum Coin: Double { case penny = 0.01, nickel = 0.05 }
print(Coin.nickel.rawValue)
func move(_ d: Direction) -> String { "moving \(d)" }
print(move(.south))
struct Ship { var heading: Direction; var name: String }
var ship = Ship(heading: .north, name: "A")
ship.heading = .west
print(ship.heading, ship.heading.rawValue)
let optionalShape: Shape? = .square(2)
if case .square(let s)? = optionalShape { print("opt", s) }
guard case .square(let g) = shapes[2] else { fatalError() }
print(g)
enum Barcode {
    case upc(Int, Int, Int, Int)
    case qrCode(String)
}
var productBarcode = Barcode.upc(8, 85909, 51226, 3)
productBarcode = .qrCode("ABCDEFGHIJKLMNOP")
switch productBarcode {
case let .upc(numberSystem, manufacturer, product, check):
    print("UPC: \(numberSystem), \(manufacturer), \(product), \(check).")
case let .qrCode(productCode):
    print("QR code: \(productCode).")
}

struct Point {
    var x: Double
    var y: Double = 0

    var norm: Double { sqrt(x * x + y * y) }

    func scaled(by factor: Double) -> Point {
        Point(x: x * factor, y: y * factor)
    }

    mutating func moveRight(_ dx: Double) {
        x += dx
    }
}
var p = Point(x: 3, y: 4)
print(p.norm) // expect: 5.0
print(p.scaled(by: 2)) // expect: Point(x: 6.0, y: 8.0)
var q = p
q.moveRight(1)
print(p.x, q.x) // expect: 3.0 4.0
print(Point(x: 1)) // expect: Point(x: 1.0, y: 0.0)
// ---
class Counter {
    var count = 0
    let name: String

    init(name: String) {
        self.name = name
    }

    func tick() {
        count += 1
    }
}
let c = Counter(name: "steps")
let alias = c
alias.tick()
c.tick()
print(c.name, c.count) // expect: steps 2
print(alias === c) // expect: true
// ---
class Shape {
    var label: String
    init(label: String) { self.label = label }
    func area() -> Double { 0 }
    func describe() -> String { "\(label): \(area())" }
}
class Square: Shape {
    var side: Double
    init(side: Double) {
        self.side = side
        super.init(label: "square")
    }
    override func area() -> Double { side * side }
}
let shapes: [Shape] = [Shape(label: "blob"), Square(side: 3)]
for s in shapes { print(s.describe()) } // expect: blob: 0.0
// expect: square: 9.0
print(shapes[1] is Square) // expect: true
// ---
struct Broken {
    let v: Int
    func change() {
        v = 2 // expect error:9: cannot assign to value: 'v' is a 'let' constant
    }
}
// ---
let p2 = Point(x: 1, y: 2)
print(p2.z) // expect error:7: value of type 'Point' has no member 'z'
// ---
struct Tally { var n = 0; mutating func bump() { n += 1 } }
var tallies = [Tally(), Tally()]
var picks = 0
func pick() -> Int { picks += 1; return 1 }
tallies[pick()].bump()
var lists = [[1], [2]]
lists[pick()].append(3)
print(picks, tallies[1].n, lists) // expect: 2 1 [[1], [2, 3]]

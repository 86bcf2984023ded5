// features: structs, classes, value-semantics, reference-semantics, identity, mutating, inout
struct PointValue {
    var x: Int
    var y: Int
    mutating func move(by dx: Int) { x += dx }
}

class PointRef {
    var x: Int
    var y: Int
    init(x: Int, y: Int) { self.x = x; self.y = y }
    func move(by dx: Int) { x += dx }
}

var v1 = PointValue(x: 0, y: 0)
var v2 = v1
v2.move(by: 5)
print("values:", v1.x, v2.x)

let r1 = PointRef(x: 0, y: 0)
let r2 = r1
r2.move(by: 5)
print("references:", r1.x, r2.x, r1 === r2)
let r3 = PointRef(x: 5, y: 0)
print(r1 === r3, r1.x == r3.x)

var array1 = [PointValue(x: 1, y: 1)]
var array2 = array1
array2[0].x = 99
print(array1[0].x, array2[0].x)

let refs = [PointRef(x: 1, y: 1)]
let refsCopy = refs
refsCopy[0].x = 99
print(refs[0].x)

func resetValue(_ p: PointValue) -> PointValue {
    var copy = p
    copy.x = 0
    return copy
}
func resetRef(_ p: PointRef) { p.x = 0 }
func resetInout(_ p: inout PointValue) { p.x = 0 }

let reset = resetValue(v2)
print(v2.x, reset.x)
resetRef(r1)
print(r2.x)
resetInout(&v2)
print(v2.x)

struct Team {
    var name: String
    var lead: PointRef
}
let t1 = Team(name: "A", lead: PointRef(x: 7, y: 7))
var t2 = t1
t2.name = "B"
t2.lead.y = 0
print(t1.name, t2.name, t1.lead.y)

class Counter {
    static var instances = 0
    let id: Int
    init() {
        Counter.instances += 1
        id = Counter.instances
    }
}
let counters = (0..<3).map { _ in Counter() }
print(counters.map(\.id), Counter.instances)

// features: structs, classes, indirect-enum
struct Point { var x: Int; var y: Int }
var p1 = Point(x: 1, y: 2)
var p2 = p1
p2.x = 10
print(p1.x, p2.x)
class Ref { var v = 0 }
let r1 = Ref()
let r2 = r1
r2.v = 5
print(r1.v, r1 === r2)
func makeMultiplier(_ k: Int) -> (Int) -> Int { { $0 * k } }
let triple = makeMultiplier(3)
print([1, 2, 3].map(triple))
let composed = { (f: @escaping (Int) -> Int, g: @escaping (Int) -> Int) in { x in g(f(x)) } }
print(composed({ $0 + 1 }, { $0 * 10 })(4))
enum Token { case number(Int), plus, times }
func evaluate(_ tokens: [Token]) -> Int {
    var total = 0
    var pending = 0
    var op: Token = .plus
    for t in tokens {
        switch t {
        case .number(let n):
            switch op {
            case .plus: total += pending; pending = n
            case .times: pending *= n
            default: break
            }
        case .plus, .times: op = t
        }
    }
    return total + pending
}
print(evaluate([.number(2), .plus, .number(3), .times, .number(4)]))
indirect enum Expr {
    case num(Int)
    case add(Expr, Expr)
    case mul(Expr, Expr)
}
func eval(_ e: Expr) -> Int {
    switch e {
    case .num(let n): return n
    case .add(let a, let b): return eval(a) + eval(b)
    case .mul(let a, let b): return eval(a) * eval(b)
    }
}
print(eval(.add(.num(2), .mul(.num(3), .num(4)))))

let fixed = 1
fixed = 2 // expect error:1: cannot assign to value: 'fixed' is a 'let' constant
// ---
print(undefinedName) // expect error:7: cannot find 'undefinedName' in scope
// ---
print(prnt) // expect error:7: cannot find 'prnt' in scope; did you mean 'print'?
// ---
let twice = 1
let twice = 2 // expect error:5: invalid redeclaration of 'twice'
// ---
return 1 // expect error:1: return invalid outside of a func
// ---
break // expect error:1: 'break' is only allowed inside a loop
// ---
continue // expect error:1: 'continue' is only allowed inside a loop
// ---
print($0) // expect error:7: anonymous closure argument not contained in a closure
// ---
func check(_ v: Int?) {
    guard let w = v else { print("none") } // expect error:5: 'guard' body must not fall through
    print(w)
}
// ---
let level = 3
switch level { // expect error:1: switch must be exhaustive; add a 'default' case
case 1: print("one")
}
// ---
struct Frozen {
    let v: Int
    func change() {
        v = 2 // expect error:9: cannot assign to value: 'v' is a 'let' constant
    }
}
// ---
struct Still {
    var v = 0
    func bump() {
        v += 1 // expect error:9: cannot assign to property: 'self' is immutable
    }
}
// ---
func outside() { super.run() } // expect error:18: 'super' cannot be used outside of a class method
// ---
enum Suit: Int { case hearts = 1, spades = 1 } // expect error: raw value for enum case 'spades' is not unique
// ---
enum Pet { case cat(name: String) }
Pet.cat(nom: "Tom") // expect error: incorrect argument label
// ---
enum Pet2 { case dog }
Pet2(rawValue: 1) // expect error: has no raw type
// ---
enum Light { case red, green }
func pass(_ l: Light) -> Bool {
    switch l { // expect error: switch must be exhaustive
    case .red: return false
    }
}
// ---
enum Fruit: String { case apple(Int) } // expect error: enum with raw type cannot have cases with arguments
// ---
protocol Named { var name: String { get } }
extension Named { func hello() -> String { "hi \(name)" } }
struct Nobody {}
Nobody().hello() // expect error: value of type 'Nobody' has no member 'hello'
// ---
extension Int { var stored = 1 } // expect error: extensions must not contain stored properties
// ---
extension Float80 {} // expect error: cannot find type 'Float80' in scope
// ---
import UIKit // expect error:1: 'import' (the engine is already imported) is not supported in cells
// ---
enum Failure: Error { case bad(Int) }
func thrower() throws { throw Failure.bad(1) } // expect error:25: error thrown and not caught: bad(1)
try thrower()
// ---
let tried = await thrower() // expect error:13: 'await' is not supported in cells
// ---
do { print(1) } // expect: 1
// ---
func thrower2() throws { throw Failure.bad(1) } // expect error: error thrown and not caught: bad(1)
do { try thrower2() } catch Failure.bad(2) { print("two") }
// ---
do { print(1 / (2 - 2)) } catch { print("not caught: a trap") } // expect error: division by zero
// ---
func later() { defer { print(1) }; print(0) }
later() // expect: 0
// expect: 1
// ---
let path = \[Int].[0] // expect error: this key path component is not supported in cells
// ---
func swapIt(_ a: inout Int) { a += 1 }
let fixed = 1
swapIt(&fixed) // expect error: cannot assign to value: 'fixed' is a 'let' constant
// ---
func pick(_ a: Int, by b: Int) -> Int { a }
func pick(_ a: Int, over b: Int) -> Int { b }
pick(1, under: 2) // expect error: no 'pick' takes the arguments (_:under:)
// ---
var left = 1, right = 2
swap(left, right) // expect error: swap(_:_:) needs '&' before both arguments
// ---
struct Maker { init?(v: Int) { return nil } }
print(Maker(v: 1) == nil) // expect: true
// ---
struct Box { var size: Int { 3 } }
var box = Box()
box.size = 4 // expect error: cannot assign to property: 'size' is a get-only property
// ---
let huge = 99999999999999999999 // expect error:12: integer literal '99999999999999999999' overflows when stored into 'Int'
// ---
var untyped // expect error:5: type annotation missing in pattern
// ---
let frozenList = [1, 2]
frozenList[0] = 5 // expect error:1: cannot assign through subscript: 'frozenList' is a 'let' constant
// ---
struct Base {}
class Child: Base {} // expect error:14: class 'Child' cannot inherit from struct 'Base'
// ---
class Orphan: Missing {} // expect error:15: cannot find type 'Missing' in scope
// ---
class Mut { mutating func f() {} } // expect error:13: 'mutating' is not valid on methods in classes
// ---
let shifted = 1 &<< 2 // expect error:17: operator '&<<' is not supported in cells
// ---
#warning("hm") // expect error:1: is not supported in cells
// ---
let open = (1 + 2 // expect error:18: expected ')' to end tuple
// ---
let missing = // expect error:14: expected expression in variable
// ---
let text = "unterminated // expect error:67: to end string literal
// ---
let n = 1
let d = 0.5
print(n + d) // expect error:9: binary operator '+' cannot be applied to operands of type 'Int' and 'Double'
// ---
let zero = 0
print(10 / zero) // expect error:10: division by zero
// ---
print(10 % zero) // expect error:10: division by zero
// ---
let big = Int.max
print(big + 1) // expect error:11: arithmetic overflow: 9223372036854775807 + 1 does not fit in 'Int'
// ---
print(big * 2) // expect error:11: arithmetic overflow: 9223372036854775807 * 2 does not fit in 'Int'
// ---
print(-Int.min) // expect error:7: arithmetic overflow
// ---
let items = [1, 2, 3]
print(items[3]) // expect error:7: index out of range: 3 is not in 0..<3
// ---
print(items[-1]) // expect error:7: index out of range: -1 is not in 0..<3
// ---
print(items[1..<5]) // expect error:7: range 1..<5 is out of bounds for an array of 3 elements
// ---
let nothing: Int? = nil
print(nothing!) // expect error:7: unexpectedly found nil while unwrapping an Optional value
// ---
func scale(_ x: Double, by factor: Double) -> Double { x * factor }
print(scale(2, byy: 3)) // expect error:16: incorrect argument label in call (have '_:byy:', expected '_:by:'); did you mean 'by'?
// ---
print(stride(from: 0, too: 5, by: 1)) // expect error:23: did you mean 'to'?
// ---
print(scale(1)) // expect error:7: missing argument for parameter 'by' in call
// ---
print(scale(1, by: 2, 3)) // expect error:23: extra argument in call
// ---
let notCallable = 3
notCallable() // expect error:1: cannot call value of non-function type 'Int'
// ---
print(items.cnt) // expect error:7: value of type '[Int]' has no member 'cnt'
// ---
print(items.coutn) // expect error:7: did you mean 'count'?
// ---
print(5.5 % 2.0) // expect error:11: '%' is unavailable for 'Double'
// ---
if 1 { print("yes") } // expect error:4: cannot convert value of type 'Int' to expected condition type 'Bool'
// ---
for x in 5 { print(x) } // expect error:10: for-in loop requires 'Int' to conform to 'Sequence'
// ---
func forever() -> Int { forever() } // expect error:25: recursion too deep
print(forever())
// ---
var spin = 0
while true { spin += 1 } // expect error:1: the cell ran longer than its time limit
// ---
fatalError("stop here") // expect error:1: Fatal error: stop here
// ---
precondition(1 > 2, "impossible") // expect error:1: Precondition failed: impossible
// ---
print(Int(Double.nan)) // expect error:11: cannot be converted to Int because it is NaN
// ---
print(Int(1e300)) // expect error:11: cannot be converted to Int because it is outside the representable range
// ---
let backwards = 5..<1 // expect error:17: range requires lowerBound <= upperBound (have 5 and 1)
// ---
print(items.map { a, b in a }) // expect error:7: closure expects 2 arguments, but 1 was used
// ---
print(scale("two", by: 1)) // expect error:13: cannot convert value of type 'String' to argument type 'Double'
// ---
let table = [[1]: 2] // expect error:14: type '[Int]' cannot be a dictionary key
// ---
let s: String = 5 // expect error:17: cannot convert value of type 'Int' to specified type 'String'
// ---
print("word"[0]) // expect error:7: cannot subscript String with an Int
// ---
print(Array(repeating: 0, count: -1)) // expect error:27: can't construct Array with count < 0 (-1)
// ---
var empty: [Int] = []
empty.removeLast() // expect error:1: can't remove last element from an empty collection
// ---
let forced = items as! String // expect error:14: could not cast value of type '[Int]' to 'String'
// ---
struct Half {
    var a: Int
    var b: Int
    init(a: Int) { self.a = a }
}
let h = Half(a: 1) // expect error:9: return from initializer without initializing all stored properties ('b' has no value)
// ---
class Plain { var v = 1 }
let pl = Plain(v: 2) // expect error:10: class 'Plain' has no initializers taking arguments
// ---
if let v = 5 { print(v) } // expect error:12: initializer for conditional binding must have Optional type, not 'Int'
// ---
let (a1, b1) = (1, 2, 3) // expect error:5: cannot destructure a value of type '(Int, Int, Int)' into 2 names
// ---
print(String(format: "%d and %d", 1)) // expect error:7: needs more arguments than the 1 given
// ---
print(stride(from: 0, to: 10, by: 0)) // expect error:31: stride step must not be zero
// ---
print(Int.random(in: 0..<0)) // expect error:18: Int.random(in:) needs a non-empty Int range
// ---
#expect(5) // expect error:9: cannot convert value of type 'Int' to expected argument type 'Bool'
// ---
print("a" < 1) // expect error:11: binary operator '<' cannot be applied to operands of type 'String' and 'Int'
// ---
print(Point3.origin) // expect error:7: cannot find 'Point3' in scope
// ---
print(Array(repeating: 0, count: 10_000_000_000)) // expect error:27: cannot make an array of 10000000000 elements
// ---
print(String(format: "%*d", 1)) // expect error:7: unsupported format specifier '%*d'
// ---
print((0..<Int.max).map { $0 }) // expect error:7: cannot make an array of 9223372036854775807 elements
// ---
print("ab".padding(toLength: 4, withPad: "", startingAt: 0)) // expect error:7: padding needs a non-empty pad
// ---
struct Limits { static let most = 3 }
Limits.most += 1 // expect error: 'most' is not a static variable of 'Limits'
// ---
func sign(_ x: Int) -> String {
    switch x {
    case 1: "one"
    case 2: "two"
    default: "other"
    }
}
print(sign(2)) // expect: two
let word = switch 3 { case 1: "a"; default: "b" }
print(word) // expect: b

// ---
// A type declared inside a callback's method, used by its own members while `fit` runs the
// callback: a located error (an out-of-range slot read before).
var a = 1
var b = 2.5
var xs = [1, 2, 3]
var total = 0.0
var s = "s"
var count = 3
var p: Int? = nil
var i = 0
func f(_ x: Int, by y: Double = 1) -> Double { Double(x) * y }
func g(_ x: Int) -> Int { x < 1 ? 0 : g(x - 1) + 1 }
class C2: Callback { override func onEpochEnd(_ epoch: Int, logs: [String: Double]) { struct Money { let cents: Int; init(cents: Int) { self.cents = cents }; init(_ v: Double) { self.init(cents: Int(v * 100)) }; static func * (m: Money, k: Int) -> Money { Money(cents: m.cents * k) }; static func * (m: Money, k: Double) -> Money { Money(cents: Int(Double(m.cents) * k)) } }; print((Money(Double(count)) * "v \(-0.5)").cents) } }  // expect error: not supported yet
let k2 = Sequential([Input(shape: [1]), Dense(1)]); k2.compile(loss: "mse"); k2.fit(Tensor([[1]]), Tensor([[1]]), epochs: 3, callbacks: [C2()], verbose: 0)

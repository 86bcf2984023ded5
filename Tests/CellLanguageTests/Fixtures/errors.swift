let fixed = 1
fixed = 2 // expect error: cannot assign to value: 'fixed' is a 'let' constant
// ---
print(undefinedName) // expect error: cannot find 'undefinedName' in scope
// ---
print(prnt) // expect error: did you mean 'print'?
// ---
let n = 1
let d = 0.5
print(n + d) // expect error: binary operator '+' cannot be applied to operands of type 'Int' and 'Double'
// ---
let zero = 0
print(10 / zero) // expect error: division by zero
// ---
let big = Int.max
print(big + 1) // expect error: arithmetic overflow
// ---
func scale(_ x: Double, by factor: Double) -> Double { x * factor }
print(scale(2, byy: 3)) // expect error: incorrect argument label in call (have '_:byy:', expected '_:by:')
// ---
func forever() -> Int { forever() } // expect error: recursion too deep
print(forever())
// ---
let items = [1, 2, 3]
print(items[3]) // expect error: index out of range
// ---
var spin = 0
while true { spin += 1 } // expect error: time limit
// ---
let broken = (1 + // expect error: expected
// ---
print(scale(1)) // expect error: missing argument for parameter 'by' in call

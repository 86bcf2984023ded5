let half = 1 / 2
let halfD = 1.0 / 2
let typedHalf: Double = 1 / 2
print(half, halfD, typedHalf) // expect: 0 0.5 0.5
let mixed = 1 + 2.5
let fromInts: Double = 1 + 2
print(fromInts) // expect: 3.0
let xd = 1.5
var acc = 1.5
acc += 1
acc *= 2
// ---
let ci = 1
let cd = 1.5
print(ci < cd) // expect error:10: binary operator '<' cannot be applied to operands of type 'Int' and 'Double'

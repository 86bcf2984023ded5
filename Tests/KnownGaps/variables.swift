var word = "a"
word = 1 // expect error:8: cannot assign value of type 'Int' to type 'String'
// ---
let frozenArray = [1, 2]
frozenArray.append(3) // expect error:13: cannot use mutating member on immutable value: 'frozenArray' is a 'let' constant
// ---
var notYet: Int
print(notYet) // expect error:7: variable 'notYet' used before being initialized

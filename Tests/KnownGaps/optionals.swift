let numbers = ["1", "x", "3"]
let parsed = numbers.map { Int($0) }
let dict = ["a": 1]
print(dict["b"].map { $0 * 2 } as Any, dict["a"].map { $0 * 2 } as Any) // expect: nil Optional(2)
let nested: Int?? = 5
let implicit: Int! = 4
print(implicit + 1) // expect: 5
// ---
let opt: Int? = 2
print(opt + 1) // expect error:7: value of optional type 'Int?' must be unwrapped to a value of type 'Int'

let typedList: [Double] = [1, 2]
let typedDict: [String: Double] = ["a": 1]
print(typedDict) // expect: ["a": 1.0]
let typedOpt: Double? = 3
let typedTuple: (Int, Double) = (1, 2)
print(typedTuple) // expect: (1, 2.0)
let emptyList: [Int] = []
let emptyDict: [String: Int] = [:]
let made = [String]()
print(made.count) // expect: 0
// ---
let fixedValue = 1
fixedValue += 1 // expect error:12: left side of mutating operator isn't mutable: 'fixedValue' is a 'let' constant

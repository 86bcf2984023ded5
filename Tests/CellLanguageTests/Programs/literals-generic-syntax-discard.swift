// features: literals-typing, generic-syntax, discard
func f() -> Int { 3 }
_ = f()
do {
    let inner = 5
    print(inner)
}
var counts = Dictionary<String, Int>()
var other = [String: Int]()
var grid = [[Int]](repeating: [0, 0], count: 2)
var arr = Array<Int>()
let data: [([Double], Int)] = [([1, 1], 1), ([0, 1], 0)]
print(data[0].0, data[1].1)
let x = Double.random(in: 0..<1)
let y = Int.random(in: 1...6)

let half = 0..<3
let closed = 1...3
print(closed) // expect: 1...3
print(closed.upperBound) // expect: 3
print((0.0...1.0).contains(0.5), (0.0..<1.0).contains(1.0)) // expect: true false
let lo = 2
let hi = 5

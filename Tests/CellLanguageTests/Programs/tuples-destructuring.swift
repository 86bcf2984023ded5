// features: tuples, destructuring, labeled-tuples, functions, swap, comparison, for-in
func minMaxAverage(_ values: [Double]) -> (min: Double, max: Double, average: Double)? {
    guard let first = values.first else { return nil }
    var (lo, hi, sum) = (first, first, 0.0)
    for v in values {
        lo = min(lo, v)
        hi = max(hi, v)
        sum += v
    }
    return (lo, hi, sum / Double(values.count))
}

if let stats = minMaxAverage([3, 9, 4.5, 1, 7]) {
    print(stats.min, stats.max, stats.average)
    let (lo, _, avg) = stats
    print(lo + avg)
}
print(minMaxAverage([]) == nil)

var a = 1, b = 2
(a, b) = (b, a)
print(a, b)

let http404 = (statusCode: 404, message: "Not Found")
let (code, message) = http404
print("\(code): \(message)", http404.0, http404.message)

let pairs = [(name: "x", value: 3), (name: "y", value: -1), (name: "z", value: 8)]
for (name, value) in pairs where value > 0 {
    print(name, value)
}
let best = pairs.max { $0.value < $1.value }!
print(best.name)
print((1, "zebra") < (2, "apple"), (3, "b") < (3, "a"), (1, 2) == (1, 2))

func divmod(_ a: Int, _ b: Int) -> (quotient: Int, remainder: Int) {
    (a / b, a % b)
}
let (q, r) = divmod(47, 5)
print(q, r, divmod(9, 3))

var fib = (0, 1)
for _ in 0..<10 { fib = (fib.1, fib.0 + fib.1) }
print(fib.0)

let nested = ((1, 2), (3, (4, 5)))
let ((p, _), (_, (s, t))) = nested
print(p + s + t)
let dict = ["one": 1, "two": 2]
for (key, value) in dict.sorted(by: { $0.key < $1.key }) {
    print("\(key)=\(value)")
}

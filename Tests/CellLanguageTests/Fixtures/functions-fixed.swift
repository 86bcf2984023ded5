func minMax(_ xs: [Int]) -> (min: Int, max: Int)? {
    guard var lo = xs.first, var hi = xs.first else { return nil }
    for x in xs {
        if x < lo { lo = x }
        if x > hi { hi = x }
    }
    return (lo, hi)
}
if let bounds = minMax([3, -1, 8]) { print(bounds.min, bounds.max) } // expect: -1 8
print(minMax([]) == nil) // expect: true
func swapped(_ p: (Int, Int)) -> (Int, Int) { (p.1, p.0) }
func overload(_ x: Int) -> String { "Int \(x)" }
func overload(_ x: String) -> String { "String \(x)" }
func overload(label x: Int) -> String { "labeled \(x)" }
print(overload(1), overload("a"), overload(label: 2)) // expect: Int 1 String a labeled 2

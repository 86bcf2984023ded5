// features: structs, operators, comparable, hashable, custom-string, sets, literals-typing
func gcd(_ a: Int, _ b: Int) -> Int {
    var (a, b) = (abs(a), abs(b))
    while b != 0 { (a, b) = (b, a % b) }
    return a
}

struct Fraction: Hashable, Comparable, CustomStringConvertible {
    let numerator: Int
    let denominator: Int

    init(_ numerator: Int, _ denominator: Int = 1) {
        let g = max(gcd(numerator, denominator), 1)
        let sign = denominator < 0 ? -1 : 1
        self.numerator = sign * numerator / g
        self.denominator = sign * denominator / g
    }

    var value: Double { Double(numerator) / Double(denominator) }
    var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }

    static func + (a: Fraction, b: Fraction) -> Fraction {
        Fraction(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
    }
    static func - (a: Fraction, b: Fraction) -> Fraction {
        a + Fraction(-b.numerator, b.denominator)
    }
    static func * (a: Fraction, b: Fraction) -> Fraction {
        Fraction(a.numerator * b.numerator, a.denominator * b.denominator)
    }
    static func / (a: Fraction, b: Fraction) -> Fraction {
        Fraction(a.numerator * b.denominator, a.denominator * b.numerator)
    }
    static func < (a: Fraction, b: Fraction) -> Bool {
        a.numerator * b.denominator < b.numerator * a.denominator
    }
}

let half = Fraction(1, 2)
let third = Fraction(1, 3)
print(half + third, half - third, half * third, half / third)
print(Fraction(6, -8), Fraction(10, 5))
print(half > third, Fraction(2, 4) == half)
let fractions = [Fraction(3, 4), Fraction(1, 6), Fraction(5, 8), Fraction(2, 3), Fraction(6, 8)]
print(fractions.sorted())
print(Set(fractions).count)
print(fractions.max()!, fractions.min()!.value)
var harmonic = Fraction(0)
for n in 1...6 { harmonic = harmonic + Fraction(1, n) }
print("H6 =", harmonic, harmonic.value)

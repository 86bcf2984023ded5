// features: structs, operators, custom-string, subscripts, higher-order, literals-typing, overloading
import Foundation
struct Polynomial: CustomStringConvertible, Equatable {
    private(set) var coefficients: [Int]

    init(_ coefficients: [Int]) {
        var c = coefficients
        while c.count > 1 && c.last == 0 { c.removeLast() }
        self.coefficients = c.isEmpty ? [0] : c
    }

    var degree: Int { coefficients.count - 1 }

    subscript(power: Int) -> Int {
        power < coefficients.count ? coefficients[power] : 0
    }

    func evaluate(_ x: Int) -> Int {
        coefficients.reversed().reduce(0) { $0 * x + $1 }
    }

    func evaluate(_ x: Double) -> Double {
        coefficients.reversed().reduce(0.0) { $0 * x + Double($1) }
    }

    var derivative: Polynomial {
        guard degree > 0 else { return Polynomial([0]) }
        return Polynomial((1...degree).map { $0 * coefficients[$0] })
    }

    static func + (a: Polynomial, b: Polynomial) -> Polynomial {
        Polynomial((0...max(a.degree, b.degree)).map { a[$0] + b[$0] })
    }

    static func * (a: Polynomial, b: Polynomial) -> Polynomial {
        var result = [Int](repeating: 0, count: a.degree + b.degree + 1)
        for (i, x) in a.coefficients.enumerated() {
            for (j, y) in b.coefficients.enumerated() {
                result[i + j] += x * y
            }
        }
        return Polynomial(result)
    }

    var description: String {
        var terms: [String] = []
        for (power, c) in coefficients.enumerated().reversed() where c != 0 {
            let coefficient = (abs(c) == 1 && power > 0) ? (c < 0 ? "-" : "") : "\(c)"
            switch power {
            case 0: terms.append("\(c)")
            case 1: terms.append("\(coefficient)x")
            default: terms.append("\(coefficient)x^\(power)")
            }
        }
        return terms.isEmpty ? "0" : terms.joined(separator: " + ").replacingOccurrences(of: "+ -", with: "- ")
    }
}

let p = Polynomial([1, -3, 0, 2])
let q = Polynomial([-1, 1])
print("p =", p, "degree", p.degree)
print("q =", q)
print("p + q =", p + q)
print("p * q =", p * q)
print("p' =", p.derivative, "p'' =", p.derivative.derivative)
print((-2...2).map { p.evaluate($0) })
print(p.evaluate(0.5))
print(q * q == Polynomial([1, -2, 1]))
print(Polynomial([0, 0, 0]), Polynomial([5]).derivative)

// features: structs, operators, custom-string, equatable, extensions, literals-typing, static-members
import Foundation

struct Complex: Equatable {
    var re: Double
    var im: Double

    static let i = Complex(re: 0, im: 1)

    var magnitude: Double { (re * re + im * im).squareRoot() }
    var conjugate: Complex { Complex(re: re, im: -im) }

    static func + (a: Complex, b: Complex) -> Complex { Complex(re: a.re + b.re, im: a.im + b.im) }
    static func - (a: Complex, b: Complex) -> Complex { Complex(re: a.re - b.re, im: a.im - b.im) }
    static func * (a: Complex, b: Complex) -> Complex {
        Complex(re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re)
    }
    static func / (a: Complex, b: Complex) -> Complex {
        let d = b.re * b.re + b.im * b.im
        let n = a * b.conjugate
        return Complex(re: n.re / d, im: n.im / d)
    }
    static func * (k: Double, z: Complex) -> Complex { Complex(re: k * z.re, im: k * z.im) }
}

extension Complex: CustomStringConvertible {
    var description: String {
        let sign = im < 0 ? "-" : "+"
        return "\(re) \(sign) \(abs(im))i"
    }
}

let a = Complex(re: 3, im: 4)
let b = Complex(re: 1, im: -2)
print(a + b)
print(a - b)
print(a * b)
print(a / b)
print(a.magnitude, a.conjugate)
print(Complex.i * Complex.i)
print(2 * a == a + a)

func mandelbrotIterations(_ c: Complex, limit: Int = 50) -> Int {
    var z = Complex(re: 0, im: 0)
    for n in 0..<limit {
        if z.magnitude > 2 { return n }
        z = z * z + c
    }
    return limit
}
for y in stride(from: 1.0, through: -1.0, by: -0.5) {
    var row = ""
    for x in stride(from: -2.0, through: 0.5, by: 0.25) {
        row += mandelbrotIterations(Complex(re: x, im: y)) == 50 ? "#" : "."
    }
    print(row)
}
let roots = (0..<4).map { k -> Complex in
    let angle = Double(k) * Double.pi / 2
    return Complex(re: cos(angle).rounded(), im: sin(angle).rounded())
}
print(roots)

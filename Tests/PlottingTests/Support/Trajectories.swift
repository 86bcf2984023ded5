import Foundation

/// Optimizer paths on the elongated bowl f(x, y) = x²/20 + y², from (−9, 2.2).
///
/// Each update follows the optimizer's textbook rule with gradient g = (x/10, 2y).
enum Trajectories {
    static func bowl(_ x: Double, _ y: Double) -> Double { x * x / 20 + y * y }
    static func gradient(_ p: [Double]) -> [Double] { [p[0] / 10, 2 * p[1]] }
    static let start = [-9.0, 2.2]
    static let steps = 40

    static func run(_ update: (inout [Double], [Double], Int) -> Void) -> (x: [Double], y: [Double])
    {
        var p = start
        var xs = [p[0]]
        var ys = [p[1]]
        for t in 1...steps {
            update(&p, gradient(p), t)
            xs.append(p[0])
            ys.append(p[1])
        }
        return (xs, ys)
    }

    /// θ ← θ − η g
    static func sgd() -> (x: [Double], y: [Double]) {
        run { p, g, _ in for i in 0..<2 { p[i] -= 0.85 * g[i] } }
    }

    /// m ← βm − η g; θ ← θ + m
    static func momentum(nesterov: Bool) -> (x: [Double], y: [Double]) {
        var m = [0.0, 0.0]
        var p = start
        var xs = [p[0]]
        var ys = [p[1]]
        for _ in 1...steps {
            let lookahead = nesterov ? [p[0] + 0.8 * m[0], p[1] + 0.8 * m[1]] : p
            let g = gradient(lookahead)
            for i in 0..<2 {
                m[i] = 0.8 * m[i] - 0.2 * g[i]
                p[i] += m[i]
            }
            xs.append(p[0])
            ys.append(p[1])
        }
        return (xs, ys)
    }

    /// s ← s + g²; θ ← θ − η g / √(s + ε)
    static func adagrad() -> (x: [Double], y: [Double]) {
        var s = [0.0, 0.0]
        return run { p, g, _ in
            for i in 0..<2 {
                s[i] += g[i] * g[i]
                p[i] -= 1.5 * g[i] / (s[i] + 1e-10).squareRoot()
            }
        }
    }

    /// s ← ρs + (1 − ρ)g²; θ ← θ − η g / √(s + ε)
    static func rmsprop() -> (x: [Double], y: [Double]) {
        var s = [0.0, 0.0]
        return run { p, g, _ in
            for i in 0..<2 {
                s[i] = 0.9 * s[i] + 0.1 * g[i] * g[i]
                p[i] -= 0.3 * g[i] / (s[i] + 1e-10).squareRoot()
            }
        }
    }

    /// Adam (Kingma & Ba 2015) with bias correction.
    static func adam() -> (x: [Double], y: [Double]) {
        var m = [0.0, 0.0]
        var v = [0.0, 0.0]
        return run { p, g, t in
            for i in 0..<2 {
                m[i] = 0.9 * m[i] + 0.1 * g[i]
                v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i]
                let mHat = m[i] / (1 - pow(0.9, Double(t)))
                let vHat = v[i] / (1 - pow(0.999, Double(t)))
                p[i] -= 0.6 * mHat / (vHat.squareRoot() + 1e-8)
            }
        }
    }
}

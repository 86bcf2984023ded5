import Foundation
import Tensors

extension SyntheticData {
    /// Two interleaving half circles (scikit-learn's `make_moons`): ⌊count/2⌋ points on the
    /// upper arc (cos t, sin t), label 0, and the rest on the lower arc (1 − cos t, ½ − sin t),
    /// label 1, for t evenly spaced in [0, π]; Gaussian noise of standard deviation `noise` is
    /// added and the rows are shuffled.
    public static func moons(count: Int = 100, noise: Float = 0, seed: UInt64 = 0) throws
        -> LabeledData
    {
        try checkCount(count, "SyntheticData.moons")
        var generator = RandomGenerator(seed: seed)
        let outer = count / 2
        let inner = count - outer
        func angle(_ i: Int, _ n: Int) -> Double {
            n > 1 ? Double.pi * Double(i) / Double(n - 1) : 0
        }
        var points: [[Float]] = []
        var labels: [Int] = []
        for i in 0..<outer {
            points.append([Float(cos(angle(i, outer))), Float(sin(angle(i, outer)))])
            labels.append(0)
        }
        for i in 0..<inner {
            points.append([Float(1 - cos(angle(i, inner))), Float(0.5 - sin(angle(i, inner)))])
            labels.append(1)
        }
        if noise > 0 {
            points = points.map { p in p.map { $0 + generator.normal(standardDeviation: noise) } }
        }
        return try shuffled(points, labels, using: &generator)
    }
}

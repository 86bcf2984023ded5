import Foundation

/// Deterministic stand-ins for the chapters' data sets.
enum SyntheticData {
    static let fashionNames = [
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker",
        "Bag", "Ankle boot",
    ]

    /// Iris-like petal length/width: 50 setosa (class 1) and 100 others (class 0).
    static func irisPetals() -> (x: [Double], y: [Double], classes: [Int]) {
        var random = SeededRandom(seed: 7)
        var xs: [Double] = []
        var ys: [Double] = []
        var classes: [Int] = []
        for index in 0..<150 {
            let setosa = index < 50
            let versicolor = index < 100
            xs.append(
                setosa
                    ? random.normal(mean: 1.46, std: 0.17)
                    : random.normal(mean: versicolor ? 4.26 : 5.55, std: 0.5))
            ys.append(
                setosa
                    ? random.normal(mean: 0.25, std: 0.1)
                    : random.normal(mean: versicolor ? 1.33 : 2.03, std: 0.22))
            classes.append(setosa ? 1 : 0)
        }
        return (xs, ys, classes)
    }

    /// Rosenblatt's rule on the petals: w ← w + (y − ŷ)x, until an epoch without mistakes.
    static func perceptron(_ data: (x: [Double], y: [Double], classes: [Int])) -> (
        Double, Double, Double
    ) {
        var w = (0.0, 0.0, 0.0)
        for _ in 0..<100 {
            var mistakes = 0
            for i in data.x.indices {
                let predicted = w.0 * data.x[i] + w.1 * data.y[i] + w.2 >= 0 ? 1 : 0
                let error = Double(data.classes[i] - predicted)
                if error != 0 { mistakes += 1 }
                w = (w.0 + error * data.x[i], w.1 + error * data.y[i], w.2 + error)
            }
            if mistakes == 0 { break }
        }
        return w
    }

    /// XOR: 25 noisy points around each corner of the unit square.
    static func xorPoints() -> (x: [Double], y: [Double], classes: [Int]) {
        var random = SeededRandom(seed: 11)
        var result: (x: [Double], y: [Double], classes: [Int]) = ([], [], [])
        for corner in 0..<4 {
            let a = Double(corner & 1)
            let b = Double(corner >> 1)
            for _ in 0..<25 {
                result.x.append(a + random.normal(std: 0.12))
                result.y.append(b + random.normal(std: 0.12))
                result.classes.append(Int(a) ^ Int(b))
            }
        }
        return result
    }

    /// A 28 × 28 picture of a garment-like silhouette for class `label`, with noise.
    static func fashionImage(label: Int, seed: UInt64) -> [Double] {
        var random = SeededRandom(seed: seed)
        var pixels = [Double](repeating: 0, count: 28 * 28)
        for row in 0..<28 {
            for column in 0..<28 {
                let x = (Double(column) - 13.5) / 13.5
                let y = (Double(row) - 13.5) / 13.5
                var inside: Bool
                switch label {
                case 0, 2, 4, 6:
                    inside =
                        abs(x) < 0.45 && abs(y) < 0.8
                        || (y < -0.3 && y > -0.8 && abs(x) < (label == 0 ? 0.8 : 0.95))
                case 1:
                    inside =
                        y > -0.85 && y < 0.9 && abs(abs(x) - 0.2) < 0.14
                        || (y < -0.6 && y > -0.85 && abs(x) < 0.34)
                case 3: inside = abs(y) < 0.85 && abs(x) < 0.2 + 0.3 * (y + 0.85)
                case 5, 7, 9:
                    inside =
                        y > (label == 9 ? -0.6 : 0.1) && y < 0.55 && x > -0.85 && x < 0.85
                        && (label != 9 || x < -0.1 || y > 0.15)
                default:
                    inside =
                        abs(x) < 0.75 && y > -0.4 && y < 0.7
                        || (abs(abs(x) - 0.35) < 0.08 && y < -0.4 && y > -0.75)
                }
                let texture = 0.55 + 0.35 * random.uniform()
                pixels[row * 28 + column] = inside ? texture * 255 : max(0, random.normal(std: 6))
            }
        }
        return pixels.map { min($0, 255).rounded() }
    }
}

/// Which values a contour plot draws lines at.
public enum ContourLevels: Equatable, Sendable {
    /// About `count` nice (1-2-5) values between the grid's minimum and maximum.
    case automatic(Int)
    /// `count` levels crowding towards the minimum: `min + (max − min) · 2^(−k)` for
    /// k = 0 … count−1. Suits bowls, whose interesting part is near the bottom.
    case geometric(Int)
    /// Exactly these values.
    case values([Double])

    /// The level values for a grid whose finite values span `low…high`.
    func resolve(low: Double, high: Double) -> [Double] {
        guard low.isFinite, high.isFinite, high > low else { return [] }
        switch self {
        case .automatic(let count):
            return NiceTicks.linear(lower: low, upper: high, target: max(count, 1))
                .filter { $0 > low && $0 < high }
        case .geometric(let count):
            let n = min(max(count, 1), 60)
            var power = 1.0
            var result: [Double] = []
            for _ in 0..<n {
                result.append(low + (high - low) * power * 0.999)
                power /= 2
            }
            return result.reversed()
        case .values(let values):
            return values.filter { $0.isFinite }.sorted()
        }
    }
}

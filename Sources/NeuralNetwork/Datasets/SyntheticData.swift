import Tensors

/// Seeded generators of the small two-dimensional classification sets the chapters plot.
/// The same arguments and seed always give the same points.
public enum SyntheticData {
    /// Shuffles the rows of `points` (`[x, y]` pairs) together with `labels`.
    static func shuffled(
        _ points: [[Float]], _ labels: [Int], using generator: inout RandomGenerator
    ) throws -> LabeledData {
        let order = generator.permutation(points.count)
        let flat = order.flatMap { points[$0] }
        let width = points.first?.count ?? 2
        return LabeledData(
            x: try Tensor(shape: [points.count, width], scalars: flat),
            labels: order.map { labels[$0] })
    }

    static func checkCount(_ count: Int, _ operation: String) throws {
        guard count >= 0 else {
            throw DatasetError.invalidArgument(
                operation: operation, reason: "count must not be negative, got \(count)")
        }
    }
}

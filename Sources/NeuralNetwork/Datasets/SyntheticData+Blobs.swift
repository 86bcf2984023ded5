import Tensors

extension SyntheticData {
    /// Isotropic Gaussian clusters (scikit-learn's `make_blobs`): `count` points shared evenly
    /// among `centers` (the first ones get one more when it does not divide), each cluster
    /// normal with standard deviation `standardDeviation` around its center; label = cluster
    /// index; rows shuffled.
    public static func blobs(
        count: Int = 100, centers: [[Float]], standardDeviation: Float = 1, seed: UInt64 = 0
    ) throws -> LabeledData {
        try checkCount(count, "SyntheticData.blobs")
        guard let width = centers.first?.count, width > 0,
            centers.allSatisfy({ $0.count == width })
        else {
            throw DatasetError.invalidArgument(
                operation: "SyntheticData.blobs",
                reason: "centers must be non-empty points of equal dimension")
        }
        var generator = RandomGenerator(seed: seed)
        var points: [[Float]] = []
        var labels: [Int] = []
        for (k, center) in centers.enumerated() {
            let n = count / centers.count + (k < count % centers.count ? 1 : 0)
            for _ in 0..<n {
                points.append(
                    center.map { $0 + generator.normal(standardDeviation: standardDeviation) })
                labels.append(k)
            }
        }
        return try shuffled(points, labels, using: &generator)
    }

    /// `centerCount` clusters whose centers are drawn uniformly in `[-10, 10)` along each of
    /// `features` dimensions (scikit-learn's default box), then as
    /// ``blobs(count:centers:standardDeviation:seed:)``.
    public static func blobs(
        count: Int = 100, centerCount: Int = 3, features: Int = 2, standardDeviation: Float = 1,
        seed: UInt64 = 0
    ) throws -> LabeledData {
        guard centerCount > 0, features > 0 else {
            throw DatasetError.invalidArgument(
                operation: "SyntheticData.blobs",
                reason: "centerCount and features must be positive")
        }
        var generator = RandomGenerator(seed: seed ^ 0x9E37_79B9_7F4A_7C15)
        let centers = (0..<centerCount).map { _ in
            (0..<features).map { _ in generator.uniform(-10, 10) }
        }
        return try blobs(
            count: count, centers: centers, standardDeviation: standardDeviation, seed: seed)
    }
}

import Tensors

/// The rows of `x` and `y` split into a training and a test part (scikit-learn's
/// `train_test_split`): `testFraction` of the rows, rounded up, go to the test part.
///
/// With `shuffle` (the default) the rows are first permuted by a generator seeded with `seed`,
/// so the same seed gives the same split; without it the last rows form the test part. Throws
/// when the row counts differ, `testFraction` is not in (0, 1), or either part would be empty.
public func trainTestSplit(
    _ x: Tensor, _ y: Tensor, testFraction: Double = 0.25, shuffle: Bool = true, seed: UInt64 = 42
) throws -> (xTrain: Tensor, xTest: Tensor, yTrain: Tensor, yTest: Tensor) {
    let (train, test) = try splitIndices(
        rows: x.shape.first ?? 0, otherRows: y.shape.first ?? 0, testFraction: testFraction,
        shuffle: shuffle, seed: seed)
    return (
        try x.gathering(rows: train), try x.gathering(rows: test),
        try y.gathering(rows: train), try y.gathering(rows: test)
    )
}

/// ``trainTestSplit(_:_:testFraction:shuffle:seed:)`` with integer class labels.
public func trainTestSplit(
    _ x: Tensor, _ labels: [Int], testFraction: Double = 0.25, shuffle: Bool = true,
    seed: UInt64 = 42
) throws -> (xTrain: Tensor, xTest: Tensor, yTrain: [Int], yTest: [Int]) {
    let (train, test) = try splitIndices(
        rows: x.shape.first ?? 0, otherRows: labels.count, testFraction: testFraction,
        shuffle: shuffle, seed: seed)
    return (
        try x.gathering(rows: train), try x.gathering(rows: test),
        train.map { labels[$0] }, test.map { labels[$0] }
    )
}

/// The training and test row indices of a split.
func splitIndices(
    rows: Int, otherRows: Int, testFraction: Double, shuffle: Bool, seed: UInt64
) throws -> (train: [Int], test: [Int]) {
    guard rows == otherRows else {
        throw DatasetError.invalidArgument(
            operation: "trainTestSplit",
            reason: "x has \(rows) rows but y has \(otherRows)")
    }
    guard testFraction > 0, testFraction < 1 else {
        throw DatasetError.invalidArgument(
            operation: "trainTestSplit",
            reason: "testFraction must be in (0, 1), got \(testFraction)")
    }
    let testCount = Int((Double(rows) * testFraction).rounded(.up))
    guard testCount < rows else {
        throw DatasetError.invalidArgument(
            operation: "trainTestSplit",
            reason: "\(rows) rows cannot be split with testFraction \(testFraction)")
    }
    var order = Array(0..<rows)
    if shuffle {
        var generator = RandomGenerator(seed: seed)
        generator.shuffle(&order)
    }
    return (Array(order[..<(rows - testCount)]), Array(order[(rows - testCount)...]))
}

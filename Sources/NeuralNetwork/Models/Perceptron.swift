import Tensors

/// Rosenblatt's perceptron (1958): one threshold unit over the features, trained by the
/// perceptron learning rule, one instance at a time. For an instance x with label y ∈ {0, 1},
///
///     ŷ = 1 if w·x + b ≥ 0 else 0;   w ← w + η·(y − ŷ)·x;   b ← b + η·(y − ŷ)
///
/// so the weights move only on a mistake. Training stops after the first epoch without a
/// mistake (the data are then separated) or after `maxEpochs`. The instances are visited in a
/// fresh random order each epoch when `shuffle` is on, drawn from the perceptron's own seeded
/// generator. Arithmetic is in double precision. This is the model of scikit-learn's
/// `Perceptron` with its defaults (η = 1, no penalty), which has no Keras counterpart.
public final class Perceptron {
    public let learningRate: Double
    public let maxEpochs: Int
    public let shuffle: Bool
    /// w, one weight per feature (empty before `fit`).
    public private(set) var weights: [Double] = []
    /// b, the bias.
    public private(set) var bias: Double = 0
    /// How many times the rule changed the weights, over all epochs of the last `fit`.
    public private(set) var updates = 0
    /// How many epochs the last `fit` ran.
    public private(set) var epochs = 0
    /// Whether the last `fit` ended with an epoch without mistakes.
    public private(set) var converged = false
    /// The mistakes of each epoch of the last `fit`.
    public private(set) var mistakesPerEpoch: [Int] = []
    private var generator: RandomGenerator

    public init(
        learningRate: Double = 1, maxEpochs: Int = 1000, shuffle: Bool = true,
        seed: UInt64 = ModelSeeds.next()
    ) throws {
        guard learningRate > 0, learningRate.isFinite else {
            throw TrainingError.invalidArgument(
                "Perceptron: the learning rate must be positive, not \(learningRate)")
        }
        guard maxEpochs >= 1 else {
            throw TrainingError.invalidArgument(
                "Perceptron: maxEpochs must be at least 1, not \(maxEpochs)")
        }
        self.learningRate = learningRate
        self.maxEpochs = maxEpochs
        self.shuffle = shuffle
        generator = RandomGenerator(seed: seed)
    }

    /// Everything that changes as the perceptron trains, including its generator, so that a
    /// session snapshot can put it back exactly.
    public struct State: Equatable {
        var weights: [Double]
        var bias: Double
        var updates: Int
        var epochs: Int
        var converged: Bool
        var mistakesPerEpoch: [Int]
        var generator: RandomGenerator
    }

    public var state: State {
        get {
            State(
                weights: weights, bias: bias, updates: updates, epochs: epochs,
                converged: converged,
                mistakesPerEpoch: mistakesPerEpoch, generator: generator)
        }
        set {
            weights = newValue.weights
            bias = newValue.bias
            updates = newValue.updates
            epochs = newValue.epochs
            converged = newValue.converged
            mistakesPerEpoch = newValue.mistakesPerEpoch
            generator = newValue.generator
        }
    }

    /// Trains from zero weights on `x` (one row per instance) and labels 0 or 1.
    public func fit(_ x: Tensor, _ y: [Int]) throws {
        let rows = try Self.rows(of: x, name: "fit")
        guard rows.count == y.count else {
            throw TrainingError.invalidArgument(
                "Perceptron.fit: \(rows.count) instances but \(y.count) labels")
        }
        if let bad = y.first(where: { $0 != 0 && $0 != 1 }) {
            throw TrainingError.invalidArgument(
                "Perceptron.fit: labels must be 0 or 1, not \(bad)")
        }
        let features = rows.first?.count ?? 0
        weights = [Double](repeating: 0, count: features)
        bias = 0
        updates = 0
        epochs = 0
        converged = false
        mistakesPerEpoch = []
        var order = Array(rows.indices)
        while epochs < maxEpochs {
            if shuffle { generator.shuffle(&order) }
            var mistakes = 0
            for i in order {
                let error = Double(y[i] - output(rows[i]))
                if error == 0 { continue }
                mistakes += 1
                for j in 0..<features { weights[j] += learningRate * error * rows[i][j] }
                bias += learningRate * error
            }
            epochs += 1
            updates += mistakes
            mistakesPerEpoch.append(mistakes)
            if mistakes == 0 {
                converged = true
                break
            }
        }
    }

    /// w·x + b for every row of `x`.
    public func decisionFunction(_ x: Tensor) throws -> [Double] {
        try Self.rows(of: x, name: "decisionFunction", features: weights.count).map(score)
    }

    /// The class (0 or 1) of every row of `x`.
    public func predict(_ x: Tensor) throws -> [Int] {
        try Self.rows(of: x, name: "predict", features: weights.count).map(output)
    }

    private func score(_ row: [Double]) -> Double {
        var s = bias
        for (w, v) in zip(weights, row) { s += w * v }
        return s
    }

    private func output(_ row: [Double]) -> Int { score(row) >= 0 ? 1 : 0 }

    private static func rows(of x: Tensor, name: String, features: Int? = nil) throws -> [[Double]]
    {
        guard x.rank == 2 else {
            throw TrainingError.invalidArgument(
                "Perceptron.\(name): expected a matrix of instances (rank 2), got shape \(x.shape)")
        }
        let columns = x.shape[1]
        if let f = features {
            guard f > 0 else {
                throw TrainingError.invalidArgument("Perceptron.\(name): call fit first")
            }
            guard f == columns else {
                throw TrainingError.invalidArgument(
                    "Perceptron.\(name): the perceptron was fitted on \(f) features, got \(columns)"
                )
            }
        }
        let values = x.scalars.map(Double.init)
        return (0..<x.shape[0]).map { r in Array(values[(r * columns)..<((r + 1) * columns)]) }
    }
}

import Foundation
import Tensors

/// Random search over a ``SearchSpace`` (Bergstra & Bengio 2012; Keras Tuner's
/// `RandomSearch`): each trial draws hyperparameters, builds and compiles a model with the
/// `build` closure, trains it, and scores it by `objective` on the validation data — the
/// best value over its epochs, as Keras Tuner does.
///
/// ```swift
/// let search = RandomSearch(space: space, trials: 10, objective: "val_accuracy", seed: 42) { hp in
///     let model = try Sequential([Input(shape: [8]), Dense(try hp.int("neurons"), activation: .relu), Dense(1)])
///     try model.compile(loss: "mse", optimizer: SGD(learningRate: Float(try hp.double("learningRate"))))
///     return model
/// }
/// let results = try search.run(xTrain, yTrain, epochs: 10, validationData: (xValid, yValid))
/// ```
public final class RandomSearch {
    /// The space drawn from.
    public let space: SearchSpace
    /// The number of trials.
    public let trials: Int
    /// The logs key scored (`"val_loss"`, `"val_accuracy"` …).
    public let objective: String
    private let higherIsBetter: Bool
    private var generator: RandomGenerator
    private let build: (Hyperparameters) throws -> Model

    /// A search of `trials` draws; `mode` decides the direction as the callbacks do.
    public init(
        space: SearchSpace, trials: Int = 10, objective: String = "val_loss",
        mode: MonitorMode = .auto, seed: UInt64 = 0,
        build: @escaping (Hyperparameters) throws -> Model
    ) {
        self.space = space
        self.trials = trials
        self.objective = objective
        self.higherIsBetter = mode.higherIsBetter(objective)
        self.generator = RandomGenerator(seed: seed)
        self.build = build
    }

    /// Runs every trial on the same data; returns the trials with their scores.
    public func run(
        _ x: Tensor, _ y: Tensor, epochs: Int = 1, batchSize: Int = 32,
        validationData: (Tensor, Tensor)? = nil, validationSplit: Double = 0,
        callbacks: [Callback] = []
    ) throws -> SearchResults {
        guard trials > 0 else {
            throw TrainingError.invalidArgument(
                "a search needs at least one trial. Received: trials=\(trials)")
        }
        var done: [SearchResults.Trial] = []
        for index in 0..<trials {
            let hp = space.sample(using: &generator)
            let model = try build(hp)
            let history = try model.fit(
                x, y, epochs: epochs, batchSize: batchSize, validationData: validationData,
                validationSplit: validationSplit, callbacks: callbacks, verbose: 0)
            let values = history[objective]
            guard !values.isEmpty else {
                throw TrainingError.invalidArgument(
                    "the objective '\(objective)' is not in the training logs. Available: "
                        + history.keys.joined(separator: ", "))
            }
            let finite = values.filter(\.isFinite)
            let score =
                finite.isEmpty ? .nan : (higherIsBetter ? finite.max() : finite.min()) ?? .nan
            done.append(.init(index: index, hyperparameters: hp, score: score, history: history))
        }
        return SearchResults(
            trials: done, objective: objective, higherIsBetter: higherIsBetter,
            names: space.domains.map(\.name))
    }
}

/// The trials of a search, best first in ``sorted``; ``table`` shows them as text.
public struct SearchResults: CustomStringConvertible {
    /// One trained and scored draw.
    public struct Trial {
        /// The trial's number, from 0, in the order run.
        public let index: Int
        /// The values drawn.
        public let hyperparameters: Hyperparameters
        /// The best value of the objective over the trial's epochs (NaN if it diverged).
        public let score: Double
        /// The trial's training history.
        public let history: History
    }

    /// The trials in the order run.
    public let trials: [Trial]
    /// The objective's key.
    public let objective: String
    /// Whether higher scores are better.
    public let higherIsBetter: Bool
    /// The hyperparameters' names, in the space's order.
    public let names: [String]

    /// The trials best first (diverged trials last).
    public var sorted: [Trial] {
        trials.sorted { a, b in
            if a.score.isNaN != b.score.isNaN { return !a.score.isNaN }
            if a.score == b.score || a.score.isNaN { return a.index < b.index }
            return higherIsBetter ? a.score > b.score : a.score < b.score
        }
    }

    /// The trials ordered by the value of one hyperparameter (ascending), or by the score
    /// when `key` is the objective.
    public func sorted(by key: String) -> [Trial] {
        if key == objective { return sorted }
        return trials.sorted { a, b in
            let (x, y) = (a.hyperparameters.values[key], b.hyperparameters.values[key])
            if let dx = x?.doubleValue, let dy = y?.doubleValue, dx != dy { return dx < dy }
            let (sx, sy) = (x.map { "\($0)" } ?? "", y.map { "\($0)" } ?? "")
            return sx == sy ? a.index < b.index : sx < sy
        }
    }

    /// The best trial.
    public var best: Trial? { sorted.first }

    /// The header and rows of the results table, best first.
    public var rows: (header: [String], rows: [[String]]) {
        let header = ["trial"] + names + [objective]
        let body = sorted.map { t in
            ["\(t.index)"]
                + names.map { n in t.hyperparameters.values[n].map(Self.format) ?? "" }
                + [Self.format(.double(t.score))]
        }
        return (header, body)
    }

    /// The results as an aligned text table, best first.
    public var table: String {
        let (header, body) = rows
        var widths = header.map(\.count)
        for r in body { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        func line(_ r: [String]) -> String {
            r.enumerated().map { i, c in
                String(repeating: " ", count: widths[i] - c.count) + c
            }.joined(separator: "  ")
        }
        return ([line(header)] + body.map(line)).joined(separator: "\n")
    }

    public var description: String { table }

    static func format(_ v: HyperparameterValue) -> String {
        guard case .double(let d) = v else { return "\(v)" }
        if d.isNaN { return "nan" }
        return abs(d) < 1e-3 && d != 0 ? String(format: "%.3e", d) : String(format: "%.4g", d)
    }
}

import Foundation
import Tensors

/// The ranges a random search draws hyperparameters from (Bergstra & Bengio 2012), in the
/// order they are declared:
///
/// ```swift
/// var space = SearchSpace()
/// try space.intRange("hiddenLayers", 0...3)
/// try space.intRange("neurons", 1...100)
/// try space.logUniform("learningRate", 3e-4...3e-2)
/// try space.choice("optimizer", ["sgd", "adam"])
/// ```
public struct SearchSpace: Sendable {
    /// How one hyperparameter is drawn.
    public enum Domain: Sendable, Equatable {
        /// One of the given values, each equally likely.
        case choice([HyperparameterValue])
        /// An integer in the range, each equally likely.
        case intRange(ClosedRange<Int>)
        /// A real number drawn uniformly from the range.
        case uniform(ClosedRange<Double>)
        /// A real number whose logarithm is uniform over the log of the range (learning
        /// rates: each decade equally likely).
        case logUniform(ClosedRange<Double>)
    }

    /// The hyperparameters, in declaration order.
    public private(set) var domains: [(name: String, domain: Domain)] = []

    /// An empty space.
    public init() {}

    /// Adds a hyperparameter; throws when the name is taken or the domain is empty or invalid.
    public mutating func add(_ name: String, _ domain: Domain) throws {
        guard !domains.contains(where: { $0.name == name }) else {
            throw TrainingError.invalidArgument("the search space already has '\(name)'")
        }
        switch domain {
        case .choice(let values) where values.isEmpty:
            throw TrainingError.invalidArgument("the choice '\(name)' has no values")
        case .logUniform(let r) where r.lowerBound <= 0:
            throw TrainingError.invalidArgument(
                "a log-uniform range must be positive; '\(name)' starts at \(r.lowerBound)")
        case .uniform(let r) where !r.lowerBound.isFinite || !r.upperBound.isFinite,
            .logUniform(let r) where !r.upperBound.isFinite:
            throw TrainingError.invalidArgument("the range of '\(name)' must be finite")
        default: break
        }
        domains.append((name, domain))
    }

    /// Adds a choice among integers.
    public mutating func choice(_ name: String, _ values: [Int]) throws {
        try add(name, .choice(values.map { .int($0) }))
    }

    /// Adds a choice among real numbers.
    public mutating func choice(_ name: String, _ values: [Double]) throws {
        try add(name, .choice(values.map { .double($0) }))
    }

    /// Adds a choice among names.
    public mutating func choice(_ name: String, _ values: [String]) throws {
        try add(name, .choice(values.map { .string($0) }))
    }

    /// Adds an integer range.
    public mutating func intRange(_ name: String, _ range: ClosedRange<Int>) throws {
        try add(name, .intRange(range))
    }

    /// Adds a uniform real range.
    public mutating func uniform(_ name: String, _ range: ClosedRange<Double>) throws {
        try add(name, .uniform(range))
    }

    /// Adds a log-uniform real range.
    public mutating func logUniform(_ name: String, _ range: ClosedRange<Double>) throws {
        try add(name, .logUniform(range))
    }

    /// One draw of every hyperparameter.
    public func sample(using generator: inout RandomGenerator) -> Hyperparameters {
        var values: [String: HyperparameterValue] = [:]
        for (name, domain) in domains {
            switch domain {
            case .choice(let options):
                values[name] = options[generator.nextInt(below: options.count)]
            case .intRange(let r):
                values[name] = .int(r.lowerBound + generator.nextInt(below: r.count))
            case .uniform(let r):
                values[name] = .double(
                    r.lowerBound + generator.nextDouble() * (r.upperBound - r.lowerBound))
            case .logUniform(let r):
                let (a, b) = (Foundation.log(r.lowerBound), Foundation.log(r.upperBound))
                values[name] = .double(Foundation.exp(a + generator.nextDouble() * (b - a)))
            }
        }
        return Hyperparameters(values: values, names: domains.map(\.name))
    }
}

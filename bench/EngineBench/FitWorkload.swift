import NeuralNetwork
import Tensors

/// The workloads of bench/refs/workloads.py as NeuralNetwork models and optimizers:
///   mlp                  W1/W5  784-300-100-10 ReLU, SGD 0.01 (W5: --optimizer adam --lr 0.001)
///   deep                 W3     100 × Dense(100) SELU, LeCun normal, standardized pixels, SGD
///   mlp-nesterov-clip    W6     the MLP, SGD 0.01 momentum 0.9 Nesterov, clipNorm 1.0
///   mlp-bn-nadam         W7     BN → Dense(300) → BN → Dense(100) → BN → Dense(10), Nadam 0.001
///   mlp-dropout-rmsprop  W8     the MLP with Dropout(0.2) after each hidden layer, RMSprop 0.001
///   autoencoder          W9     784-100-30-100-784, ReLU hidden, sigmoid output, MSE, Adam 0.001
/// Kernels are Glorot-uniform (LeCun-normal for `deep`'s SELU layers), biases zero.
enum FitWorkload {
    static func model(_ workload: String, seed: UInt64) throws -> Sequential {
        var k: UInt64 = 0
        func glorot() -> VarianceScaling {
            k += 1
            return VarianceScaling.glorotUniform(seed: seed &+ k)
        }
        func dense(_ units: Int, _ f: ActivationFunction) throws -> Dense {
            try Dense(units, activation: f, kernelInitializer: glorot())
        }
        var layers: [any Layer] = [try Input(shape: [784])]
        switch workload {
        case "mlp", "mlp-nesterov-clip":
            layers += [try dense(300, .relu), try dense(100, .relu), try dense(10, .softmax)]
        case "deep":
            for _ in 0..<100 {
                k += 1
                layers.append(
                    try Dense(
                        100, activation: .selu,
                        kernelInitializer: VarianceScaling.lecunNormal(seed: seed &+ k)))
            }
            layers.append(try dense(10, .softmax))
        case "mlp-bn-nadam":
            layers += [
                try BatchNormalization(), try dense(300, .relu), try BatchNormalization(),
                try dense(100, .relu), try BatchNormalization(), try dense(10, .softmax),
            ]
        case "mlp-dropout-rmsprop":
            layers += [
                try dense(300, .relu), try Dropout(rate: 0.2, seed: seed &+ 100),
                try dense(100, .relu), try Dropout(rate: 0.2, seed: seed &+ 101),
                try dense(10, .softmax),
            ]
        case "autoencoder":
            layers += [
                try dense(100, .relu), try dense(30, .relu), try dense(100, .relu),
                try dense(784, .sigmoid),
            ]
        default:
            throw BenchError.usage("unknown workload \(workload)")
        }
        return try Sequential(layers)
    }

    /// The workload's optimizer, with `--optimizer`, `--lr`, `--momentum`, `--nesterov` and
    /// `--clipnorm` overriding it.
    static func optimizer(_ o: Options) throws -> any Optimizer {
        var (name, rate, momentum, nesterov, clip): (String, Float, Double, Bool, Float?) =
            switch o.workload {
            case "mlp-nesterov-clip": ("sgd", 0.01, 0.9, true, 1)
            case "mlp-bn-nadam": ("nadam", 0.001, 0, false, nil)
            case "mlp-dropout-rmsprop": ("rmsprop", 0.001, 0, false, nil)
            case "autoencoder": ("adam", 0.001, 0, false, nil)
            default: ("sgd", 0.01, 0, false, nil)
            }
        if let given = o.optimizer, given != name {
            (name, momentum, nesterov) = (given, 0, false)
        }
        if o.learningRateGiven { rate = o.learningRate }
        if let m = o.momentum { momentum = m }
        if let n = o.nesterov { nesterov = n }
        if let c = o.clipNorm { clip = c > 0 ? c : nil }
        switch name {
        case "sgd":
            return try SGD(
                learningRate: rate, momentum: momentum, nesterov: nesterov, clipNorm: clip)
        case "adam": return try Adam(learningRate: rate, clipNorm: clip)
        case "nadam": return try Nadam(learningRate: rate, clipNorm: clip)
        case "rmsprop": return try RMSprop(learningRate: rate, clipNorm: clip)
        case "adamax": return try Adamax(learningRate: rate, clipNorm: clip)
        case "adagrad": return try Adagrad(learningRate: rate, clipNorm: clip)
        default: throw BenchError.usage("unknown optimizer \(name)")
        }
    }

    /// GEMM FLOPs of one training sample: forward, weight gradients, and the input gradients
    /// of every dense layer but the first (of the first too when normalization precedes it),
    /// as in the references' `mlp_flops`.
    static func flops(_ workload: String) -> Double {
        let sizes: [Int]
        switch workload {
        case "deep": sizes = [784] + Array(repeating: 100, count: 100) + [10]
        case "autoencoder": sizes = [784, 100, 30, 100, 784]
        default: sizes = [784, 300, 100, 10]
        }
        let products = zip(sizes.dropLast(), sizes.dropFirst()).map { Double(2 * $0 * $1) }
        let forward = products.reduce(0, +)
        let inputGradients =
            workload == "mlp-bn-nadam" ? forward : products.dropFirst().reduce(0, +)
        return forward * 2 + inputGradients
    }
}

/// Command-line options, named as in the Python references (`--workload`, `--batch`, …).
struct Options {
    var mode = "train"
    var workload = "mlp"
    var batch = 32
    var epochs = 5
    var learningRate: Float = 0.01
    var seed: UInt64 = 42
    var threads = 0
    var evalRepeats = 3
    var evalBatch = 1024
    var out = ""
    var seconds = 0.5
    var blasThreads = 0
    var minimumWork = 0
    /// Split or whole chosen by timing (`Parallelism.adaptive`), not by size alone.
    var adaptive = false
    var gemmLimit = -1
    /// `fit`: train through `Model.fit` of the NeuralNetwork API (every workload); `stack`: the
    /// bespoke `DenseStack` loop (mlp and deep with plain SGD only).
    var api = "fit"
    /// The optimizer settings; `nil` takes the workload's (see `FitWorkload`).
    var optimizer: String?
    var learningRateGiven = false
    var momentum: Double?
    var nesterov: Bool?
    var clipNorm: Float?
    /// Train on the general autodiff path (`fit` with sample weights of ones), for comparison.
    var general = false

    init(_ arguments: [String]) throws {
        var i = 0
        func value() throws -> String {
            i += 1
            guard i < arguments.count else { throw BenchError.usage("missing value") }
            return arguments[i]
        }
        while i < arguments.count {
            switch arguments[i] {
            case "--mode": mode = try value()
            case "--workload": workload = try value()
            case "--batch": batch = Int(try value()) ?? batch
            case "--epochs": epochs = Int(try value()) ?? epochs
            case "--lr":
                learningRate = Float(try value()) ?? learningRate
                learningRateGiven = true
            case "--api": api = try value()
            case "--optimizer": optimizer = try value()
            case "--momentum": momentum = Double(try value())
            case "--nesterov": nesterov = true
            case "--no-nesterov": nesterov = false
            case "--clipnorm": clipNorm = Float(try value())
            case "--general": general = true
            case "--seed": seed = UInt64(try value()) ?? seed
            case "--threads": threads = Int(try value()) ?? threads
            case "--eval-repeats": evalRepeats = Int(try value()) ?? evalRepeats
            case "--eval-batch": evalBatch = Int(try value()) ?? evalBatch
            case "--out": out = try value()
            case "--blas-threads": blasThreads = Int(try value()) ?? blasThreads
            case "--gemm-limit": gemmLimit = Int(try value()) ?? gemmLimit
            case "--min-work": minimumWork = Int(try value()) ?? minimumWork
            case "--adaptive": adaptive = true
            case "--seconds": seconds = Double(try value()) ?? seconds
            default: throw BenchError.usage("unknown option \(arguments[i])")
            }
            i += 1
        }
    }
}

/// A failure of the benchmark itself (bad usage, missing data).
enum BenchError: Error, CustomStringConvertible {
    case usage(String)
    case data(String)

    var description: String {
        switch self {
        case .usage(let m): return "usage: EngineBench [--mode train|sgemm|peak] [options]: \(m)"
        case .data(let m): return "data: \(m)"
        }
    }
}

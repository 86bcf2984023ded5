import Diagnostics
import Foundation
import NeuralNetwork
import Tensors
import Testing

@testable import CellLanguage

/// The cell bindings of ``EngineCatalog``: every entry is a cell type with the engine's labels
/// and defaults, read from the catalogue and not restated.
@Suite struct EngineCatalogBindingTests {
    func run(_ session: Session, _ source: String) -> CellResult {
        session.run(source) { SourceLocation(file: "t.swift", line: $0, column: $1) }
    }

    /// A session whose cells write to a scratch folder of their own.
    func session() -> Session {
        let session = Session(timeLimit: 20)
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("handson-catalog-\(UUID().uuidString)").path
        session.fileAccess = FileAccess(
            readRoots: [scratch], writeRoots: [scratch], baseDirectory: scratch,
            scratchDirectory: scratch)
        return session
    }

    /// A cell argument for a required parameter of `type`.
    static func sample(_ type: CatalogType) -> String {
        switch type {
        case .int, .seed: return "3"
        case .double, .learningRate: return "0.5"
        case .bool: return "true"
        case .string: return "\"x\""
        case .outputPath: return "\"out.csv\""
        case .ints: return "[2]"
        case .doubles: return "[0.1, 0.2]"
        case .activation: return ".relu"
        case .initializer: return ".zeros"
        case .regularizer: return ".l2(0.01)"
        case .constraint: return ".maxNorm(2)"
        case .option(let names): return "." + (names.first ?? "")
        case .function(let arity):
            return "{ " + (0..<arity).map { "a\($0)" }.joined(separator: ", ")
                + " in a\(arity - 1) }"
        }
    }

    /// `Name(required arguments)` as a cell writes it.
    static func call(_ entry: CatalogEntry) -> String {
        let arguments = entry.parameters.filter(\.isRequired).map { p in
            (p.label.map { "\($0): " } ?? "") + sample(p.type)
        }
        return "\(entry.name)(\(arguments.joined(separator: ", ")))"
    }

    /// Adding an entry to the catalogue is all it takes to call it from a cell: every entry is
    /// constructible from a cell with its defaults, and with every argument given.
    @Test(arguments: EngineCatalog.entries.map(\.name))
    func everyEntryIsConstructibleFromACell(_ name: String) throws {
        let entry = try #require(EngineCatalog.entry(named: name))
        let s = session()
        let r = run(s, "let made = \(Self.call(entry))\nprint(made)")
        #expect(r.error == nil, "\(Self.call(entry)): \(r.error?.description ?? "")")
        // Every parameter written out, with a value of its type (defaults where it has one).
        let all = entry.parameters.compactMap { p -> String? in
            if p.type == .learningRate || p.type == .outputPath { return nil }
            let value: String
            switch p.defaultValue {
            case .int(let n)?: value = "\(n)"
            case .double(let d)?: value = "\(d)"
            case .bool(let b)?: value = "\(b)"
            case .string(let t)?: value = "\"\(t)\""
            case .option(let o)?: value = "." + o
            case .none?: return nil
            default: value = Self.sample(p.type)
            }
            return (p.label.map { "\($0): " } ?? "") + value
        }
        let required = entry.parameters.filter { $0.isRequired && ($0.type == .outputPath) }
            .map { p in (p.label.map { "\($0): " } ?? "") + Self.sample(p.type) }
        let full = "\(entry.name)(\((required + all).joined(separator: ", ")))"
        let r2 = run(s, "let again = \(full)")
        #expect(r2.error == nil, "\(full): \(r2.error?.description ?? "")")
    }

    @Test func defaultsAreTheEngines() throws {
        let r = run(
            session(),
            """
            print(SGD().learningRate, Adam().learningRate, RMSprop().learningRate)
            print(LeakyReLU()(Tensor([-1.0])).scalars, Huber().delta, BinaryAccuracy().name)
            print(BinaryCrossentropy().fromLogits, ExponentialDecay(initialLearningRate: 1, decaySteps: 2, decayRate: 0.5)(1))
            """)
        #expect(r.error == nil, "\(r.error?.description ?? "")")
        let swift = [
            "\(SGD.Defaults.learningRate) \(MomentOptimizer.Defaults.learningRate) \(RMSprop.Defaults.learningRate)",
            "[\(Double(-LeakyReLU.defaultNegativeSlope))] \(Huber.defaultDelta) \(BinaryAccuracy.defaultName)",
            "\(CategoricalCrossentropy.defaultFromLogits) \(0.5.squareRoot())",
        ]
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.first == swift[0])
        #expect(lines.dropFirst().first == swift[1])
        #expect(lines.last?.hasPrefix("false 0.7071") == true)
    }

    @Test func aMisspelledLabelIsALocatedErrorNamingTheTypeAndItsLabels() throws {
        for (source, column, wrong) in [
            ("let bn = BatchNormalization(momentun: 0.9)", 29, "momentun"),
            ("let d = Dense(3, activaton: .relu)", 18, "activaton"),
            ("let o = Adam(learningrate: 0.1)", 14, "learningrate"),
        ] {
            let r = run(session(), source)
            let error = try #require(r.error)
            let d = try #require(error.diagnostics.first)
            #expect(d.range.start.line == 1 && d.range.start.column == column, "\(source)")
            #expect(d.message.contains("incorrect argument label"))
            #expect(d.message.contains("\(wrong):"))
            #expect(error.description.hasPrefix("t.swift:1:\(column): error: "))
            let name = String(source.split(separator: "=")[1].dropFirst().prefix { $0 != "(" })
            let entry = try #require(EngineCatalog.entry(named: name))
            #expect(d.message.contains(entry.signature), "\(d.message)")
        }
        let wrongType = try #require(run(session(), "let x = Dense(3, useBias: 1)").error)
        #expect(
            wrongType.description.hasPrefix(
                "t.swift:1:18: error: cannot convert value of type 'Int' to expected argument type 'Bool'"
            ))
        let wrongOption = try #require(
            run(session(), "let x = EarlyStopping(mode: .highest)").error)
        #expect(wrongOption.message == "expected one of .auto, .min, .max, not .highest")
        let wrongMember = try #require(
            run(session(), "let x = Dense(3, kernelInitializer: .heNormal(sed: 1))").error)
        #expect(wrongMember.message.contains("HeNormal(seed:)"))
        let refused = try #require(run(session(), "let x = Huber(delta: -1)").error)
        #expect(refused.message.contains("delta must be positive"))
    }

    /// A model compiled with a loss object and trained in a cell gives the Swift API's numbers.
    @Test func aCellTrainsWithALossObjectAsSwiftDoes() throws {
        let r = run(
            session(),
            """
            let model = Sequential([Dense(1, kernelInitializer: .constant(0.1), inputShape: [2])])
            model.compile(loss: Huber(delta: 2), optimizer: SGD(learningRate: 0.1))
            let x = Tensor([[1.0, 2.0], [3.0, -1.0], [0.5, 0.5], [-2.0, 1.0]])
            let y = Tensor([[3.0], [-1.0], [0.0], [4.0]])
            let history = model.fit(x, y, epochs: 3, batchSize: 2, shuffle: false, verbose: 0)
            for loss in history.history["loss"]! { print(loss) }
            """)
        #expect(r.error == nil, "\(r.error?.description ?? "")")
        let model = try Sequential([
            try Dense(1, kernelInitializer: Constant(0.1), inputShape: [2])
        ])
        try model.compile(loss: try Huber(delta: 2), optimizer: try SGD(learningRate: 0.1))
        let x = try Tensor([[1, 2], [3, -1], [0.5, 0.5], [-2, 1]])
        let y = try Tensor([[3], [-1], [0], [4]])
        let history = try model.fit(x, y, epochs: 3, batchSize: 2, shuffle: false, verbose: 0)
        let swift = try #require(history.history["loss"])
        let cell = r.stdout.split(separator: "\n").compactMap { Double($0) }
        #expect(cell.count == 3)
        #expect(
            zip(cell, swift).allSatisfy { abs($0 - $1) <= 1e-9 * max(1, abs($1)) },
            "\(cell) \(swift)")
        // Huber with δ = 2 is not MSE: the numbers differ from a model trained with "mse".
        #expect(swift[0] > 0)
    }

    @Test func inputShapeOnTheFirstLayerAndMetricsAsValues() {
        let r = run(
            session(),
            """
            print(Sequential([Flatten(inputShape: [28, 28]), Dense(10)]).parameterCount)
            print(Sequential([BatchNormalization(inputShape: [3]), Dense(1)]).parameterCount)
            print(BinaryAccuracy(threshold: 0.5)([1, 0, 1, 1], [0.9, 0.2, 0.3, 0.6]))
            print(RootMeanSquaredError().name)
            """)
        #expect(r.error == nil, "\(r.error?.description ?? "")")
        #expect(r.stdout == "7850\n16\n0.75\nroot_mean_squared_error\n")
    }

    /// A metric value in `compile(metrics:)` is the one the logs report, threshold included.
    @Test func metricValuesInCompile() {
        let r = run(
            session(),
            """
            let model = Sequential([Dense(1, activation: .sigmoid, kernelInitializer: .zeros, inputShape: [1])])
            model.compile(loss: "binary_crossentropy", optimizer: SGD(learningRate: 0), metrics: [BinaryAccuracy(name: "lenient", threshold: 0.4), "binary_accuracy"])
            let history = model.fit([[1.0], [2.0]], [1, 1], epochs: 1, verbose: 0)
            print(history.history["lenient"]!, history.history["binary_accuracy"]!)
            """)
        #expect(r.error == nil, "\(r.error?.description ?? "")")
        // Every prediction is 0.5: above 0.4 (all right), not above Keras's 0.5 (none right).
        #expect(r.stdout == "[1.0] [0.0]\n")
    }
}

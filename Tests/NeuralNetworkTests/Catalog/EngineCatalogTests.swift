import Foundation
import Tensors
import Testing

@testable import NeuralNetwork

@Suite struct EngineCatalogTests {
    /// A value for a required parameter of `type`, accepted by every entry that has one.
    static func sample(_ type: CatalogType) -> CatalogValue {
        switch type {
        case .int, .seed: return .int(3)
        case .double: return .double(0.5)
        case .ints: return .ints([2])
        case .doubles: return .doubles([0.1, 0.2])
        case .string: return .string("x")
        case .outputPath:
            return .string(
                FileManager.default.temporaryDirectory.appendingPathComponent("catalog").path)
        case .function: return .function { $0.last ?? .none }
        case .activation: return .activation(.relu)
        default: return .none
        }
    }

    /// Every entry with its required arguments only.
    static func make(_ entry: CatalogEntry) throws -> CatalogObject {
        var arguments: [String: CatalogValue] = [:]
        for p in entry.parameters where p.isRequired { arguments[p.key] = sample(p.type) }
        return try entry.make(arguments)
    }

    @Test func everyEntryMakesItsKindWithItsDefaults() throws {
        for entry in EngineCatalog.entries {
            let object = try Self.make(entry)
            let kind: CatalogKind =
                switch object {
                case .layer: .layer
                case .loss: .loss
                case .metric: .metric
                case .optimizer: .optimizer
                case .schedule: .schedule
                case .initializer: .initializer
                case .callback: .callback
                }
            #expect(kind == entry.kind, "\(entry.name)")
        }
    }

    @Test func namesAreUnique() {
        let names = EngineCatalog.entries.map(\.name)
        #expect(Set(names).count == names.count)
    }

    /// Every public layer, loss, metric, initializer, schedule, optimizer and callback type in
    /// the engine's sources has an entry, so each is reachable from cells.
    @Test func everyPublicTypeOfTheEngineHasAnEntry() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/NeuralNetwork")
        let bases = [
            "Layer", "MultiInputLayer", "Loss", "Metric", "Initializer", "LearningRateSchedule",
            "DecaySchedule", "BaseOptimizer", "MomentOptimizer", "Callback",
        ]
        // Abstract bases, not made by users.
        let abstract: Set = ["MomentOptimizer"]
        let pattern = try NSRegularExpression(
            pattern: #"public (?:final )?(?:class|struct) (\w+): ([\w, ]+)"#)
        var found: [String] = []
        let files =
            FileManager.default.enumerator(atPath: sources.path)?
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(files.count > 50)
        for file in files {
            let text = try String(
                contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            let range = NSRange(text.startIndex..., in: text)
            for match in pattern.matches(in: text, range: range) {
                guard let name = Range(match.range(at: 1), in: text).map({ String(text[$0]) }),
                    let conformances = Range(match.range(at: 2), in: text).map({ text[$0] })
                else { continue }
                let types = conformances.split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                if types.contains(where: bases.contains), !abstract.contains(name) {
                    found.append(name)
                }
            }
        }
        #expect(found.count >= 40)
        let missing = found.filter { EngineCatalog.entry(named: $0) == nil }.sorted()
        #expect(missing.isEmpty, "no catalogue entry for \(missing)")
    }

    /// A config without its automatic name.
    static func unnamed(_ config: JSONValue) -> JSONValue {
        guard var members = config.objectValue else { return config }
        members["name"] = nil
        return .object(members)
    }

    static func layer(_ name: String, _ arguments: [String: CatalogValue] = [:]) throws -> any Layer
    {
        guard case .layer(let layer)? = try EngineCatalog.entry(named: name)?.make(arguments) else {
            throw TensorError.invalidArgument(operation: name, reason: "not a layer")
        }
        return layer
    }

    @Test func layerDefaultsAreTheSwiftInitializers() throws {
        let swift: [(String, [String: CatalogValue], any Layer)] = [
            ("Dense", ["units": .int(3)], try Dense(3)),
            ("Flatten", [:], Flatten()),
            ("Activation", ["activation": .activation(.tanh)], Activation(.tanh)),
            ("LeakyReLU", [:], try LeakyReLU()),
            ("PReLU", [:], PReLU()),
            ("BatchNormalization", [:], try BatchNormalization()),
            ("Dropout", ["rate": .double(0.25)], try Dropout(rate: 0.25)),
            ("Concatenate", [:], Concatenate()),
            ("Normalization", [:], try Normalization()),
            ("Input", ["shape": .ints([4])], try Input(shape: [4])),
        ]
        for (name, arguments, expected) in swift {
            let made = try Self.layer(name, arguments)
            #expect(made.kind == expected.kind)
            #expect(Self.unnamed(made.config) == Self.unnamed(expected.config), "\(name)")
        }
        let bn = try #require(try Self.layer("BatchNormalization") as? BatchNormalization)
        #expect(bn.momentum == 0.99 && bn.epsilon == 1e-3)
        let leaky = try #require(try Self.layer("LeakyReLU") as? LeakyReLU)
        #expect(leaky.negativeSlope == 0.3)
        let old = try #require(try Self.layer("LeakyReLU", ["alpha": .double(0.1)]) as? LeakyReLU)
        #expect(old.negativeSlope == Float(0.1))
    }

    @Test func optimizerScheduleAndInitializerDefaultsAreTheSwiftInitializers() throws {
        let optimizers: [(String, any Optimizer)] = [
            ("SGD", try SGD()), ("Adagrad", try Adagrad()), ("RMSprop", try RMSprop()),
            ("Adam", try Adam()), ("Adamax", try Adamax()), ("Nadam", try Nadam()),
        ]
        for (name, expected) in optimizers {
            guard case .optimizer(let made)? = try EngineCatalog.entry(named: name)?.make() else {
                Issue.record("\(name) is not an optimizer")
                continue
            }
            #expect(made.config == expected.config, "\(name)")
        }
        let decay = try ExponentialDecay(initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.5)
        guard
            case .schedule(let schedule)? = try EngineCatalog.entry(named: "ExponentialDecay")?
                .make(
                    [
                        "initialLearningRate": .double(0.1), "decaySteps": .int(10),
                        "decayRate": .double(0.5),
                    ])
        else { throw TensorError.invalidArgument(operation: "test", reason: "not a schedule") }
        #expect(schedule.config == decay.config)
        let initializers: [(String, any Initializer)] = [
            ("VarianceScaling", try VarianceScaling()), ("RandomNormal", RandomNormal()),
            ("TruncatedNormal", TruncatedNormal()), ("RandomUniform", RandomUniform()),
            ("Constant", Constant()), ("Zeros", Zeros()), ("Ones", Ones()),
            ("GlorotUniform", VarianceScaling.glorotUniform()),
            ("HeNormal", VarianceScaling.heNormal()),
        ]
        for (name, expected) in initializers {
            guard case .initializer(let made)? = try EngineCatalog.entry(named: name)?.make() else {
                Issue.record("\(name) is not an initializer")
                continue
            }
            #expect(made.config == expected.config, "\(name)")
        }
    }

    @Test func lossMetricAndCallbackDefaultsAreTheSwiftInitializers() throws {
        guard case .loss(let huber as Huber)? = try EngineCatalog.entry(named: "Huber")?.make()
        else { throw TensorError.invalidArgument(operation: "test", reason: "not Huber") }
        #expect(huber.delta == (try Huber()).delta)
        guard
            case .metric(let accuracy as BinaryAccuracy)? = try EngineCatalog.entry(
                named: "BinaryAccuracy")?.make()
        else { throw TensorError.invalidArgument(operation: "test", reason: "not a metric") }
        #expect(accuracy.name == BinaryAccuracy().name)
        #expect(accuracy.threshold == BinaryAccuracy().threshold)
        guard
            case .callback(let stopping as EarlyStopping)? = try EngineCatalog.entry(
                named: "EarlyStopping")?.make()
        else { throw TensorError.invalidArgument(operation: "test", reason: "not EarlyStopping") }
        let swift = try EarlyStopping()
        #expect(stopping.monitor == swift.monitor && stopping.patience == swift.patience)
        #expect(stopping.minDelta == swift.minDelta)
    }

    @Test func badArgumentsThrowNamingTheEntry() {
        let dense = EngineCatalog.entry(named: "Dense")
        #expect(throws: TensorError.self) { try dense?.make([:]) }
        #expect(throws: TensorError.self) { try dense?.make(["units": .int(2), "unit": .int(1)]) }
        #expect(throws: TensorError.self) { try dense?.make(["units": .string("two")]) }
        #expect(throws: TensorError.self) { try dense?.make(["units": .int(0)]) }
        do {
            _ = try dense?.make(["units": .int(2), "activaton": .string("relu")])
        } catch {
            #expect("\(error)".contains("Dense(_:activation:"))
        }
    }

    @Test func inputShapeOnAFirstLayerGivesTheModelItsInput() throws {
        for name in ["Dense", "Flatten", "Dropout", "BatchNormalization", "LeakyReLU"] {
            var arguments: [String: CatalogValue] = ["inputShape": .ints([4])]
            if name == "Dense" { arguments["units"] = .int(2) }
            if name == "Dropout" { arguments["rate"] = .double(0.5) }
            let first = try Self.layer(name, arguments)
            let model = try Sequential([first, try Dense(1)])
            #expect(model.isBuilt, "\(name)")
        }
        let model = try Sequential([Flatten(inputShape: [28, 28]), try Dense(10)])
        #expect(model.parameterCount == 28 * 28 * 10 + 10)
    }
}

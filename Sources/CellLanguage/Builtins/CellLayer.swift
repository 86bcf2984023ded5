import Diagnostics
import NeuralNetwork
import Tensors

/// The engine's view of a cell class derived from `Layer` (Keras's custom layers): the class's
/// `build(_:)` creates weights with `addWeight(shape:initializer:trainable:)` and keeps them in
/// stored properties; its `call(_:)` computes the output from them.
///
/// A training step differentiates with respect to copies of the weights: while it runs the
/// layer, the tensors that the class's properties hold are lent the step's copies and given
/// back afterwards, so `call(_:)` reads like plain Swift and still gets gradients.
final class CellLayer: Layer {
    let instance: Instance
    unowned let interpreter: Interpreter
    let range: SourceRange
    let name: String
    var trainable = true
    private(set) var isBuilt = false
    /// The weights made by `addWeight`, trainable ones first within ``getWeights()``.
    private var weights: [(box: TensorBox, trainable: Bool)] = []
    /// The generator `addWeight` draws from while the layer builds.
    var generator = RandomGenerator(seed: 0)

    init(instance: Instance, interpreter: Interpreter, range: SourceRange) {
        self.instance = instance
        self.interpreter = interpreter
        self.range = range
        self.name = LayerNames.unique(Self.snakeCase(instance.type.name))
    }

    var kind: String { instance.type.name }
    var config: JSONValue { .object(["name": .string(name), "trainable": .bool(trainable)]) }

    private var ordered: [TensorBox] {
        weights.filter(\.trainable).map(\.box) + weights.filter { !$0.trainable }.map(\.box)
    }

    var nonTrainableWeightCount: Int { weights.filter { !$0.trainable }.count }
    var trainableParameterCount: Int {
        trainable ? weights.filter(\.trainable).reduce(0) { $0 + $1.box.tensor.count } : 0
    }
    var nonTrainableParameterCount: Int {
        weights.reduce(0) { $0 + $1.box.tensor.count } - trainableParameterCount
    }

    /// A new weight of `shape` drawn from `initializer` (Keras's `add_weight`).
    func addWeight(shape: [Int], initializer: any Initializer, trainable: Bool) throws -> TensorBox {
        let box = TensorBox(try initializer(shape, using: &generator))
        weights.append((box, trainable))
        return box
    }

    func build(inputShape: [Int], using generator: inout RandomGenerator) throws {
        guard !isBuilt else { return }
        self.generator = generator
        defer { generator = self.generator }
        let overloads = instance.type.methods(named: "build")
        if !overloads.isEmpty {
            var receiver: Value = .instance(instance)
            let label = overloads.first?.parameters.first?.label
            _ = try interpreter.callMethod(
                overloads, receiver: &receiver, [.array(inputShape.map { .int($0) })], labels: [label],
                argumentRanges: [range], literal: [false], range: range)
        }
        isBuilt = true
    }

    func outputShape(for inputShape: [Int]) throws -> [Int] {
        if !isBuilt { try build(inputShape: inputShape, seed: ModelSeeds.next()) }
        return Array(try apply(try Tensor.zeros([1] + inputShape), weights: getWeights(), training: false).shape.dropFirst())
    }

    func apply(_ x: Tensor, weights given: [Tensor], training: Bool) throws -> Tensor {
        let boxes = ordered
        guard given.count == boxes.count else {
            throw TensorError.invalidArgument(operation: name, reason: "expected \(boxes.count) weights, received \(given.count)")
        }
        let own = boxes.map(\.tensor)
        for (box, w) in zip(boxes, given) { box.tensor = w }
        defer { for (box, w) in zip(boxes, own) { box.tensor = w } }
        let result = try Self.runCall(of: instance, interpreter: interpreter, range: range, owner: name, training: training) { _ in
            .object(TensorBox(x))
        }
        let outputs = try Self.tensors(result, from: name)
        guard outputs.count == 1 else {
            throw TensorError.invalidArgument(operation: name, reason: "call(_:) must return one tensor")
        }
        return outputs[0]
    }

    func getWeights() -> [Tensor] { ordered.map(\.tensor) }

    func setWeights(_ new: [Tensor]) throws {
        let boxes = ordered
        guard new.count == boxes.count else {
            throw TensorError.invalidArgument(operation: "\(name).setWeights", reason: "expected \(boxes.count) weights, received \(new.count)")
        }
        for (box, w) in zip(boxes, new) where box.tensor.shape != w.shape {
            throw TensorError.shapeMismatch(operation: "\(name).setWeights", lhs: box.tensor.shape, rhs: w.shape)
        }
        for (box, w) in zip(boxes, new) { box.tensor = w }
    }

    /// Runs the `call(_:)` or `call(_:training:)` method of a cell's subclass; `input` makes the
    /// argument, told whether the method's first parameter is an array (`[Tensor]`).
    static func runCall(
        of instance: Instance, interpreter: Interpreter, range: SourceRange, owner: String, training: Bool,
        input: (_ takesArray: Bool) -> Value
    ) throws -> Value {
        let overloads = instance.type.methods(named: "call")
        guard let method = overloads.first else {
            throw TensorError.invalidArgument(
                operation: owner, reason: "the class '\(instance.type.name)' must override call(_:)")
        }
        var takesArray = false
        if case .array? = method.parameters.first?.type { takesArray = true }
        var values: [Value] = [input(takesArray)]
        var labels: [String?] = [method.parameters.first?.label]
        if method.parameters.count > 1, method.parameters[1].label == "training" {
            values.append(.bool(training))
            labels.append("training")
        }
        var receiver: Value = .instance(instance)
        return try interpreter.callMethod(
            overloads, receiver: &receiver, values, labels: labels, argumentRanges: values.map { _ in range },
            literal: values.map { _ in false }, range: range)
    }

    /// The tensors a cell's `call` returned: one tensor, or an array or tuple of them.
    static func tensors(_ value: Value, from name: String) throws -> [Tensor] {
        switch value {
        case .object(let t as TensorBox): return [t.tensor]
        case .array(let items), .tuple(let items, _):
            return try items.map { item in
                guard case .object(let t as TensorBox) = item else {
                    throw TensorError.invalidArgument(operation: name, reason: "call(_:) must return tensors, not '\(item.typeName)'")
                }
                return t.tensor
            }
        default:
            throw TensorError.invalidArgument(operation: name, reason: "call(_:) must return a Tensor, not '\(value.typeName)'")
        }
    }

    /// `WideAndDeepModel` → `wide_and_deep_model`, Keras's default names.
    static func snakeCase(_ name: String) -> String {
        var out = ""
        for (i, c) in name.enumerated() {
            if c.isUppercase, i > 0 { out += "_" }
            out += c.lowercased()
        }
        return out
    }
}

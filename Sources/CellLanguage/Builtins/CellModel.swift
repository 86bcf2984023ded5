import Diagnostics
import NeuralNetwork
import Tensors

/// The engine's view of a cell class derived from `Model` (Keras's subclassing API): the
/// class's `call(_:)` is the forward pass, and the layers held in its stored properties are the
/// model's layers, trained, counted and saved as in Keras.
final class CellModel: Model {
    let instance: Instance
    unowned let interpreter: Interpreter
    let range: SourceRange
    private var building = false

    init(instance: Instance, interpreter: Interpreter, range: SourceRange) {
        self.instance = instance
        self.interpreter = interpreter
        self.range = range
        super.init(kind: CellLayer.snakeCase(instance.type.name))
    }

    override var kind: String { instance.type.name }

    /// Registers the layers found in the instance's stored properties (also in arrays).
    func trackLayers() throws {
        for value in instance.fields {
            switch try interpreter.engineArgument(value, range: range) ?? value {
            case .object(let o as LayerBox): track(o.layer)
            case .array(let items):
                for case .object(let o as LayerBox) in items { track(o.layer) }
            default: continue
            }
        }
    }

    /// Tracks the layers, then builds them with one forward pass on a zero sample per input.
    override func build(inputShapes: [[Int]]) throws {
        try trackLayers()
        guard !building, layers.contains(where: { !$0.isBuilt }) else { return }
        building = true
        defer { building = false }
        _ = try call(inputShapes.map { try Tensor.zeros([1] + $0) }, training: false)
    }

    override var isBuilt: Bool {
        (try? trackLayers()) != nil && !layers.isEmpty && layers.allSatisfy(\.isBuilt)
    }

    override func call(_ x: Tensor, training: Bool) throws -> Tensor {
        let outputs = try call([x], training: training)
        guard outputs.count == 1 else {
            throw TensorError.invalidArgument(
                operation: name, reason: "call(_:) returned \(outputs.count) tensors where one was expected")
        }
        return outputs[0]
    }

    /// Runs the class's `call(_:)` (or `call(_:training:)`) on the batch: one tensor, or an
    /// array of tensors for a model of several inputs; it returns a tensor or an array of them.
    override func call(_ inputs: [Tensor], training: Bool) throws -> [Tensor] {
        let result = try CellLayer.runCall(of: instance, interpreter: interpreter, range: range, owner: name, training: training) { takesArray in
            takesArray || inputs.count > 1 ? .array(inputs.map { .object(TensorBox($0)) }) : .object(TensorBox(inputs[0]))
        }
        return try CellLayer.tensors(result, from: name)
    }
}

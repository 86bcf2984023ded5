import Diagnostics
import NeuralNetwork

extension BuiltinRegistry {
    /// Subclasses of the engine's `Layer` and `Model` in cells: their engine objects, and
    /// `addWeight(shape:initializer:trainable:)` for a layer's `build(_:)`.
    func registerSubclassing() {
        makeEngineObject = { instance, interpreter, range in
            switch instance.type.decl.engineBase {
            case "Model": return .object(ModelBox(CellModel(instance: instance, interpreter: interpreter, range: range)))
            case "Layer": return .object(LayerBox(CellLayer(instance: instance, interpreter: interpreter, range: range)))
            default: return nil
            }
        }
        let addWeight = Builtin("addWeight", [
            .labeled("shape"), .labeled("initializer", defaulted: true), .labeled("trainable", defaulted: true),
        ]) { inv in
            guard case .object(let o as LayerBox) = inv.receiver, let layer = o.layer as? CellLayer else { return .void }
            let shape = try inv.ints(0)
            guard shape.allSatisfy({ $0 > 0 }) else {
                throw RuntimeError("a weight's shape must have positive sizes, not \(shape)", at: inv.range(0))
            }
            var count = 1
            for n in shape {
                let (product, overflow) = count.multipliedReportingOverflow(by: n)
                count = overflow ? Int.max : product
            }
            try Limits.checkSize(count, what: "a weight", at: inv.range(0))
            let initializer = try inv.initializer(1, default: VarianceScaling.glorotUniform())
            let trainable = inv.value(2) == nil ? true : try inv.bool(2)
            return .object(try Self.tensorCall(inv) { try layer.addWeight(shape: shape, initializer: initializer, trainable: trainable) })
        }
        objectMethods.append { value in
            guard case .object(let o as LayerBox) = value, o.layer is CellLayer else { return [:] }
            return ["addWeight": [addWeight]]
        }
    }
}

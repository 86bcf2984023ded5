import Diagnostics
import NeuralNetwork

extension BuiltinRegistry {
    /// Saving and logging: `model.save(_:)`, `loadModel(_:)`, `model.saveWeights(_:)`,
    /// `model.loadWeights(_:)`, and the `ModelCheckpoint` and `TensorBoard` callbacks. Paths go
    /// through the session's ``FileAccess``: relative ones are written to the scratch folder
    /// and read from it, then from the chapter's folder.
    func registerSaving() {
        let methods: [String: [Builtin]] = [
            "save": [
                modelMethod("save", [.positional(), .labeled("includeOptimizer", defaulted: true)])
                { [unowned self] model, inv in
                    let path = try pathToWrite(inv, 0)
                    let include = inv.value(1) == nil ? true : try inv.bool(1)
                    try Self.tensorCall(inv) { try model.save(path, includeOptimizer: include) }
                    return .void
                }
            ],
            "saveWeights": [
                modelMethod("saveWeights", [.positional()]) { [unowned self] model, inv in
                    let path = try pathToWrite(inv, 0)
                    try Self.tensorCall(inv) { try model.saveWeights(path) }
                    return .void
                }
            ],
            "loadWeights": [
                modelMethod("loadWeights", [.positional()]) { [unowned self] model, inv in
                    let path = try pathToRead(inv, 0)
                    try Self.tensorCall(inv) { try model.loadWeights(path) }
                    return .void
                }
            ],
        ]
        objectMethods.append { value in
            guard case .object(let o) = value, o is ModelBox else { return [:] }
            return methods
        }
        function("loadModel", [.positional(), .labeled("compile", defaulted: true)]) {
            [unowned self] inv in
            let path = try pathToRead(inv, 0)
            let compile = inv.value(1) == nil ? true : try inv.bool(1)
            return .object(
                ModelBox(try Self.tensorCall(inv) { try loadModel(path, compile: compile) }))
        }
    }
}

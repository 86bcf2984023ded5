import Foundation
import Tensors

extension Model {
    /// The format name and version written into weights files.
    static let weightsFormat = (name: "handson.weights", version: "1")

    /// The model's weights as safetensors entries named `layer/index` (`dense/0` is the kernel
    /// of the layer `dense`), layer after layer, with the layer order in the metadata.
    func weightEntries() -> (tensors: [(name: String, tensor: Tensor)], order: [String]) {
        var tensors: [(name: String, tensor: Tensor)] = []
        var order: [String] = []
        for layer in weightedLayers {
            let weights = layer.getWeights()
            guard !weights.isEmpty else { continue }
            order.append(layer.name)
            for (k, w) in weights.enumerated() { tensors.append(("\(layer.name)/\(k)", w)) }
        }
        return (tensors, order)
    }

    /// Writes every weight (trainable or not) to a safetensors file at `path` (Keras's
    /// `save_weights`); the file opens in any safetensors reader. Written atomically.
    public func saveWeights(_ path: String) throws {
        guard isBuilt, !weightedLayers.isEmpty else {
            throw SerializationError.unsupported(
                "the model '\(name)' has no weights yet; build it (give it an Input or call it on data) before saving"
            )
        }
        let (tensors, order) = weightEntries()
        let orderJSON = try JSONValue.array(order.map { .string($0) }).encoded()
        try SafeTensors(
            tensors: tensors,
            metadata: [
                "format": Self.weightsFormat.name, "format_version": Self.weightsFormat.version,
                "layers": orderJSON,
            ]
        ).write(to: path)
    }

    /// Loads weights written by ``saveWeights(_:)`` (or ``save(_:)``) into this model, layer by
    /// layer in order, as Keras does: the layers must have the same number and shapes of
    /// weights, whatever their names. Nothing changes when the file does not fit.
    public func loadWeights(_ path: String) throws {
        try applyWeights(from: SafeTensors.read(from: path), path: path)
    }

    /// Copies the weights of a read file into the model after checking all of them.
    func applyWeights(from file: SafeTensors, path: String) throws {
        guard let format = file.metadata["format"], format.hasPrefix("handson.") else {
            throw SerializationError.incompatible(
                path: path, reason: "the file holds no HandsOn weights (no 'format' metadata)")
        }
        guard let orderText = file.metadata["layers"],
            let order = try? JSONValue.decode(orderText).arrayValue?.compactMap(\.stringValue)
        else {
            throw SerializationError.malformed(
                path: path, reason: "the 'layers' metadata is missing or not a list of names")
        }
        let targets = weightedLayers.filter { !$0.getWeights().isEmpty }
        guard targets.count == order.count else {
            throw SerializationError.mismatch(
                path: path,
                reason:
                    "the file holds the weights of \(order.count) layers but the model '\(name)' has \(targets.count) layers with weights"
            )
        }
        var updates: [(any Layer, [Tensor])] = []
        for (layer, stored) in zip(targets, order) {
            let current = layer.getWeights()
            var weights: [Tensor] = []
            for (k, w) in current.enumerated() {
                guard let t = file["\(stored)/\(k)"] else {
                    throw SerializationError.mismatch(
                        path: path,
                        reason: "weight \(k) of layer '\(stored)' (for '\(layer.name)') is missing")
                }
                guard t.shape == w.shape else {
                    throw SerializationError.mismatch(
                        path: path,
                        reason:
                            "layer '\(layer.name)' expects weight \(k) of shape \(w.shape), the file has \(t.shape) (layer '\(stored)')"
                    )
                }
                weights.append(t)
            }
            guard file["\(stored)/\(current.count)"] == nil else {
                throw SerializationError.mismatch(
                    path: path,
                    reason:
                        "layer '\(stored)' has more weights in the file than '\(layer.name)' has")
            }
            updates.append((layer, weights))
        }
        for (layer, weights) in updates { try layer.setWeights(weights) }
    }
}

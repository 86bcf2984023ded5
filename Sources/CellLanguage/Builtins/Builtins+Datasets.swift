import Diagnostics
import NeuralNetwork
import Tensors

/// The Fashion-MNIST data set as a cell value.
final class FashionMNISTBox: DisplayableObject {
    let data: FashionMNIST

    init(_ data: FashionMNIST) {
        self.data = data
    }

    var typeName: String { "FashionMNIST" }
    var printedDescription: String {
        "FashionMNIST(train: \(data.trainImages.shape), test: \(data.testImages.shape))"
    }
    var display: Display { .text(printedDescription) }
}

extension BuiltinRegistry {
    /// `FashionMNIST.load()` (the real IDX files, raw 0…255 pixels as Keras's `load_data()`;
    /// `scaled: true` divides by 255; a missing or damaged file is a located error),
    /// `FashionMNIST.load(directory:)` (the four files from a folder the cell may read), and the
    /// properties of the loaded set: `trainImages`, `trainLabels`, `testImages`, `testLabels`,
    /// `classNames`.
    func registerDatasets() {
        let parameters: [BuiltinParameter] = [
            .labeled("scaled", defaulted: true), .labeled("directory", defaulted: true),
        ]
        let load = Builtin("load", parameters) { [unowned self] inv in
            let scaled = try inv.optionalBool(0)
            let directory = inv.value(1) == nil ? nil : try pathToRead(inv, 1)
            do {
                let data = try scaled.map { try FashionMNIST.load(scaled: $0, directory: directory) }
                    ?? FashionMNIST.load(directory: directory)
                return .object(FashionMNISTBox(data))
            } catch {
                throw RuntimeError("cannot load Fashion-MNIST: \(error)", at: inv.callRange)
            }
        }
        types["FashionMNIST"] = BuiltinType("FashionMNIST", staticMembers: [
            "load": .function(Function(.builtin([load]), name: "load")),
        ])
        objectProperties.append { name, value in
            guard case .object(let o) = value, let data = (o as? FashionMNISTBox)?.data else { return nil }
            switch name {
            case "trainImages": return Self.box(data.trainImages)
            case "testImages": return Self.box(data.testImages)
            case "trainLabels": return .array(data.trainLabels.map { .int($0) })
            case "testLabels": return .array(data.testLabels.map { .int($0) })
            case "classNames": return .array(data.classNames.map { .string($0) })
            default: return nil
            }
        }
        objectProperties.append { name, value in Self.tensorProperty(name, of: value) }
    }
}

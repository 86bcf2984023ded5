import Diagnostics
import NeuralNetwork

/// Stops `fit` when the cell runs past its time limit, between batches.
final class CellDeadline: Callback {
    let interpreter: Interpreter
    let range: SourceRange

    init(interpreter: Interpreter, range: SourceRange) {
        self.interpreter = interpreter
        self.range = range
    }

    override func onTrainBatchEnd(_ batch: Int, logs: [String: Double]) throws {
        try interpreter.tick(range)
    }
}

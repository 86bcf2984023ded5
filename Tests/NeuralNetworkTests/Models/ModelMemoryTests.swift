import Tensors
import Testing

@testable import NeuralNetwork

/// Models and their layers are freed when nothing refers to them any more (an input and its
/// symbolic tensor, a functional graph, a trained model with its optimizer).
@Suite struct ModelMemoryTests {
    @Test func anInputAndItsSymbolicTensorAreFreed() throws {
        weak var input: Input?
        weak var symbolic: SymbolicTensor?
        do {
            let i = try Input(shape: [2], name: "in")
            input = i
            let held = i.symbolic
            symbolic = held
            #expect(i.symbolic === held, "the same tensor while it is held")
        }
        #expect(input == nil)
        #expect(symbolic == nil)
    }

    @Test func modelsAndTheirLayersAreFreed() throws {
        weak var sequential: Model?
        weak var functional: Model?
        weak var dense: Dense?
        do {
            let d = try Dense(3, name: "d")
            dense = d
            let s = try Sequential([Input(shape: [2], name: "x"), d, Dense(1, name: "out")])
            try s.compile(loss: .mse, optimizer: Adam())
            _ = try s.fit(
                Tensor(shape: [4, 2], scalars: [0, 1, 1, 0, 1, 1, 0, 0]),
                Tensor(shape: [4, 1], scalars: [1, 1, 0, 0]), epochs: 1, verbose: 0)
            sequential = s
            let x = try Input(shape: [2], name: "fx")
            let h = try Dense(4, name: "fh")(x)
            functional = try Model(inputs: x, outputs: try Dense(1, name: "fo")(h))
        }
        #expect(sequential == nil)
        #expect(functional == nil)
        #expect(dense == nil)
    }
}

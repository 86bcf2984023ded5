class StopAfter: Callback {
    let limit: Int
    var epochs: [Int] = []
    init(limit: Int) {
        self.limit = limit
        super.init()
    }
    override func onEpochEnd(_ epoch: Int, logs: [String: Double]) {
        super.onEpochEnd(epoch, logs: logs)
        epochs.append(epoch)
        if epoch + 1 >= limit { model?.stopTraining = true }
    }
    override func onTrainBegin(logs: [String: Double]) {
        print("training for", params["epochs"]!, "epochs")
    }
}
let stopper = StopAfter(limit: 3)
let net = Sequential([Input(shape: [1]), Dense(1)])
net.compile(loss: "mse", optimizer: SGD(learningRate: 0.01))
let run = net.fit(Tensor([[1], [2]]), Tensor([[2], [4]]), epochs: 10, callbacks: [stopper], verbose: 0)
// expect: training for 10 epochs
print(stopper.epochs, run.epoch.count) // expect: [0, 1, 2] 3
// ---
class Ratio: Callback {
    var ratios: [Double] = []
    override func onEpochEnd(_ epoch: Int, logs: [String: Double]) {
        ratios.append(logs["val_loss"]! / logs["loss"]!)
    }
}
class LoudRatio: Ratio {
    override func onEpochEnd(_ epoch: Int, logs: [String: Double]) {
        super.onEpochEnd(epoch, logs: logs)
        print("epoch", epoch, ratios.count)
    }
}
let loud = LoudRatio()
net.fit(Tensor([[1], [2], [3], [4]]), Tensor([[2], [4], [6], [8]]), epochs: 2, validationSplit: 0.5, callbacks: [loud], verbose: 0)
// expect: epoch 0 1
// expect: epoch 1 2
// ---
struct NotAClass: Callback {} // expect error: inheritance from non-protocol type 'Callback'
// ---
class Failing: Callback {
    override func onEpochEnd(_ epoch: Int, logs: [String: Double]) {
        let missing = logs["nope"]! // expect error:23: unexpectedly found nil
    }
}
net.fit(Tensor([[1]]), Tensor([[1]]), callbacks: [Failing()], verbose: 0)
// ---
class MyDense: Layer {
    let units: Int
    var kernel: Tensor? = nil
    var bias: Tensor? = nil
    init(units: Int) {
        self.units = units
        super.init()
    }
    override func build(_ inputShape: [Int]) {
        kernel = addWeight(shape: [inputShape.last!, units])
        bias = addWeight(shape: [units], initializer: Zeros())
    }
    override func call(_ x: Tensor) -> Tensor {
        matmul(x, kernel!) + bias!
    }
}
let reference = Sequential([Input(shape: [2]), Dense(3)])
let custom = Sequential([Input(shape: [2]), MyDense(units: 3)])
print(custom.parameterCount, custom.layers[0].kind) // expect: 9 MyDense
custom.setWeights(reference.getWeights())
let inputs = Tensor([[0, 1], [1, 0], [2, 3], [-1, 1]])
let targets = Tensor([[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 0]])
for m in [reference, custom] {
    m.compile(loss: "mse", optimizer: SGD(learningRate: 0.1, momentum: 0.9))
    m.fit(inputs, targets, epochs: 3, batchSize: 2, shuffle: false, verbose: 0)
}
// The custom layer trains exactly like the built-in one: its gradients flow through call(_:).
print(custom.getWeights() == reference.getWeights(), custom.getWeights()[0] == reference.getWeights()[0]) // expect: true true
// ---
class WideAndDeep: Model {
    let hidden = Dense(8, activation: .relu)
    let concat = Concatenate()
    let out = Dense(1)
    override func call(_ inputs: [Tensor]) -> Tensor {
        out(concat([inputs[0], hidden(inputs[1])]))
    }
}
let wd = WideAndDeep()
wd.compile(loss: "mse", optimizer: Adam(learningRate: 0.05))
let wide = Tensor.randomNormal([64, 2])
let deep = Tensor.randomNormal([64, 3])
let history = wd.fit([wide, deep], wide.sum(alongAxes: [1], keepDims: true) * 2, epochs: 30, verbose: 0)
print(history.history["loss"]!.last! < history.history["loss"]!.first! / 5, wd.parameterCount, wd.layers.count) // expect: true 43 3
print(wd.predict([wide, deep]).shape, wd.name) // expect: [64, 1] wide_and_deep
// ---
class NoCall: Layer {}
let broken = Sequential([Input(shape: [2]), NoCall()]) // expect error: must override call(_:)

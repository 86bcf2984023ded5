// Loss objects as values (expected values by the formulas: Huber ½x² / δ|x| − ½δ², MSE, MAE,
// −log p for the cross-entropies, log 2 and log 3 for zero logits).
let yTrue = Tensor([[0.0], [0.0]])
let yPred = Tensor([[0.5], [2.0]])
let huber = Huber(delta: 1.0)
print(huber(yTrue, yPred)) // expect: 0.8125
print(Huber()(yTrue, yPred).scalar!, Huber(delta: 2)(yTrue, yPred).scalar!) // expect: 0.8125 1.0625
print(MeanSquaredError()(yTrue, yPred), MeanAbsoluteError()(yTrue, yPred)) // expect: 2.125 1.25
print(MeanSquaredError()(yTrue, yPred, sampleWeight: Tensor([1.0, 0.0]))) // expect: 0.125
let bce = BinaryCrossentropy()
print(abs(bce(Tensor([[1.0], [0.0]]), Tensor([[0.8], [0.4]])).scalar! - 0.3669846) < 1e-6) // expect: true
print(BinaryCrossentropy(fromLogits: true)(Tensor([[1.0]]), Tensor([[0.0]]))) // expect: 0.6931472
print(CategoricalCrossentropy()(Tensor([[0.0, 1.0, 0.0]]), Tensor([[0.1, 0.7, 0.2]]))) // expect: 0.35667497
print(SparseCategoricalCrossentropy()([1], Tensor([[0.1, 0.7, 0.2]]))) // expect: 0.35667497
print(SparseCategoricalCrossentropy(fromLogits: true)(Tensor([2.0]), Tensor([[0.0, 0.0, 0.0]]))) // expect: 1.0986123
print(huber.delta, huber.name, bce.fromLogits) // expect: 1.0 huber_loss false
// ---
Huber(delta: -1) // expect error: delta must be positive
// ---
BinaryCrossentropy(fromLogits: 1) // expect error: cannot convert value of type 'Int'
// ---
MeanSquaredError()(Tensor([1.0, 2.0]), Tensor([1.0, 2.0, 3.0])) // expect error: mean_squared_error
// ---
// A loss value compiles and trains; the same as the string.
let x = Tensor([[0.0], [1.0], [2.0], [3.0]])
let y = Tensor([[1.0], [3.0], [5.0], [7.0]])
var losses: [Double] = []
for loss in [Huber(delta: 1.0), Huber()] {
    seed(7)
    let model = Sequential([Input(shape: [1]), Dense(1)])
    model.compile(loss: loss, optimizer: SGD(learningRate: 0.05))
    losses.append(model.fit(x, y, epochs: 3, verbose: 0).history["loss"]!.last!)
}
seed(7)
let byName = Sequential([Input(shape: [1]), Dense(1)])
byName.compile(loss: "huber", optimizer: SGD(learningRate: 0.05))
print(losses[0] == losses[1], losses[0] == byName.fit(x, y, epochs: 3, verbose: 0).history["loss"]!.last!) // expect: true true
// ---
// toCategorical and oneHot on labels in an array or a tensor.
print(toCategorical([0, 2, 1])) // expect: [[1.0, 0.0, 0.0],
// expect:  [0.0, 0.0, 1.0],
// expect:  [0.0, 1.0, 0.0]]
print(toCategorical(Tensor([1.0, 0.0]), classes: 3).shape) // expect: [2, 3]
print(Tensor.oneHot(Tensor([2.0]), classes: 4)) // expect: [[0.0, 0.0, 1.0, 0.0]]
print(Tensor.oneHot([1], classes: 2)) // expect: [[0.0, 1.0]]
// ---
toCategorical([0, -1]) // expect error: -1
// ---
// The book's Fashion-MNIST model: Flatten(inputShape:), identity of fetched layers, summary().
let hidden1 = Dense(300, activation: .relu)
let model = Sequential([
    Flatten(inputShape: [28, 28]), hidden1, Dense(100, activation: .relu), Dense(10, activation: .softmax),
])
print(model.parameterCount) // expect: 266610
print(model.layers[1] === hidden1, model.getLayer(named: hidden1.name) === hidden1) // expect: true true
print(model.layers[1] === model.layers[1], model.layers[0] === hidden1, model.layers[2] !== hidden1) // expect: true false true
let opt = SGD()
model.compile(loss: "sparse_categorical_crossentropy", optimizer: opt)
print(model.optimizer === opt) // expect: true
print(hidden1.trainableWeights.count, hidden1.nonTrainableWeights.count, hidden1.weights.count) // expect: 2 0 2
print(hidden1.trainableWeights[0].shape) // expect: [784, 300]
// ---
let bn = BatchNormalization()
let normalized = Sequential([Input(shape: [4]), bn])
print(bn.trainableWeights.count, bn.nonTrainableWeights.count) // expect: 2 2
print(normalized.trainableWeights.count, normalized.nonTrainableWeights.count) // expect: 2 2
print(Sequential([Dense(30, inputShape: [8]), Dense(1)]).parameterCount) // expect: 301
// ---
// summary() prints where it is called: as a statement, in a function, in a loop.
let small = Sequential([Input(shape: [3]), Dense(2, name: "only")], name: "small")
func describe(_ m: Sequential) {
    m.summary()
}
describe(small)
// expect: Model: "small"
// expect: ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
// expect: ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
// expect: ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
// expect: │ only (Dense)                    │ (None, 2)              │             8 │
// expect: └─────────────────────────────────┴────────────────────────┴───────────────┘
// expect:  Total params: 8 (32.00 B)
// expect:  Trainable params: 8 (32.00 B)
// expect:  Non-trainable params: 0 (0.00 B)
print("after") // expect: after
// ---
// The functional concatenate beside Concatenate().
let wide = Input(shape: [2])
let deep = Dense(3)(Input(shape: [4]))
print(concatenate([wide, deep]).shape) // expect: [5]
print(concatenate([Tensor([[1.0, 2.0]]), Tensor([[3.0]])])) // expect: [[1.0, 2.0, 3.0]]
print(concatenate([Tensor([[1.0], [2.0]]), Tensor([[3.0], [4.0]])], axis: 1).shape) // expect: [2, 2]
// ---
concatenate([Tensor([[1.0, 2.0]]), Tensor([3.0])]) // expect error: Concatenate
// ---
concatenate([Tensor([[1.0]]), Tensor([[2.0]])], axis: 0) // expect error: batch axis
// ---
// Regularizers and constraints with Keras's names (values checked against Keras in
// RegularizationTests).
let regularized = Sequential([
    Input(shape: [3]),
    Dense(2, activation: .tanh, kernelRegularizer: .l2(0.01), kernelConstraint: .maxNorm(1.0)),
    Dense(1, kernelRegularizer: .l1l2(l1: 0.1, l2: 0.05)),
])
regularized.layers[0].setWeights([Tensor([[0.9, -0.4], [0.3, 0.8], [-0.7, 0.5]]), Tensor([0.1, -0.2])])
regularized.layers[1].setWeights([Tensor([[1.2], [-0.6]]), Tensor([0.05])])
regularized.compile(loss: "mse", optimizer: SGD(learningRate: 0.1))
let features = Tensor([[0.5, -1.0, 2.0], [1.5, 0.5, -0.5], [-1.0, 2.0, 1.0], [0.0, -0.5, 1.5]])
let targets = Tensor([[1.0], [-2.0], [0.5], [3.0]])
func rounded(_ x: Double) -> Double { (x * 1e4).rounded() / 1e4 }
print(rounded(regularized.evaluate(features, targets).loss)) // expect: 9.1586
let fitted = regularized.fit(features, targets, epochs: 3, batchSize: 2, shuffle: false, verbose: 0)
print(fitted.history["loss"]!.map(rounded)) // expect: [7.6766, 3.9192, 3.1482]
print(Dense(2, kernelRegularizer: .l1(0.01), kernelConstraint: .maxNorm).name.hasPrefix("dense")) // expect: true
print(Dense(2, kernelRegularizer: .l2, kernelConstraint: .maxNorm(2, axis: 1)).units) // expect: 2
// ---
Dense(2, kernelRegularizer: .l3(0.1)) // expect error: cannot convert value of type '.l3(…)'
// ---
Dense(2, kernelRegularizer: .l2(-0.1)) // expect error: l2 must be a non-negative number
// ---
Dense(2, kernelConstraint: .maxNorm("big")) // expect error: expected a number
// ---
// Optimizers on variables: the book's gradient clipping example.
let v = Variable([0.0, 0.0])
SGD(learningRate: 1, clipValue: 1.0).applyGradients([(Tensor([0.9, 100.0]), v)])
print(v.value) // expect: [-0.9, -1.0]
let w = Variable(Tensor([0.0, 0.0]), name: "w")
let clipper = SGD(learningRate: 1, clipNorm: 1.0)
clipper.applyGradients(zip([Tensor([0.9, 100.0])], [w]).map { ($0, $1) })
print(w.value) // expect: [-0.008999635, -0.99995947]
print(w.name, w.shape, clipper.iterations) // expect: w [2] 1
w.assign(Tensor([1.0, 2.0]))
print(w) // expect: <Variable name=w, shape=[2], value=[1.0, 2.0]>
print(gradients(of: { p in (p[0] * p[0]).sum() }, wrt: [w])[0]) // expect: [2.0, 4.0]
// ---
let u = Variable([0.0, 0.0])
SGD().applyGradients([(Tensor([1.0, 2.0, 3.0]), u)]) // expect error: applyGradients
// ---
u.assign(Tensor([1.0])) // expect error: assign
// ---
SGD().applyGradients([(u, Tensor([1.0, 2.0]))]) // expect error: [(Tensor, Variable)]

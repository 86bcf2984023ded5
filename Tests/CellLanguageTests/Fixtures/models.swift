setSeed(1)
let x = Tensor([[0, 0], [0, 1], [1, 0], [1, 1]])
let y = Tensor([[0], [1], [1], [0]])
let model = Sequential([Input(shape: [2]), Dense(8, activation: .tanh, name: "hidden"), Dense(1, activation: .sigmoid)])
model.compile(loss: "binary_crossentropy", optimizer: SGD(learningRate: 0.5), metrics: ["accuracy"])
let history = model.fit(x, y, epochs: 400, batchSize: 4, verbose: 0)
print(history.history["loss"]!.count, history.epoch.count) // expect: 400 400
print(history.history["loss"]!.last! < history.history["loss"]!.first!) // expect: true
print(model.predict(x).shape) // expect: [4, 1]
print(model.getLayer(named: "hidden").getWeights().map { $0.shape }) // expect: [[2, 8], [8]]
// ---
let frozen = Dense(3, activation: .relu)
frozen.trainable = false
print(frozen.trainable) // expect: false
// ---
let input = Input(shape: [4])
let hidden = Dense(5, activation: .relu)(input)
let output = Dense(2, activation: .softmax)(hidden)
let functional = Model(inputs: [input], outputs: [output])
functional.compile(loss: "sparse_categorical_crossentropy", optimizer: SGD(learningRate: 0.1), metrics: ["accuracy"])
let xs = Tensor.randomNormal([16, 4])
let ys = Tensor([0, 1, 0, 1, 1, 0, 0, 1, 1, 1, 0, 0, 1, 0, 1, 0])
var epochsSeen: [Int] = []
let log = LambdaCallback(onEpochEnd: { epoch, logs in epochsSeen.append(epoch) })
let h = functional.fit(xs, ys, epochs: 3, batchSize: 8, validationSplit: 0.25, callbacks: [log], verbose: 0)
print(epochsSeen) // expect: [0, 1, 2]
print(h.history.keys.sorted()) // expect: ["accuracy", "loss", "val_accuracy", "val_loss"]
// ---
let stopper = EarlyStopping(monitor: "loss", patience: 1)
let m2 = Sequential([Input(shape: [1]), Dense(1)])
m2.compile(loss: "mse", optimizer: SGD(learningRate: 0.0))
let flat = m2.fit(Tensor([[1], [2]]), Tensor([[1], [2]]), epochs: 10, callbacks: [stopper], verbose: 0)
print(flat.epoch) // expect: [0, 1]
// ---
let wrong = Dense(3, activaton: .relu) // expect error:22: incorrect argument label in call (have '_:activaton:', expected '_:activation:'); did you mean 'activation'?
// ---
let notCompiled = Sequential([Input(shape: [1]), Dense(1)])
notCompiled.fit(Tensor([[1]]), Tensor([[1]])) // expect error: compile
// ---
let adam = Adam(learningRate: 0.01, beta1: 0.8, clipNorm: 1.0)
print(adam.name, adam.learningRate) // expect: Adam 0.01
let decay = ExponentialDecay(initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.5)
print(decay(0), decay(10), decay(20)) // expect: 0.1 0.05 0.025
let scheduled = SGD(learningRate: decay, momentum: 0.9, nesterov: true)
let regression = Sequential([Input(shape: [1]), Dense(1)])
regression.compile(loss: "mse", optimizer: "adam")
regression.compile(loss: "mse", optimizer: scheduled)
regression.fit(Tensor([[1], [2]]), Tensor([[1], [2]]), epochs: 2, batchSize: 1, verbose: 0)
print(scheduled.iterations) // expect: 4
// ---
let tooFast = SGD(learningRate: 0.1, momentum: 1.5) // expect error: momentum
// ---
let mystery = Sequential([Dense(1)])
mystery.compile(loss: "mse", optimizer: "adamw") // expect error:30: unknown optimizer 'adamw'

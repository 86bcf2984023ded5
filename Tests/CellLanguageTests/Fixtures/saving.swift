let folder = "saving" // relative: in the session's scratch folder
let model = Sequential([Input(shape: [2]), Dense(4, activation: .relu), Dense(1)])
model.compile(loss: "mse", optimizer: Adam(learningRate: 0.01))
let x = Tensor([[0, 1], [1, 0], [1, 1], [0, 0]])
let y = Tensor([[1], [1], [0], [0]])
let best = ModelCheckpoint(folder + "/best-{epoch:02d}.safetensors", monitor: "loss", saveBestOnly: true)
model.fit(x, y, epochs: 3, callbacks: [best, TensorBoard(logDir: folder + "/logs")], verbose: 0)
model.save(folder + "/model.safetensors")
let again = loadModel(folder + "/model.safetensors")
print(again.predict(x) == model.predict(x), again.layers.count) // expect: true 2
model.saveWeights(folder + "/weights.safetensors")
let twin = cloneModel(model)
twin.loadWeights(folder + "/weights.safetensors")
print(twin.predict(x) == model.predict(x)) // expect: true
// ---
let weightsOnly = loadModel(folder + "/weights.safetensors") // expect error:19: the file holds only weights

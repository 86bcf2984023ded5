let mlp = Sequential([
    Input(shape: [28, 28]), Flatten(), BatchNormalization(),
    Dense(300, activation: .relu), BatchNormalization(),
    Dense(100, activation: .relu), BatchNormalization(),
    Dense(10, activation: .softmax),
])
print(mlp.parameterCount, mlp.trainableParameterCount, mlp.nonTrainableParameterCount) // expect: 271346 268978 2368
// ---
let leaky = Sequential([Input(shape: [4]), Dense(3), LeakyReLU(negativeSlope: 0.2), Dense(2), PReLU(), Dropout(rate: 0.5), Activation(.softmax)])
print(leaky.parameterCount) // expect: 25
// ---
let norm = Normalization()
norm.adapt(Tensor([[1, 10], [3, 30]]))
print(norm(Tensor([[2, 20]])).scalars) // expect: [0.0, 0.0]
// ---
let wide = Input(shape: [2])
let deep = Input(shape: [3])
let hidden = Dense(4, activation: .relu)(deep)
let joined = Concatenate()([wide, hidden])
let out = Dense(1)(joined)
let wideAndDeep = Model(inputs: [wide, deep], outputs: [out])
print(wideAndDeep.parameterCount) // expect: 23
let twin = cloneModel(wideAndDeep)
print(twin.parameterCount, twin.layers.count) // expect: 23 5
// ---
let bad = Dropout(rate: 1.5) // expect error: rate must be in [0, 1)

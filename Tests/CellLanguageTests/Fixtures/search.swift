let x = Tensor.randomNormal([40, 2])
let y = x.sum(alongAxes: [1], keepDims: true)
var space = SearchSpace()
space.choice("units", [4, 8])
space.intRange("layers", 1...3)
space.logUniform("learningRate", 1e-3...1e-1)
var built = 0
let search = RandomSearch(space: space, trials: 3, objective: "val_loss", seed: 7) { hp in
    built += 1
    let model = Sequential([Input(shape: [2])])
    for _ in 0..<hp.int("layers") { model.add(Dense(hp.int("units"), activation: .relu)) }
    model.add(Dense(1))
    model.compile(loss: "mse", optimizer: Adam(learningRate: hp.double("learningRate")))
    return model
}
let results = search.run(x, y, epochs: 2, validationSplit: 0.25)
print(built, results.trials.count) // expect: 3 3
print(results.best!.score <= results.trials.last!.score) // expect: true
print(results.table.hasPrefix("trial  units  layers  learningRate  val_loss")) // expect: true
// ---
let fixed = SearchSpace()
fixed.choice("a", [1]) // expect error:1: cannot use mutating member on immutable value: 'fixed' is a 'let' constant
// ---
var empty = SearchSpace()
empty.intRange("n", 3..<3) // expect error: intRange needs a non-empty range
// ---
var s = SearchSpace()
s.choice("units", [8])
let bad = RandomSearch(space: s, trials: 1, build: { hp in 42 }) // expect error:45: the build closure must return a compiled Model, not 'Int'
bad.run(x, y, validationSplit: 0.5)

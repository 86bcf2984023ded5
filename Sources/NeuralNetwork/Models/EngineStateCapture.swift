import Tensors

/// The mutable state of engine objects — layers' weights, trainability and random generators,
/// models' layer lists, compile settings, counters and shuffling generator, optimizers' rates,
/// iteration counts and per-variable buffers, histories — captured by value, to be put back
/// into the same objects later.
///
/// A notebook session takes one after each cell, so a changed cell can re-run from itself: the
/// objects keep their identity (every variable that refers to a layer still refers to the one
/// inside its model) and get back exactly the numbers they held, whatever later cells trained.
/// Weights and buffers are copied when captured, never shared with the live objects.
///
/// Not captured: a layer that was not built yet when captured stays built after a restore
/// (with the weights it has then), and callbacks' own counters, which `fit` resets when
/// training begins.
public struct EngineStateCapture {
    private var restorers: [() -> Void] = []
    private var seen: Set<ObjectIdentifier> = []

    public init() {}

    /// Puts every captured object back into its captured state.
    public func restore() {
        for restore in restorers { restore() }
    }

    /// Whether `object` was captured already (each object is captured once).
    private mutating func firstVisit(_ object: AnyObject) -> Bool {
        seen.insert(ObjectIdentifier(object)).inserted
    }

    /// Captures a layer's weights (copied), trainability and random generator.
    public mutating func add(layer: any Layer) {
        guard firstVisit(layer) else { return }
        let built = layer.isBuilt
        let weights = built ? layer.getWeights().map(Self.copy) : []
        let trainable = layer.trainable
        let random = (layer as? any RandomizedLayer)?.generatorState
        restorers.append {
            layer.trainable = trainable
            if built { try? layer.setWeights(weights.map(Self.copy)) }
            if let random, let randomized = layer as? any RandomizedLayer {
                randomized.generatorState = random
            }
        }
    }

    /// Captures a model: its layers, layer list and graph, compile settings (and their
    /// optimizer), counters and shuffling generator.
    public mutating func add(model: Model) {
        guard firstVisit(model) else { return }
        for layer in model.layers { add(layer: layer) }
        for layer in model.trackedLayers { add(layer: layer) }
        if let optimizer = model.compiled?.optimizer { add(optimizer: optimizer) }
        let structure = model.structure
        let compiled = model.compiled
        let stopTraining = model.stopTraining
        let shuffler = model.shuffler
        let epochs = model.epochsTrained
        let fused = model.lastFitWasFused
        restorers.append {
            model.structure = structure
            model.compiled = compiled
            model.stopTraining = stopTraining
            model.shuffler = shuffler
            model.epochsTrained = epochs
            model.lastFitWasFused = fused
        }
    }

    /// Captures an optimizer's rate or schedule, iteration count and buffers (copied).
    public mutating func add(optimizer: any Optimizer) {
        guard firstVisit(optimizer), let base = optimizer as? BaseOptimizer else { return }
        let restoreBase = base.captureState()
        restorers.append(restoreBase)
    }

    /// Captures a history's logs.
    public mutating func add(history: History) {
        guard firstVisit(history) else { return }
        let logs = history.history
        let epoch = history.epoch
        let params = history.params
        let keys = history.keys
        restorers.append {
            history.history = logs
            history.epoch = epoch
            history.params = params
            history.keys = keys
        }
    }

    static func copy(_ t: Tensor) -> Tensor {
        (try? Tensor(shape: t.shape, scalars: t.scalars)) ?? t
    }
}

/// A layer that draws random numbers while it computes (dropout masks, RReLU slopes): its
/// generator's position is part of its state.
protocol RandomizedLayer: Layer {
    var generatorState: RandomGenerator.State { get set }
}

extension Model {
    /// The parts of a model that `add`, `pop` and building change: its inputs, outputs, graph
    /// and tracked layers (and a Sequential's stack).
    struct Structure {
        var inputs: [Input]
        var outputs: [SymbolicTensor]
        var graph: [SymbolicTensor]
        var trackedLayers: [any Layer]
        var stack: [any Layer]?
        var input: Input??
    }

    var structure: Structure {
        get {
            let s = self as? Sequential
            return Structure(
                inputs: inputs, outputs: outputs, graph: graph, trackedLayers: trackedLayers,
                stack: s?.stackLayers, input: s.map { $0.inputLayer })
        }
        set {
            inputs = newValue.inputs
            outputs = newValue.outputs
            graph = newValue.graph
            trackedLayers = newValue.trackedLayers
            if let s = self as? Sequential, let stack = newValue.stack, let input = newValue.input {
                s.restoreStack(stack, input: input)
            }
        }
    }
}

extension BaseOptimizer {
    /// A closure that puts the optimizer back to its present rate, schedule, iteration count
    /// and buffers (copied now).
    func captureState() -> () -> Void {
        let rate = constantRateValue
        let schedule = self.schedule
        let iterations = self.iterations
        let state = stateTensors().map { ($0.name, EngineStateCapture.copy($0.tensor)) }
        let hadSlots = !slots.isEmpty
        return { [self] in
            if hadSlots {
                try? loadState(Dictionary(state, uniquingKeysWith: { a, _ in a }))
            } else {
                slots = []
            }
            restoreRate(rate, schedule: schedule)
            self.iterations = iterations
        }
    }
}

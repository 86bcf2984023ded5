import NeuralNetwork
import SwiftOperators
import Tensors

/// The state of a session after a cell, so a changed cell can re-run from itself instead of
/// from the chapter's start (the preview loop builds on this).
///
/// Values with value semantics (numbers, strings, arrays, dictionaries, structs) are captured
/// as they are. Everything with reference semantics that the variables reach — class instances'
/// fields, the variables that closures captured, and the engine objects (models, layers,
/// optimizers, histories, tensors) — is captured by value too and put back into the same
/// objects on restore, so a model that a later cell trained returns to the weights, optimizer
/// buffers and shuffling position it had, and resuming gives the numbers of a fresh run.
public struct SessionSnapshot {
    let globals: GlobalTable.Snapshot
    let slots: [Value]
    let random: SplitMix64
    let tensorRandom: RandomGenerator
    let engine: EngineContext.State
    let objects: ObjectStateCapture
    let operators: OperatorTable

    /// What the variables reach that a restore cannot put back (an object whose state the
    /// snapshot does not capture, a layer not built yet), as `name: what`; a resume must not
    /// start from a snapshot with any.
    public var uncaptured: [String] { objects.uncaptured }
    /// Whether restoring gives back everything the variables reach.
    public var isComplete: Bool { objects.uncaptured.isEmpty }
}

extension Session {
    /// Captures the names, their values, the objects they reach, and every random sequence.
    public func snapshot() -> SessionSnapshot {
        var objects = ObjectStateCapture()
        var names: [Int: String] = [:]
        for name in globals.names {
            if case .global(let slot)? = globals.lookup(name)?.binding { names[slot] = name }
        }
        for (slot, value) in interpreter.globals.slots.enumerated() {
            objects.root = names[slot] ?? "a hidden value"
            objects.visit(value)
        }
        return SessionSnapshot(
            globals: globals.snapshot(), slots: interpreter.globals.slots, random: registry.random,
            tensorRandom: registry.tensorRandom, engine: engine.state, objects: objects,
            operators: operators)
    }

    /// Returns the session, and the objects its variables reached, to a captured state.
    public func restore(_ snapshot: SessionSnapshot) {
        globals.restore(snapshot.globals)
        interpreter.globals.slots = snapshot.slots
        registry.random = snapshot.random
        registry.tensorRandom = snapshot.tensorRandom
        engine.restore(snapshot.engine)
        snapshot.objects.restore()
        operators = snapshot.operators
    }
}

/// The reference-semantics state that cell values reach, captured by value (see
/// ``SessionSnapshot``).
struct ObjectStateCapture {
    private var engine = EngineStateCapture()
    private var restorers: [() -> Void] = []
    private var seen: Set<ObjectIdentifier> = []
    /// What a restore cannot put back, as `variable: what` (see ``SessionSnapshot/uncaptured``).
    private(set) var uncaptured: [String] = []
    /// The variable being visited, for ``uncaptured``.
    var root = ""

    func restore() {
        for restore in restorers { restore() }
        engine.restore()
    }

    private mutating func firstVisit(_ object: AnyObject) -> Bool {
        seen.insert(ObjectIdentifier(object)).inserted
    }

    private mutating func visitAll<S: Sequence<Value>>(_ values: S) {
        for value in values { visit(value) }
    }

    /// Captures what `value` refers to, and what that refers to in turn.
    mutating func visit(_ value: Value) {
        switch value {
        case .array(let items): visitAll(items)
        case .dictionary(let d, _): visitAll(d.values)
        case .tuple(let items, _): visitAll(items)
        case .some(let wrapped): visit(wrapped)
        case .structValue(_, let fields): visitAll(fields)
        case .symbolCall(_, let arguments, _): visitAll(arguments)
        case .instance(let instance):
            guard firstVisit(instance) else { return }
            let fields = instance.fields
            restorers.append { instance.fields = fields }
            visitAll(fields)
        case .function(let function):
            switch function.body {
            case .user(_, let captured):
                visit(frame: captured)
            case .overloads(let list):
                for entry in list { visit(frame: entry.captured) }
            case .method(_, let receiver), .bound(_, let receiver): visit(receiver)
            case .builtin: break
            }
        case .object(let object):
            visit(object: object)
        default:
            break
        }
    }

    /// Captures a closure's frame and the frames around it.
    private mutating func visit(frame captured: Frame?) {
        var frame = captured
        while let f = frame, firstVisit(f) {
            let slots = f.slots
            restorers.append { f.slots = slots }
            visitAll(slots)
            frame = f.parent
        }
    }

    private mutating func visit(object: AnyObject) {
        switch object {
        case let box as ModelBox: visit(model: box.model)
        case let box as LayerBox: visit(layer: box.layer)
        case let box as OptimizerBox: engine.add(optimizer: box.optimizer)
        case let box as HistoryBox: engine.add(history: box.history)
        case let box as TensorBox:
            guard firstVisit(box) else { return }
            let tensor = box.tensor
            restorers.append { box.tensor = tensor }
        case let box as VariableBox:
            guard firstVisit(box) else { return }
            let variable = box.variable
            let value = variable.value
            restorers.append { variable.value = value }
        case let box as PerceptronBox:
            guard firstVisit(box) else { return }
            let perceptron = box.perceptron
            let state = perceptron.state
            restorers.append { perceptron.state = state }
        case let box as CallbackBox:
            // A callback's counters start again when `fit` begins; a cell's own subclass is an
            // instance, captured with its fields.
            if let cell = box.callback as? CellCallback { visit(.instance(cell.instance)) }
        case let box as RecordBox:
            visitAll(box.fields.map(\.1))
        case is AxesBox, is FigureBox, is SearchSpaceBox, is HyperparametersBox,
            is SearchResultsBox, is CSVTableBox, is ScheduleBox, is LossBox, is InitializerBox,
            is ActivationBox, is EvaluationBox, is SymbolicBox, is FashionMNISTBox:
            // Values: nothing in them changes after they are made.
            break
        default:
            guard firstVisit(object) else { return }
            let name = (object as? any DisplayableObject)?.typeName ?? "\(type(of: object))"
            uncaptured.append("\(root): a \(name), whose state a snapshot does not capture")
        }
    }

    private mutating func visit(model: Model) {
        engine.add(model: model)
        if let cell = model as? CellModel { visit(.instance(cell.instance)) }
        for layer in model.layers { visit(layer: layer) }
    }

    private mutating func visit(layer: any Layer) {
        if !layer.isBuilt, firstVisit(layer) {
            uncaptured.append("\(root): the layer '\(layer.name)', not built yet")
        }
        engine.add(layer: layer)
        if let cell = layer as? CellLayer { visit(.instance(cell.instance)) }
    }
}

extension Session {
    /// The variables the cells declared, sorted by name, with their types (`:vars` in the REPL).
    public func variables() -> [(name: String, type: String)] {
        globals.names.compactMap { name -> (String, String)? in
            guard case .global(let slot)? = globals.lookup(name)?.binding,
                slot < interpreter.globals.slots.count
            else { return nil }
            let value = interpreter.globals.slots[slot]
            if case .void = value { return nil }
            return (name, value.typeName)
        }.sorted { $0.0 < $1.0 }
    }
}

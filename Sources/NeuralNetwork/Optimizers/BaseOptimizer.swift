import Tensors

/// The machinery every optimizer shares (Keras's `BaseOptimizer`): the learning rate or its
/// schedule, the iteration count, gradient clipping, and the per-variable buffers kept by
/// position in the variables list.
///
/// A concrete optimizer names its buffers (``slotNames``), says how they start
/// (``initialSlotValues``) and updates one variable at a time in ``update(_:_:_:_:)``, a loop
/// over the elements calling its pure per-parameter rule. Each update goes: learning rate of
/// this step (schedule(k) for the k-th update, k from 0) → clipped gradients → ``beginStep(_:)``
/// → every variable in order → `iterations += 1`.
public class BaseOptimizer: Optimizer {
    /// The constant learning rate, when there is no schedule.
    private var constantRate: Float
    /// The learning-rate schedule, when the rate depends on the step.
    public private(set) var schedule: (any LearningRateSchedule)?
    /// The number of updates applied so far (Keras's `iterations`).
    public var iterations = 0
    /// Each gradient component is clipped to [−clipValue, clipValue].
    public let clipValue: Float?
    /// Each variable's gradient is rescaled to an L2 norm of at most `clipNorm`.
    public let clipNorm: Float?
    /// All gradients together are rescaled to a joint L2 norm of at most `globalClipNorm`.
    public let globalClipNorm: Float?
    /// The buffers of each variable, by position.
    var slots: [OptimizerSlots] = []
    /// Reused storage for clipped gradients.
    private var scratch: [Float] = []
    /// The step being applied through a ``sink(for:)``, between its start and
    /// ``endSinkStep()``.
    var sinkStep: OptimizerStep?

    /// Validates and stores the settings every optimizer shares.
    init(
        rate: LearningRateSource, clipValue: Float?, clipNorm: Float?, globalClipNorm: Float?
    ) throws {
        switch rate {
        case .constant(let value):
            try Self.checkRate(value, owner: Self.kind)
            constantRate = value
            schedule = nil
        case .schedule(let s):
            constantRate = s(0)
            schedule = s
        }
        for (label, value) in [
            ("clipValue", clipValue), ("clipNorm", clipNorm), ("globalClipNorm", globalClipNorm),
        ] {
            if let value, !(value.isFinite && value > 0) {
                throw TrainingError.invalidArgument(
                    "\(Self.kind): `\(label)` must be a positive number. Received: "
                        + "\(label)=\(value)")
            }
        }
        let given = [clipValue, clipNorm, globalClipNorm].compactMap { $0 }.count
        guard given <= 1 else {
            throw TrainingError.invalidArgument(
                "\(Self.kind): only one of `clipNorm`, `clipValue` and `globalClipNorm` can be "
                    + "set. Received: clipNorm=\(Self.text(clipNorm)), "
                    + "clipValue=\(Self.text(clipValue)), "
                    + "globalClipNorm=\(Self.text(globalClipNorm))")
        }
        self.clipValue = clipValue
        self.clipNorm = clipNorm
        self.globalClipNorm = globalClipNorm
    }

    // MARK: - What each optimizer provides

    /// The optimizer's kind, as in configs.
    class var kind: String { "Optimizer" }

    /// The optimizer's kind: `"SGD"`, `"Adam"` …
    public var name: String { Self.kind }

    /// The names of the per-variable buffers, in the order ``update(_:_:_:_:)`` receives them.
    var slotNames: [String] { [] }

    /// The starting value of each buffer (zeros unless overridden).
    var initialSlotValues: [Float] { slotNames.map { _ in 0 } }

    /// The hyperparameters beyond the shared ones, for ``config``.
    var hyperparameters: [String: JSONValue] { [:] }

    /// Running scalars kept across steps (Nadam's Πμ), for ``stateTensors()``.
    var scalarState: [(name: String, value: Float)] {
        get { [] }
        set {}
    }

    /// Called once per update, after clipping and before any variable is updated.
    func beginStep(_ step: OptimizerStep) {}

    /// Updates the region of one variable from its (clipped) gradient and its buffers, run
    /// after run, element by element.
    func update(_ region: UpdateRegion, _ step: OptimizerStep) {}

    /// Updates one variable `w` (or a contiguous part of it) from its (clipped) gradient `g`
    /// and its buffers.
    final func update(
        _ w: UnsafeMutableBufferPointer<Float>, _ g: UnsafeBufferPointer<Float>,
        _ slots: [UnsafeMutableBufferPointer<Float>], _ step: OptimizerStep
    ) {
        guard let region = UpdateRegion(w, g, slots) else { return }
        update(region, step)
    }

    // MARK: - The shared update

    /// The constant rate as stored (used when there is no schedule).
    var constantRateValue: Float { constantRate }

    /// Puts back a rate and schedule captured earlier.
    func restoreRate(_ rate: Float, schedule: (any LearningRateSchedule)?) {
        constantRate = rate
        self.schedule = schedule
    }

    /// The rate of the next update: the schedule's value at ``iterations``, or the constant
    /// rate. Setting it fixes a constant rate and drops any schedule.
    public var learningRate: Float {
        get { schedule.map { $0(iterations) } ?? constantRate }
        set {
            constantRate = newValue
            schedule = nil
        }
    }

    /// One update of `variables` from `gradients`: clipping, then each variable's rule with
    /// this step's rate, then `iterations += 1`. Throws for mismatched counts or shapes and
    /// for a negative or non-finite rate.
    public func apply(gradients: [Tensor], to variables: inout [Tensor]) throws {
        try FloatingPointMode.flushingSubnormals { try applyTensors(gradients, &variables) }
    }

    private func applyTensors(_ gradients: [Tensor], _ variables: inout [Tensor]) throws {
        guard gradients.count == variables.count else {
            throw TrainingError.invalidArgument(
                "\(name): expected one gradient per variable. Received: \(gradients.count) "
                    + "gradients for \(variables.count) variables")
        }
        for (g, v) in zip(gradients, variables) where g.shape != v.shape {
            throw TensorError.shapeMismatch(
                operation: "\(name).apply(gradients:to:)", lhs: g.shape, rhs: v.shape)
        }
        let rate = learningRate
        try Self.checkRate(rate, owner: name)
        prepareSlots(for: variables.map(\.shape))
        let step = OptimizerStep(learningRate: rate, t: iterations + 1)
        let globalScale = globalClipNorm.map {
            GradientClipping.globalScale(gradients, clipNorm: $0)
        }
        beginStep(step)
        for i in variables.indices {
            let buffers = slots[i].buffers
            let count = gradients[i].count
            if scratch.count < count { scratch = [Float](repeating: 0, count: count) }
            gradients[i].withUnsafeBufferPointer { g in
                let transform = clipping(of: g, globalScale: globalScale)
                scratch.withUnsafeMutableBufferPointer { s in
                    variables[i].withUnsafeMutableBufferPointer { w in
                        updateSplit(
                            w, g, buffers, step, clipping: transform,
                            into: UnsafeMutableBufferPointer(rebasing: s[0..<count]))
                    }
                }
            }
        }
        iterations += 1
    }

    /// Keeps the buffers when the variables' shapes are unchanged, else starts fresh ones
    /// (after layers were frozen or added and the model recompiled).
    func prepareSlots(for shapes: [[Int]]) {
        if slots.map(\.shape) == shapes { return }
        let initial = initialSlotValues
        slots = shapes.map { OptimizerSlots(shape: $0, initialValues: initial) }
    }

    // MARK: - Helpers

    static func checkRate(_ rate: Float, owner: String) throws {
        guard rate.isFinite, rate >= 0 else {
            throw TrainingError.invalidArgument(
                "\(owner): the learning rate must be a finite number >= 0. Received: "
                    + "learningRate=\(rate)")
        }
    }

    static func text(_ value: Float?) -> String { value.map { "\($0)" } ?? "nil" }

    /// Throws unless `value` lies in `range` (a hyperparameter check).
    static func check(
        _ label: String, _ value: Double, in range: ClosedRange<Double>, open upper: Bool = false
    ) throws {
        let inside = range.contains(value) && !(upper && value == range.upperBound)
        guard inside else {
            let bound = upper ? ")" : "]"
            throw TrainingError.invalidArgument(
                "\(kind): `\(label)` must be a number in [\(range.lowerBound), "
                    + "\(range.upperBound)\(bound). Received: \(label)=\(value)")
        }
    }

    /// Throws unless `value` is finite and not negative.
    static func checkNonNegative(_ label: String, _ value: Double) throws {
        guard value.isFinite, value >= 0 else {
            throw TrainingError.invalidArgument(
                "\(kind): `\(label)` must be a finite number >= 0. Received: \(label)=\(value)")
        }
    }
}

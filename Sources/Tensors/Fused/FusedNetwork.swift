/// A chain of dense, batch-normalization and dropout layers ending in a loss, whose training
/// step computes every trainable parameter's gradient with fused kernels into buffers kept
/// from step to step: the general fast path of `fit`, for any optimizer.
///
/// One ``computeGradients(inputs:rows:labels:targets:correct:)`` runs the forward pass in
/// training mode (GEMM onto the preloaded bias with the activation in place; batch statistics
/// and the moving statistics' update; dropout masks), the loss and its gradient
/// (``FusedLoss``), and the backward pass: per dense layer the activation's derivative, the
/// bias and weight gradients `∂b = Σᵣ δ`, `∂W = xᵀ·δ` and the gradient passed down `δ·Wᵀ`
/// (the last two side by side on two threads), skipping what no trainable layer below needs.
/// The caller updates ``trainableParameters`` from their gradients in place (any optimizer's
/// rule), after the pass or inside it through a ``GradientSink``. After the first step at a
/// batch size it allocates nothing.
///
/// Whether a product is split over two threads depends on its size only (``minimumSplitWork``),
/// so the numbers never depend on the thread count or the machine's load.
public final class FusedNetwork {
    /// What a stage computes.
    enum Kind {
        case dense, batchNormalization, dropout
    }

    /// One layer's parameters, gradients and scratch.
    struct Stage {
        var kind: Kind
        var inputWidth: Int
        var width: Int
        var activation: Activation = .linear
        var trainable = false
        /// Dense: W, b. Batch normalization: γ, β (when present), moving mean, moving variance.
        var parameters: [UnsafeMutablePointer<Float>] = []
        var parameterShapes: [[Int]] = []
        /// The gradients of the trainable parameters, in the same order.
        var gradients: [UnsafeMutablePointer<Float>] = []
        var hasGamma = false
        var hasBeta = false
        var momentum = 0.0
        var epsilon = 0.0
        var rate = 0.0
        var generator = RandomGenerator(seed: 0)
        /// Scratch of `width` floats each: mean, 1/√(σ² + ε), scale, shift, two sums, factor.
        var features: [UnsafeMutablePointer<Float>] = []
        /// Whether some layer below has trainable parameters.
        var propagates = false
        /// The position of this stage's first gradient in ``trainableParameters``.
        var firstParameter = 0
        /// A trainable dense stage right above a trainable batch normalization that passes no
        /// gradient down (nothing trainable below it): the normalization's ∂γ and ∂β are
        /// computed from this layer's gradient and weights, without the product δ·Wᵀ
        /// (``FusedNetwork/denseBackwardUpdating(_:input:rows:delta:below:sink:fold:)``).
        var foldsNormalization = false
        /// `capacity × width`: the output, and dropout's mask.
        var output: UnsafeMutablePointer<Float>? = nil
        var mask: UnsafeMutablePointer<Float>? = nil
    }

    /// The loss the network is trained with.
    public let loss: FusedLoss
    /// The smallest product (multiply-adds) computed as two halves on two threads; a rule of
    /// size alone, so results never depend on how many threads ran.
    public var minimumSplitWork = Parallelism.minimumWork
    var stages: [Stage]
    private var capacity = 0
    private var deltaA: UnsafeMutablePointer<Float>?
    /// The gradient passed down, and in the forward pass the helper's half of a product split
    /// by rows of W (``denseForward(_:input:rows:output:)``).
    private(set) var deltaB: UnsafeMutablePointer<Float>?
    /// One block of a weight gradient for each half of a backward pass that updates by blocks.
    let blockScratch: (UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>)

    /// A network of `layers` (consecutive widths must chain) trained with `loss`; throws for
    /// shapes that do not chain or parameters of the wrong rank.
    public init(layers: [FusedLayer], inputWidth: Int, loss: FusedLoss) throws {
        self.loss = loss
        var width = inputWidth
        var stages: [Stage] = []
        for (l, layer) in layers.enumerated() {
            var stage: Stage
            switch layer {
            case .dense(let kernel, let bias, let activation, let trainable):
                guard kernel.rank == 2, kernel.shape[0] == width, bias.shape == [kernel.shape[1]]
                else {
                    throw TensorError.shapeMismatch(
                        operation: "FusedNetwork layer \(l)", lhs: kernel.shape, rhs: [width, -1])
                }
                stage = Stage(kind: .dense, inputWidth: width, width: kernel.shape[1])
                stage.activation = activation
                stage.trainable = trainable
                stage.parameters = [Self.copy(kernel), Self.copy(bias)]
                stage.parameterShapes = [kernel.shape, bias.shape]
                if trainable {
                    stage.gradients = [
                        .allocate(capacity: kernel.count), .allocate(capacity: bias.count),
                    ]
                }
            case .batchNormalization(
                let gamma, let beta, let movingMean, let movingVariance, let momentum, let epsilon,
                let trainable):
                for t in [gamma, beta, movingMean, movingVariance].compactMap({ $0 })
                where t.shape != [width] {
                    throw TensorError.shapeMismatch(
                        operation: "FusedNetwork layer \(l)", lhs: t.shape, rhs: [width])
                }
                stage = Stage(kind: .batchNormalization, inputWidth: width, width: width)
                stage.trainable = trainable
                stage.hasGamma = gamma != nil
                stage.hasBeta = beta != nil
                stage.momentum = momentum
                stage.epsilon = epsilon
                let all = [gamma, beta, movingMean, movingVariance].compactMap { $0 }
                stage.parameters = all.map(Self.copy)
                stage.parameterShapes = all.map(\.shape)
                if trainable {
                    stage.gradients = [gamma, beta].compactMap { $0 }.map { _ in
                        .allocate(capacity: width)
                    }
                }
                stage.features = (0..<7).map { _ in .allocate(capacity: width) }
            case .dropout(let rate, let generator):
                guard rate >= 0, rate < 1 else {
                    throw TensorError.invalidArgument(
                        operation: "FusedNetwork layer \(l)",
                        reason: "dropout rate must be in [0, 1). Received: rate=\(rate)")
                }
                stage = Stage(kind: .dropout, inputWidth: width, width: width)
                stage.rate = rate
                stage.generator = generator
            }
            stage.propagates = stages.contains { !$0.gradients.isEmpty }
            stage.firstParameter = stages.reduce(0) { $0 + $1.gradients.count }
            width = stage.width
            stages.append(stage)
        }
        guard !stages.isEmpty else {
            throw TensorError.invalidArgument(operation: "FusedNetwork", reason: "needs a layer")
        }
        for l in stages.indices.dropFirst() {
            let below = stages[l - 1]
            stages[l].foldsNormalization =
                stages[l].kind == .dense && stages[l].trainable
                && below.kind == .batchNormalization && !below.gradients.isEmpty
                && !below.propagates
        }
        self.stages = stages
        let largest =
            stages.filter { $0.kind == .dense }.map {
                Self.updateBlockRows(units: $0.width) * $0.width
            }.max() ?? 1
        blockScratch = (.allocate(capacity: largest), .allocate(capacity: largest))
    }

    deinit {
        for s in stages {
            for p in s.parameters + s.gradients + s.features { p.deallocate() }
            s.output?.deallocate()
            s.mask?.deallocate()
        }
        deltaA?.deallocate()
        deltaB?.deallocate()
        blockScratch.0.deallocate()
        blockScratch.1.deallocate()
    }

    private static func copy(_ t: Tensor) -> UnsafeMutablePointer<Float> {
        let p = UnsafeMutablePointer<Float>.allocate(capacity: Swift.max(t.count, 1))
        t.withUnsafeBufferPointer { b in
            if let base = b.baseAddress { p.update(from: base, count: t.count) }
        }
        return p
    }

    /// Computes the folded normalizations' gradients through the product δ·Wᵀ and the
    /// normalization's own backward pass instead, as an unfolded network does (for tests).
    func unfoldNormalizations() {
        for l in stages.indices { stages[l].foldsNormalization = false }
    }

    /// The number of input features.
    public var inputWidth: Int { stages[0].inputWidth }
    /// The number of outputs (classes, or the regression width).
    public var outputWidth: Int { stages[stages.count - 1].width }
    /// The number of layers.
    public var layerCount: Int { stages.count }

    /// Every trainable parameter with its gradient buffer and shape, layer after layer (a dense
    /// layer's kernel then bias; a normalization layer's γ then β), as Keras orders them.
    /// The gradients hold the last step's values; the caller may change both in place.
    public var trainableParameters:
        [(
            value: UnsafeMutableBufferPointer<Float>, gradient: UnsafeMutableBufferPointer<Float>,
            shape: [Int]
        )]
    {
        var result:
            [(
                value: UnsafeMutableBufferPointer<Float>,
                gradient: UnsafeMutableBufferPointer<Float>,
                shape: [Int]
            )] = []
        for s in stages {
            for (k, g) in s.gradients.enumerated() {
                let count = s.parameterShapes[k].reduce(1, *)
                result.append(
                    (
                        UnsafeMutableBufferPointer(start: s.parameters[k], count: count),
                        UnsafeMutableBufferPointer(start: g, count: count), s.parameterShapes[k]
                    ))
            }
        }
        return result
    }

    /// Layer `l`'s current parameters as tensors (dense: kernel, bias; batch normalization: γ,
    /// β when present, moving mean, moving variance; dropout: none).
    public func parameters(ofLayer l: Int) -> [Tensor] {
        let s = stages[l]
        return zip(s.parameters, s.parameterShapes).map { p, shape in
            let count = shape.reduce(1, *)
            let storage = TensorStorage(uninitializedCount: count)
            storage.base.update(from: p, count: count)
            return Tensor(shape: shape, storage: storage)
        }
    }

    /// Replaces layer `l`'s parameters (in the order of ``parameters(ofLayer:)``); throws
    /// unless the count and shapes match.
    public func setParameters(_ tensors: [Tensor], ofLayer l: Int) throws {
        let s = stages[l]
        guard tensors.map(\.shape) == s.parameterShapes else {
            throw TensorError.invalidArgument(
                operation: "FusedNetwork.setParameters",
                reason: "expected shapes \(s.parameterShapes), received \(tensors.map(\.shape))")
        }
        for (p, t) in zip(s.parameters, tensors) {
            t.withUnsafeBufferPointer { b in
                if let base = b.baseAddress { p.update(from: base, count: t.count) }
            }
        }
    }

    /// Replaces layer `l`'s random generator (dropout).
    public func setGenerator(_ generator: RandomGenerator, ofLayer l: Int) {
        stages[l].generator = generator
    }

    /// Layer `l`'s random generator (dropout), in its current state.
    public func generator(ofLayer l: Int) -> RandomGenerator { stages[l].generator }

    /// Buffers for batches of up to `rows` rows.
    private func reserve(rows: Int) {
        guard rows > capacity else { return }
        capacity = rows
        var widest = inputWidth
        for l in stages.indices {
            stages[l].output?.deallocate()
            stages[l].mask?.deallocate()
            stages[l].output = .allocate(capacity: rows * stages[l].width)
            if stages[l].kind == .dropout {
                stages[l].mask = .allocate(capacity: rows * stages[l].width)
            }
            widest = Swift.max(widest, stages[l].width)
        }
        deltaA?.deallocate()
        deltaB?.deallocate()
        deltaA = .allocate(capacity: rows * widest)
        deltaB = .allocate(capacity: rows * widest)
    }

    /// One forward and backward pass on `rows` examples (`rows × inputWidth` floats at
    /// `inputs`); afterwards every trainable parameter's gradient is in its buffer and the
    /// moving statistics and dropout generators have advanced. Targets are class indices at
    /// `labels` (``FusedLoss/sparseSoftmaxCrossEntropy``) or `rows × outputWidth` floats at
    /// `targets` (``FusedLoss/meanSquaredError``). Returns the batch's mean loss; with
    /// `correct`, adds the number of rows whose largest logit is at their label.
    ///
    /// With a `sink`, each parameter is handed to it as soon as its gradient (or a block of
    /// it) is complete and no longer read by the backward pass, so the optimizer updates it
    /// while it is still in this core's cache; the sink is used only when the loss is finite
    /// (``GradientSink/begin`` is then called once, before any update).
    public func computeGradients(
        inputs: UnsafePointer<Float>, rows: Int, labels: UnsafePointer<Int32>?,
        targets: UnsafePointer<Float>?, correct: UnsafeMutablePointer<Int>? = nil,
        sink: GradientSink? = nil
    ) -> Float {
        reserve(rows: rows)
        guard let deltaA, let deltaB, rows > 0 else { return 0 }
        forward(inputs, rows: rows)
        let top = stages.count - 1
        guard let out = stages[top].output else { return .nan }
        let width = outputWidth
        let loss: Float
        switch self.loss {
        case .sparseSoftmaxCrossEntropy:
            guard let labels else { return .nan }
            if let correct {
                for r in 0..<rows {
                    let row = out + r * width
                    var best = 0
                    for j in 1..<width where row[j] > row[best] { best = j }
                    if best == Int(labels[r]) { correct.pointee += 1 }
                }
            }
            loss = SoftmaxKernels.sparseCrossEntropyGradient(
                out, labels: labels, rows: rows, classes: width, scale: 1 / Float(rows),
                gradient: deltaA)
        case .meanSquaredError:
            guard let targets else { return .nan }
            var total: Float = 0
            let scale = 2 / Float(width) / Float(rows)
            for r in 0..<rows {
                let (y, t, g) = (out + r * width, targets + r * width, deltaA + r * width)
                // Sixteen running sums of d² (one per lane, added in a fixed order at the end)
                // instead of one, so the loop runs at vector speed.
                var lanes = SIMD16<Float>()
                var j = 0
                while j + 16 <= width {
                    let d =
                        UnsafeRawPointer(y + j).loadUnaligned(as: SIMD16<Float>.self)
                        - UnsafeRawPointer(t + j).loadUnaligned(as: SIMD16<Float>.self)
                    lanes += d * d
                    UnsafeMutableRawPointer(g + j).storeBytes(
                        of: d * scale, as: SIMD16<Float>.self)
                    j += 16
                }
                var sum = lanes.sum()
                while j < width {
                    let d = y[j] - t[j]
                    sum += d * d
                    g[j] = d * scale
                    j += 1
                }
                total += sum / Float(width)
            }
            loss = total / Float(rows)
        }
        let used = loss.isFinite ? sink : nil
        used?.begin()
        backward(inputs, rows: rows, delta: deltaA, spare: deltaB, sink: used)
        return loss
    }
}

extension EngineCatalog {
    /// The losses.
    static let losses: [CatalogEntry] = [
        CatalogEntry("MeanSquaredError", .loss, []) { _ in .loss(MeanSquaredError()) },
        CatalogEntry("MeanAbsoluteError", .loss, []) { _ in .loss(MeanAbsoluteError()) },
        CatalogEntry(
            "Huber", .loss,
            [CatalogParameter("delta", .double, default: .double(Double(Huber.defaultDelta)))]
        ) { a in try .loss(Huber(delta: a.float("delta"))) },
        CatalogEntry("BinaryCrossentropy", .loss, [fromLogits]) { a in
            try .loss(BinaryCrossentropy(fromLogits: a.bool("fromLogits")))
        },
        CatalogEntry("CategoricalCrossentropy", .loss, [fromLogits]) { a in
            try .loss(CategoricalCrossentropy(fromLogits: a.bool("fromLogits")))
        },
        CatalogEntry("SparseCategoricalCrossentropy", .loss, [fromLogits]) { a in
            try .loss(SparseCategoricalCrossentropy(fromLogits: a.bool("fromLogits")))
        },
    ]

    private static let fromLogits = CatalogParameter(
        "fromLogits", .bool, default: .bool(CategoricalCrossentropy.defaultFromLogits))

    /// The metrics (each takes `name:`, its Keras identifier unless given).
    static let metrics: [CatalogEntry] = [
        CatalogEntry(
            "BinaryAccuracy", .metric,
            [
                metricName(BinaryAccuracy.defaultName),
                CatalogParameter(
                    "threshold", .double, default: .double(Double(BinaryAccuracy.defaultThreshold))),
            ]
        ) { a in
            try .metric(BinaryAccuracy(name: a.string("name"), threshold: a.float("threshold")))
        },
        CatalogEntry("CategoricalAccuracy", .metric, [metricName(CategoricalAccuracy.defaultName)])
        {
            try .metric(CategoricalAccuracy(name: $0.string("name")))
        },
        CatalogEntry(
            "SparseCategoricalAccuracy", .metric,
            [metricName(SparseCategoricalAccuracy.defaultName)]
        ) { try .metric(SparseCategoricalAccuracy(name: $0.string("name"))) },
        CatalogEntry(
            "MeanSquaredErrorMetric", .metric, [metricName(MeanSquaredErrorMetric.defaultName)]
        ) { try .metric(MeanSquaredErrorMetric(name: $0.string("name"))) },
        CatalogEntry(
            "MeanAbsoluteErrorMetric", .metric, [metricName(MeanAbsoluteErrorMetric.defaultName)]
        ) { try .metric(MeanAbsoluteErrorMetric(name: $0.string("name"))) },
        CatalogEntry(
            "RootMeanSquaredError", .metric, [metricName(RootMeanSquaredError.defaultName)]
        ) { try .metric(RootMeanSquaredError(name: $0.string("name"))) },
    ]

    private static func metricName(_ name: String) -> CatalogParameter {
        CatalogParameter("name", .string, default: .string(name))
    }

    /// The optimizers, each with a learning rate (a number or a schedule) and the clipping
    /// settings.
    static let optimizers: [CatalogEntry] = [
        optimizer(
            "SGD", learningRate: SGD.Defaults.learningRate,
            [
                CatalogParameter("momentum", .double, default: .double(SGD.Defaults.momentum)),
                CatalogParameter("nesterov", .bool, default: .bool(SGD.Defaults.nesterov)),
            ]
        ) { a, clip in
            try SGD(
                rate: a.learningRate("learningRate"), momentum: a.double("momentum"),
                nesterov: a.bool("nesterov"), clipValue: clip.0, clipNorm: clip.1,
                globalClipNorm: clip.2)
        },
        optimizer(
            "Adagrad", learningRate: Adagrad.Defaults.learningRate,
            [
                CatalogParameter(
                    "initialAccumulatorValue", .double,
                    default: .double(Adagrad.Defaults.initialAccumulatorValue)),
                CatalogParameter("epsilon", .double, default: .double(Adagrad.Defaults.epsilon)),
            ]
        ) { a, clip in
            try Adagrad(
                rate: a.learningRate("learningRate"),
                initialAccumulatorValue: a.double("initialAccumulatorValue"),
                epsilon: a.double("epsilon"), clipValue: clip.0, clipNorm: clip.1,
                globalClipNorm: clip.2)
        },
        optimizer(
            "RMSprop", learningRate: RMSprop.Defaults.learningRate,
            [
                CatalogParameter("rho", .double, default: .double(RMSprop.Defaults.rho)),
                CatalogParameter("momentum", .double, default: .double(RMSprop.Defaults.momentum)),
                CatalogParameter("epsilon", .double, default: .double(RMSprop.Defaults.epsilon)),
                CatalogParameter("centered", .bool, default: .bool(RMSprop.Defaults.centered)),
            ]
        ) { a, clip in
            try RMSprop(
                rate: a.learningRate("learningRate"), rho: a.double("rho"),
                momentum: a.double("momentum"), epsilon: a.double("epsilon"),
                centered: a.bool("centered"), clipValue: clip.0, clipNorm: clip.1,
                globalClipNorm: clip.2)
        },
        optimizer(
            "Adam", learningRate: MomentOptimizer.Defaults.learningRate,
            moments + [
                CatalogParameter("amsgrad", .bool, default: .bool(MomentOptimizer.Defaults.amsgrad))
            ]
        ) { a, clip in
            try Adam(
                rate: a.learningRate("learningRate"), beta1: a.double("beta1"),
                beta2: a.double("beta2"), epsilon: a.double("epsilon"), amsgrad: a.bool("amsgrad"),
                clipValue: clip.0, clipNorm: clip.1, globalClipNorm: clip.2)
        },
        optimizer("Adamax", learningRate: MomentOptimizer.Defaults.learningRate, moments) {
            a, clip in
            try Adamax(
                rate: a.learningRate("learningRate"), beta1: a.double("beta1"),
                beta2: a.double("beta2"), epsilon: a.double("epsilon"), clipValue: clip.0,
                clipNorm: clip.1, globalClipNorm: clip.2)
        },
        optimizer("Nadam", learningRate: MomentOptimizer.Defaults.learningRate, moments) {
            a, clip in
            try Nadam(
                rate: a.learningRate("learningRate"), beta1: a.double("beta1"),
                beta2: a.double("beta2"), epsilon: a.double("epsilon"), clipValue: clip.0,
                clipNorm: clip.1, globalClipNorm: clip.2)
        },
    ]

    /// β₁, β₂ and ε of Adam, Adamax and Nadam.
    private static let moments = [
        CatalogParameter("beta1", .double, default: .double(MomentOptimizer.Defaults.beta1)),
        CatalogParameter("beta2", .double, default: .double(MomentOptimizer.Defaults.beta2)),
        CatalogParameter("epsilon", .double, default: .double(MomentOptimizer.Defaults.epsilon)),
    ]

    /// An optimizer's entry: `learningRate:` first, its own parameters, then the clipping
    /// settings every optimizer shares.
    private static func optimizer(
        _ name: String, learningRate: Float, _ parameters: [CatalogParameter],
        _ make: @escaping (CatalogArguments, (Float?, Float?, Float?)) throws -> any Optimizer
    ) -> CatalogEntry {
        let clipping = ["clipValue", "clipNorm", "globalClipNorm"].map {
            CatalogParameter($0, .double, default: .unset)
        }
        return CatalogEntry(
            name, .optimizer,
            [
                CatalogParameter(
                    "learningRate", .learningRate, default: .double(Double(learningRate)))
            ]
                + parameters + clipping
        ) { a in
            let clip = try (
                a.optionalFloat("clipValue"), a.optionalFloat("clipNorm"),
                a.optionalFloat("globalClipNorm")
            )
            return try .optimizer(make(a, clip))
        }
    }

    /// The learning-rate schedules.
    static let schedules: [CatalogEntry] = [
        decay(ExponentialDecay.self), decay(InverseTimeDecay.self),
        CatalogEntry(
            "PiecewiseConstantDecay", .schedule,
            [CatalogParameter("boundaries", .ints), CatalogParameter("values", .doubles)]
        ) { a in
            try .schedule(
                PiecewiseConstantDecay(
                    boundaries: a.ints("boundaries"), values: a.doubles("values")))
        },
        CatalogEntry(
            "OneCycle", .schedule,
            [
                CatalogParameter("maxLearningRate", .double), CatalogParameter("totalSteps", .int),
                CatalogParameter("startLearningRate", .double, default: .unset),
                CatalogParameter("lastSteps", .int, default: .unset),
                CatalogParameter("lastLearningRate", .double, default: .unset),
            ]
        ) { a in
            try .schedule(
                OneCycle(
                    maxLearningRate: a.double("maxLearningRate"), totalSteps: a.int("totalSteps"),
                    startLearningRate: a.optionalDouble("startLearningRate"),
                    lastSteps: a.optionalInt("lastSteps"),
                    lastLearningRate: a.optionalDouble("lastLearningRate")))
        },
    ]

    private static func decay<S: DecaySchedule>(_ type: S.Type) -> CatalogEntry {
        CatalogEntry(
            "\(type)", .schedule,
            [
                CatalogParameter("initialLearningRate", .double),
                CatalogParameter("decaySteps", .int), CatalogParameter("decayRate", .double),
                CatalogParameter("staircase", .bool, default: .bool(S.defaultStaircase)),
            ]
        ) { a in
            try .schedule(
                S(
                    initialLearningRate: a.double("initialLearningRate"),
                    decaySteps: a.int("decaySteps"), decayRate: a.double("decayRate"),
                    staircase: a.bool("staircase")))
        }
    }
}

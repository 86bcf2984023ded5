extension EngineCatalog {
    /// The layers, with the labels of their Swift initializers.
    static let layers: [CatalogEntry] = [
        CatalogEntry("Input", .layer, [CatalogParameter("shape", .ints), .name]) { a in
            try .layer(Input(shape: a.ints("shape"), name: a.optionalString("name")))
        },
        CatalogEntry(
            "Dense", .layer,
            [
                CatalogParameter("units", .int, positional: true),
                CatalogParameter(
                    "activation", .activation, default: .activation(Dense.Defaults.activation)),
                CatalogParameter("useBias", .bool, default: .bool(Dense.Defaults.useBias)),
                CatalogParameter(
                    "kernelInitializer", .initializer,
                    default: .initializer(Dense.Defaults.kernelInitializer)),
                CatalogParameter(
                    "biasInitializer", .initializer,
                    default: .initializer(Dense.Defaults.biasInitializer)),
                CatalogParameter("kernelRegularizer", .regularizer, default: .unset),
                CatalogParameter("kernelConstraint", .constraint, default: .unset),
                .inputShape, .name,
            ]
        ) { a in
            try .layer(
                Dense(
                    a.int("units"), activation: a.activation("activation"),
                    useBias: a.bool("useBias"),
                    kernelInitializer: a.initializer("kernelInitializer"),
                    biasInitializer: a.initializer("biasInitializer"),
                    kernelRegularizer: a.regularizer("kernelRegularizer"),
                    kernelConstraint: a.constraint("kernelConstraint"),
                    inputShape: a.optionalInts("inputShape"), name: a.optionalString("name")))
        },
        CatalogEntry("Flatten", .layer, [.inputShape, .name]) { a in
            try .layer(
                Flatten(inputShape: a.optionalInts("inputShape"), name: a.optionalString("name")))
        },
        CatalogEntry(
            "Activation", .layer,
            [CatalogParameter("activation", .activation, positional: true), .inputShape, .name]
        ) { a in
            try .layer(
                Activation(
                    try a.activation("activation"), inputShape: a.optionalInts("inputShape"),
                    name: a.optionalString("name")))
        },
        CatalogEntry(
            "LeakyReLU", .layer,
            [
                CatalogParameter(
                    "negativeSlope", .double,
                    default: .double(Double(LeakyReLU.defaultNegativeSlope))),
                // Keras 2's name of the slope, kept by the engine as `init(alpha:)`.
                CatalogParameter("alpha", .double, default: .unset), .inputShape, .name,
            ]
        ) { a in
            try .layer(
                LeakyReLU(
                    negativeSlope: a.optionalFloat("alpha") ?? a.float("negativeSlope"),
                    inputShape: a.optionalInts("inputShape"), name: a.optionalString("name")))
        },
        CatalogEntry(
            "PReLU", .layer,
            [
                CatalogParameter(
                    "alphaInitializer", .initializer,
                    default: .initializer(PReLU.Defaults.alphaInitializer)),
                CatalogParameter("sharedAxes", .ints, default: .unset), .inputShape, .name,
            ]
        ) { a in
            try .layer(
                PReLU(
                    alphaInitializer: a.initializer("alphaInitializer"),
                    sharedAxes: a.optionalInts("sharedAxes"),
                    inputShape: a.optionalInts("inputShape"),
                    name: a.optionalString("name")))
        },
        CatalogEntry(
            "BatchNormalization", .layer,
            [
                CatalogParameter("axis", .int, default: .int(BatchNormalization.Defaults.axis)),
                CatalogParameter(
                    "momentum", .double, default: .double(BatchNormalization.Defaults.momentum)),
                CatalogParameter(
                    "epsilon", .double, default: .double(BatchNormalization.Defaults.epsilon)),
                CatalogParameter(
                    "center", .bool, default: .bool(BatchNormalization.Defaults.center)),
                CatalogParameter("scale", .bool, default: .bool(BatchNormalization.Defaults.scale)),
                CatalogParameter(
                    "betaInitializer", .initializer,
                    default: .initializer(BatchNormalization.Defaults.betaInitializer)),
                CatalogParameter(
                    "gammaInitializer", .initializer,
                    default: .initializer(BatchNormalization.Defaults.gammaInitializer)),
                CatalogParameter(
                    "movingMeanInitializer", .initializer,
                    default: .initializer(BatchNormalization.Defaults.movingMeanInitializer)),
                CatalogParameter(
                    "movingVarianceInitializer", .initializer,
                    default: .initializer(BatchNormalization.Defaults.movingVarianceInitializer)),
                .inputShape, .name,
            ]
        ) { a in
            try .layer(
                BatchNormalization(
                    axis: a.int("axis"), momentum: a.double("momentum"),
                    epsilon: a.double("epsilon"),
                    center: a.bool("center"), scale: a.bool("scale"),
                    betaInitializer: a.initializer("betaInitializer"),
                    gammaInitializer: a.initializer("gammaInitializer"),
                    movingMeanInitializer: a.initializer("movingMeanInitializer"),
                    movingVarianceInitializer: a.initializer("movingVarianceInitializer"),
                    inputShape: a.optionalInts("inputShape"), name: a.optionalString("name")))
        },
        CatalogEntry(
            "Dropout", .layer, [CatalogParameter("rate", .double), .seed, .inputShape, .name]
        ) { a in
            try .layer(
                Dropout(
                    rate: a.double("rate"), seed: a.seed("seed"),
                    inputShape: a.optionalInts("inputShape"), name: a.optionalString("name")))
        },
        CatalogEntry(
            "Concatenate", .layer,
            [CatalogParameter("axis", .int, default: .int(Concatenate.Defaults.axis)), .name]
        ) { a in
            try .layer(Concatenate(axis: a.int("axis"), name: a.optionalString("name")))
        },
        CatalogEntry(
            "Normalization", .layer,
            [
                CatalogParameter("axis", .int, default: .int(Normalization.Defaults.axis)),
                CatalogParameter("mean", .doubles, default: .unset),
                CatalogParameter("variance", .doubles, default: .unset),
                CatalogParameter("invert", .bool, default: .bool(Normalization.Defaults.invert)),
                .inputShape, .name,
            ]
        ) { a in
            try .layer(
                Normalization(
                    axis: a.int("axis"), mean: a.optionalFloats("mean"),
                    variance: a.optionalFloats("variance"), invert: a.bool("invert"),
                    inputShape: a.optionalInts("inputShape"), name: a.optionalString("name")))
        },
    ]
}

extension EngineCatalog {
    /// The initializers, and Keras's named presets of ``VarianceScaling``.
    static let initializers: [CatalogEntry] =
        [
            CatalogEntry(
                "VarianceScaling", .initializer,
                [
                    CatalogParameter(
                        "scale", .double, default: .double(VarianceScaling.Defaults.scale)),
                    CatalogParameter(
                        "mode", .option(of: VarianceScaling.Mode.self),
                        default: .option("\(VarianceScaling.Defaults.mode)")),
                    CatalogParameter(
                        "distribution", .option(of: VarianceScaling.Distribution.self),
                        default: .option("\(VarianceScaling.Defaults.distribution)")),
                    .seed,
                ]
            ) { a in
                try .initializer(
                    VarianceScaling(
                        scale: a.double("scale"), mode: a.option("mode", VarianceScaling.Mode.self),
                        distribution: a.option("distribution", VarianceScaling.Distribution.self),
                        seed: a.seed("seed")))
            },
            CatalogEntry("RandomNormal", .initializer, normal) { a in
                try .initializer(
                    RandomNormal(
                        mean: a.float("mean"), standardDeviation: a.float("standardDeviation"),
                        seed: a.seed("seed")))
            },
            CatalogEntry("TruncatedNormal", .initializer, normal) { a in
                try .initializer(
                    TruncatedNormal(
                        mean: a.float("mean"), standardDeviation: a.float("standardDeviation"),
                        seed: a.seed("seed")))
            },
            CatalogEntry(
                "RandomUniform", .initializer,
                [
                    CatalogParameter(
                        "minimum", .double, default: .double(Double(RandomUniform.defaultMinimum))),
                    CatalogParameter(
                        "maximum", .double, default: .double(Double(RandomUniform.defaultMaximum))),
                    .seed,
                ]
            ) { a in
                try .initializer(
                    RandomUniform(
                        minimum: a.float("minimum"), maximum: a.float("maximum"),
                        seed: a.seed("seed")))
            },
            CatalogEntry(
                "Constant", .initializer,
                [
                    CatalogParameter(
                        "value", .double, default: .double(Double(Constant.defaultValue)),
                        positional: true)
                ]
            ) { a in try .initializer(Constant(a.float("value"))) },
            CatalogEntry("Zeros", .initializer, []) { _ in .initializer(Zeros()) },
            CatalogEntry("Ones", .initializer, []) { _ in .initializer(Ones()) },
        ]
        + [
            ("GlorotUniform", VarianceScaling.glorotUniform),
            ("GlorotNormal", VarianceScaling.glorotNormal),
            ("HeUniform", VarianceScaling.heUniform), ("HeNormal", VarianceScaling.heNormal),
            ("LecunUniform", VarianceScaling.lecunUniform),
            ("LecunNormal", VarianceScaling.lecunNormal),
        ].map { name, make in
            CatalogEntry(name, .initializer, [.seed]) { a in .initializer(make(try a.seed("seed")))
            }
        }

    private static let normal = [
        CatalogParameter("mean", .double, default: .double(Double(RandomNormal.defaultMean))),
        CatalogParameter(
            "standardDeviation", .double,
            default: .double(Double(RandomNormal.defaultStandardDeviation))),
        CatalogParameter.seed,
    ]
}

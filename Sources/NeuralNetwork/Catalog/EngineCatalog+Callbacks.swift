extension EngineCatalog {
    /// The callbacks of `fit(callbacks:)`.
    static let callbacks: [CatalogEntry] = [
        CatalogEntry(
            "EarlyStopping", .callback,
            [
                CatalogParameter(
                    "monitor", .string, default: .string(EarlyStopping.Defaults.monitor)),
                CatalogParameter(
                    "minDelta", .double, default: .double(EarlyStopping.Defaults.minDelta)),
                CatalogParameter("patience", .int, default: .int(EarlyStopping.Defaults.patience)),
                mode(EarlyStopping.Defaults.mode),
                CatalogParameter("baseline", .double, default: .unset),
                CatalogParameter(
                    "restoreBestWeights", .bool,
                    default: .bool(EarlyStopping.Defaults.restoreBestWeights)),
            ]
        ) { a in
            try .callback(
                EarlyStopping(
                    monitor: a.string("monitor"), minDelta: a.double("minDelta"),
                    patience: a.int("patience"), mode: a.option("mode", MonitorMode.self),
                    baseline: a.optionalDouble("baseline"),
                    restoreBestWeights: a.bool("restoreBestWeights")))
        },
        CatalogEntry(
            "ReduceLROnPlateau", .callback,
            [
                CatalogParameter(
                    "monitor", .string, default: .string(ReduceLROnPlateau.Defaults.monitor)),
                CatalogParameter(
                    "factor", .double, default: .double(Double(ReduceLROnPlateau.Defaults.factor))),
                CatalogParameter(
                    "patience", .int, default: .int(ReduceLROnPlateau.Defaults.patience)),
                mode(ReduceLROnPlateau.Defaults.mode),
                CatalogParameter(
                    "minDelta", .double, default: .double(ReduceLROnPlateau.Defaults.minDelta)),
                CatalogParameter(
                    "cooldown", .int, default: .int(ReduceLROnPlateau.Defaults.cooldown)),
                CatalogParameter(
                    "minLearningRate", .double,
                    default: .double(Double(ReduceLROnPlateau.Defaults.minLearningRate))),
            ]
        ) { a in
            try .callback(
                ReduceLROnPlateau(
                    monitor: a.string("monitor"), factor: a.float("factor"),
                    patience: a.int("patience"), mode: a.option("mode", MonitorMode.self),
                    minDelta: a.double("minDelta"), cooldown: a.int("cooldown"),
                    minLearningRate: a.float("minLearningRate")))
        },
        CatalogEntry(
            "CSVLogger", .callback,
            [
                CatalogParameter("path", .outputPath, positional: true),
                CatalogParameter(
                    "separator", .string, default: .string(CSVLogger.Defaults.separator)),
                CatalogParameter("append", .bool, default: .bool(CSVLogger.Defaults.append)),
            ]
        ) { a in
            try .callback(
                CSVLogger(
                    try a.string("path"), separator: a.string("separator"), append: a.bool("append")
                ))
        },
        CatalogEntry(
            "ModelCheckpoint", .callback,
            [
                CatalogParameter("path", .outputPath, positional: true),
                CatalogParameter(
                    "monitor", .string, default: .string(ModelCheckpoint.Defaults.monitor)),
                CatalogParameter(
                    "saveBestOnly", .bool, default: .bool(ModelCheckpoint.Defaults.saveBestOnly)),
                CatalogParameter(
                    "saveWeightsOnly", .bool,
                    default: .bool(ModelCheckpoint.Defaults.saveWeightsOnly)),
                mode(ModelCheckpoint.Defaults.mode),
            ]
        ) { a in
            try .callback(
                ModelCheckpoint(
                    try a.string("path"), monitor: a.string("monitor"),
                    saveBestOnly: a.bool("saveBestOnly"),
                    saveWeightsOnly: a.bool("saveWeightsOnly"),
                    mode: a.option("mode", MonitorMode.self)))
        },
        CatalogEntry(
            "TensorBoard", .callback,
            [CatalogParameter("logDir", .outputPath, default: .string(TensorBoard.defaultLogDir))]
        ) { a in try .callback(TensorBoard(logDir: a.string("logDir"))) },
        CatalogEntry(
            "LearningRateScheduler", .callback,
            [CatalogParameter("schedule", .function(arity: 2), positional: true)]
        ) { a in
            guard let f = try a.function("schedule") else {
                throw TrainingError.invalidArgument("LearningRateScheduler needs a schedule")
            }
            return .callback(
                LearningRateScheduler { epoch, rate in
                    switch try f([.int(epoch), .double(Double(rate))]) {
                    case .double(let d): return Float(d)
                    case .int(let n): return Float(n)
                    default:
                        throw TrainingError.invalidArgument(
                            "the schedule of LearningRateScheduler must return a Double")
                    }
                })
        },
        CatalogEntry(
            "LambdaCallback", .callback,
            ["onTrainBegin", "onTrainEnd"].map {
                CatalogParameter($0, .function(arity: 1), default: .unset)
            }
                + ["onEpochBegin", "onEpochEnd", "onBatchBegin", "onBatchEnd"].map {
                    CatalogParameter($0, .function(arity: 2), default: .unset)
                }
        ) { a in
            func logsHook(_ key: String) throws -> (([String: Double]) throws -> Void)? {
                try a.function(key).map { f in { logs in _ = try f([.logs(logs)]) } }
            }
            func indexHook(_ key: String) throws -> ((Int, [String: Double]) throws -> Void)? {
                try a.function(key).map { f in { n, logs in _ = try f([.int(n), .logs(logs)]) } }
            }
            return try .callback(
                LambdaCallback(
                    onTrainBegin: try logsHook("onTrainBegin"), onTrainEnd: logsHook("onTrainEnd"),
                    onEpochBegin: indexHook("onEpochBegin"), onEpochEnd: indexHook("onEpochEnd"),
                    onBatchBegin: indexHook("onBatchBegin"), onBatchEnd: indexHook("onBatchEnd")))
        },
    ]

    /// `mode:` of a monitoring callback.
    private static func mode(_ fallback: MonitorMode) -> CatalogParameter {
        CatalogParameter("mode", .option(of: MonitorMode.self), default: .option("\(fallback)"))
    }
}

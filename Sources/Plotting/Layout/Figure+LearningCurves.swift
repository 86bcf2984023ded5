/// Learning curves from Keras-style training logs.
extension Figure {
    /// One panel per metric from `logs` (Keras `history.history`: `loss`, `val_loss`,
    /// `accuracy`, `val_accuracy`, …; the value at index i belongs to epoch i + 1).
    ///
    /// Each panel shows the training series (solid, blue) and its `val_` counterpart (dashed,
    /// vermillion). A training value is the mean over the batches of an epoch, so it is
    /// plotted half an epoch early, at x = i + 0.5; validation is measured at the end of the
    /// epoch, at x = i + 1 (Géron 2019, ch. 10). Panels are ordered `loss` first, then the
    /// other metrics alphabetically; a learning-rate series (`lr`, `learning_rate`) gets a
    /// log y axis. NaN values (a diverged run) are dropped and reported in the description.
    public static func learningCurves(
        _ logs: [String: [Double]], title: String? = nil, columns: Int? = nil
    ) throws -> Figure {
        let names = Set(logs.keys.map { $0.hasPrefix("val_") ? String($0.dropFirst(4)) : $0 })
        guard !names.isEmpty else { throw PlotError.emptyInput(what: "logs") }
        let ordered = names.sorted { lhs, rhs in
            if lhs == "loss" || rhs == "loss" { return lhs == "loss" && rhs != "loss" }
            return lhs < rhs
        }
        var panels: [Axes] = []
        for name in ordered {
            let isRate = name == "lr" || name == "learning_rate"
            var axes = Axes(
                title: Self.readable(name), xLabel: "epoch", yLabel: nil,
                yScale: isRate ? .log : .linear)
            if let train = logs[name] {
                let xs = train.indices.map { Double($0) + (isRate ? 1 : 0.5) }
                try axes.line(
                    x: xs, y: train, label: isRate ? name : "training",
                    marker: train.count <= 30 ? .circle : .none,
                    color: 0)
            }
            if let validation = logs["val_" + name] {
                let xs = validation.indices.map { Double($0) + 1 }
                try axes.line(
                    x: xs, y: validation, label: "validation", dash: .dashed,
                    marker: validation.count <= 30 ? .square : .none, color: 1)
            }
            let epochs = max(logs[name]?.count ?? 0, logs["val_" + name]?.count ?? 0)
            if epochs > 0 { axes.xLimits = 0...Double(epochs) + 0.25 }
            panels.append(axes)
        }
        return Figure(title: title, columns: columns ?? min(panels.count, 2), panels: panels)
    }

    /// `val_accuracy` → "Validation accuracy", `sparse_categorical_accuracy` → "Sparse
    /// categorical accuracy".
    static func readable(_ key: String) -> String {
        let words = key.split(separator: "_").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}

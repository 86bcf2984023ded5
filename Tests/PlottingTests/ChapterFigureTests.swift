import Foundation
import Testing

@testable import Plotting

/// The figures the chapters draw, each checked against a reviewed snapshot.
@Suite struct ChapterFigureTests {
    @Test func learningCurves() throws {
        var logs: [String: [Double]] = [:]
        var random = SeededRandom(seed: 3)
        for key in ["loss", "val_loss", "accuracy", "val_accuracy"] { logs[key] = [] }
        for epoch in 1...30 {
            let e = Double(epoch)
            logs["loss"]?.append(0.28 + 0.55 * exp(-e / 6) + random.normal(std: 0.006))
            logs["val_loss"]?.append(
                0.33 + 0.45 * exp(-e / 7) + 0.002 * e + random.normal(std: 0.01))
            logs["accuracy"]?.append(0.9 - 0.2 * exp(-e / 6) + random.normal(std: 0.003))
            logs["val_accuracy"]?.append(0.88 - 0.15 * exp(-e / 7) + random.normal(std: 0.006))
        }
        checkFigure(
            try Figure.learningCurves(logs, title: "Learning curves"), named: "learning-curves")
    }

    @Test func activationFunctionsWithDerivatives() throws {
        typealias A = Activations
        let figure = try Figure.functions(
            [A.sigmoid, tanh, A.relu, A.leakyRelu, A.elu, A.selu],
            names: ["sigmoid", "tanh", "ReLU", "leaky ReLU", "ELU", "SELU"],
            derivatives: [
                A.sigmoidPrime, A.tanhPrime, A.reluPrime, A.leakyReluPrime, A.eluPrime, A.seluPrime,
            ],
            in: -4...4, title: "Activation functions", yLimits: -2...2.5)
        checkFigure(figure, named: "activation-functions")
    }

    @Test func perceptronOnIris() throws {
        let data = SyntheticData.irisPetals()
        let w = SyntheticData.perceptron(data)
        var axes = Axes(
            title: "Perceptron on Iris", xLabel: "petal length (cm)", yLabel: "petal width (cm)")
        try axes.decisionRegions(x: 0...7, y: 0...3) { x, y in w.0 * x + w.1 * y + w.2 >= 0 ? 1 : 0
        }
        try axes.scatter(
            x: data.x, y: data.y, classes: data.classes, classNames: ["not setosa", "setosa"])
        checkFigure(Figure(axes), named: "perceptron-iris")
    }

    @Test func xorRegions() throws {
        let data = SyntheticData.xorPoints()
        var axes = Axes(title: "XOR with one hidden layer", xLabel: "x₁", yLabel: "x₂")
        axes.equalAspect = true
        try axes.decisionRegions(x: -0.5...1.5, y: -0.5...1.5) { x, y in
            let h1 = x + y - 0.5 > 0 ? 1.0 : 0
            let h2 = x + y - 1.5 > 0 ? 1.0 : 0
            return h1 - h2 > 0.5 ? 1 : 0
        }
        try axes.scatter(x: data.x, y: data.y, classes: data.classes, classNames: ["0", "1"])
        checkFigure(Figure(axes), named: "xor-regions")
    }

    @Test func optimizerTrajectories() throws {
        var axes = Axes(title: "Optimizers on an elongated bowl", xLabel: "θ₁", yLabel: "θ₂")
        try axes.contour(x: -10...10, y: -3...3, levels: .geometric(9), Trajectories.bowl)
        let paths: [(String, (x: [Double], y: [Double]))] = [
            ("SGD", Trajectories.sgd()), ("momentum", Trajectories.momentum(nesterov: false)),
            ("Nesterov", Trajectories.momentum(nesterov: true)),
            ("AdaGrad", Trajectories.adagrad()),
            ("RMSProp", Trajectories.rmsprop()), ("Adam", Trajectories.adam()),
        ]
        let markers: [MarkerShape] = [.circle, .square, .triangle, .diamond, .triangleDown, .cross]
        for (index, (name, path)) in paths.enumerated() {
            try axes.line(x: path.x, y: path.y, label: name, marker: markers[index], width: 1.4)
        }
        checkFigure(Figure(axes), named: "optimizer-trajectories")
    }

    @Test func layerActivationHistograms() throws {
        var random = SeededRandom(seed: 5)
        var panels: [Axes] = []
        var std = 1.0
        for layer in 1...4 {
            let values = (0..<2_000).map { _ in tanh(random.normal(std: std)) }
            var axes = Axes(title: "Layer \(layer)", xLabel: "activation")
            try axes.histogram(values, bins: 40, range: -1...1, density: true, color: layer - 1)
            panels.append(axes)
            std *= 2.2
        }
        let figure = Figure(
            title: "Activations saturate with a poor initialization", columns: 2, panels: panels)
        checkFigure(figure, named: "layer-histograms")
    }

    @Test func layerStatisticsBars() throws {
        var axes = Axes(title: "Gradient norm per layer", yLabel: "‖∇W‖")
        let layers = ["dense", "dense_1", "dense_2", "dense_3", "dense_4", "output"]
        try axes.bars(
            categories: layers, values: [0.012, 0.031, 0.08, 0.17, 0.32, 0.5], label: "Glorot")
        try axes.bars(
            categories: layers, values: [0.21, 0.24, 0.22, 0.25, 0.23, 0.27], label: "He")
        checkFigure(Figure(axes), named: "layer-statistics-bars")
    }

    @Test func confusionMatrixHeatmap() throws {
        var random = SeededRandom(seed: 9)
        let matrix: [[Double]] = (0..<10).map { row in
            (0..<10).map { column in
                row == column
                    ? Double(Int(80 + 15 * random.uniform()))
                    : Double(Int(random.uniform() * random.uniform() * 12))
            }
        }
        var axes = Axes(title: "Confusion matrix", xLabel: "predicted", yLabel: "true")
        let names = SyntheticData.fashionNames
        try axes.heatmap(matrix, rowLabels: names, columnLabels: names)
        checkFigure(Figure(axes), named: "confusion-heatmap")
    }

    @Test func fashionImageGrid() throws {
        let labels = Array(0..<10)
        let images = labels.map { SyntheticData.fashionImage(label: $0, seed: UInt64($0 + 1)) }
        let figure = try Figure.imageGrid(
            images, width: 28, labels: labels.map { SyntheticData.fashionNames[$0] }, columns: 5)
        checkFigure(figure, named: "fashion-image-grid")
    }

    @Test func learningRateSweepOnLogAxis() throws {
        let rates = (0..<120).map { pow(10, -5 + Double($0) * 6 / 119) }
        let losses = rates.map { r in
            2.3 - 1.7 / (1 + exp(-(log10(r) + 2.8) * 3)) + (r > 0.3 ? (r - 0.3) * 6 : 0)
        }
        var axes = Axes(
            title: "Loss vs learning rate", xLabel: "learning rate", yLabel: "loss", xScale: .log)
        axes.yLimits = 0...3
        try axes.line(x: rates, y: losses, label: "loss after one epoch")
        checkFigure(Figure(axes), named: "log-axis-learning-rate")
    }

    @Test func multiPanelFigure() throws {
        var random = SeededRandom(seed: 13)
        var line = Axes(title: "Loss", xLabel: "epoch")
        try line.line(
            x: (1...20).map(Double.init), y: (1...20).map { 1 / Double($0) + 0.1 },
            label: "training")
        var scatter = Axes(title: "Embedding", xLabel: "z₁", yLabel: "z₂")
        let xs = (0..<60).map { _ in random.normal() }
        let ys = (0..<60).map { _ in random.normal() }
        try scatter.scatter(
            x: xs, y: ys, classes: (0..<60).map { $0 % 3 }, classNames: ["a", "b", "c"])
        var bars = Axes(title: "Accuracy", yLabel: "accuracy")
        try bars.bars(
            categories: ["SGD", "Adam", "Nadam"], values: [0.86, 0.89, 0.9], showValues: true)
        var histogram = Axes(title: "Weights", xLabel: "value")
        try histogram.histogram((0..<500).map { _ in random.normal(std: 0.05) })
        let figure = Figure(
            title: "Four kinds of panels", columns: 2, panels: [line, scatter, bars, histogram])
        checkFigure(figure, named: "multi-panel")
    }
}

import Foundation

/// A model's layers with their output shapes and parameter counts, as Keras's `summary()`
/// tabulates them; ``text`` is the table Keras prints.
public struct ModelSummary: CustomStringConvertible {
    /// One row of the table.
    public struct Row: Equatable {
        /// `"dense (Dense)"`.
        public let layer: String
        /// `"(None, 300)"`.
        public let outputShape: String
        /// The layer's parameters (trainable or not).
        public let parameters: Int
        /// For functional models, the layers this one is called on (`"dense[0][0]"`).
        public let connectedTo: [String]
    }

    /// The model's name.
    public let name: String
    /// The rows, in the order of the model's layers.
    public let rows: [Row]
    /// Whether the table has a "Connected to" column (functional models).
    public let showsConnections: Bool
    /// All parameters.
    public let total: Int
    /// Trainable parameters.
    public let trainable: Int
    /// Parameters that are not trained.
    public let nonTrainable: Int

    public var description: String { text }

    /// The table as Keras 3 prints it, with box-drawing characters and totals in bytes.
    public var text: String {
        var headers = ["Layer (type)", "Output Shape", "Param #"]
        var widths = [31, 22, 13]
        if showsConnections {
            headers.append("Connected to")
            widths = [31, 22, 13, 21]
        }
        var cells = rows.map { row -> [String] in
            var c = [row.layer, row.outputShape, Self.grouped(row.parameters)]
            if showsConnections { c.append(row.connectedTo.joined(separator: ", ")) }
            return c
        }
        if cells.isEmpty { cells = [] }
        for c in cells + [headers] {
            for (i, cell) in c.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ left: String, _ fill: String, _ join: String, _ right: String) -> String {
            left + widths.map { String(repeating: fill, count: $0 + 2) }.joined(separator: join)
                + right
        }
        func row(_ c: [String], _ bar: String) -> String {
            let padded = c.enumerated().map { i, s -> String in
                let pad = String(repeating: " ", count: widths[i] - s.count)
                return i == 2 ? pad + s : s + pad
            }
            return bar + " " + padded.joined(separator: " \(bar) ") + " " + bar
        }
        var out = [
            "Model: \"\(name)\"", line("┏", "━", "┳", "┓"), row(headers, "┃"),
            line("┡", "━", "╇", "┩"),
        ]
        for (i, c) in cells.enumerated() {
            out.append(row(c, "│"))
            out.append(i == cells.count - 1 ? line("└", "─", "┴", "┘") : line("├", "─", "┼", "┤"))
        }
        if cells.isEmpty { out.append(line("└", "─", "┴", "┘")) }
        out.append(" Total params: \(Self.grouped(total)) (\(Self.bytes(total)))")
        out.append(" Trainable params: \(Self.grouped(trainable)) (\(Self.bytes(trainable)))")
        out.append(
            " Non-trainable params: \(Self.grouped(nonTrainable)) (\(Self.bytes(nonTrainable)))")
        return out.joined(separator: "\n")
    }

    /// `266610` → `"266,610"`.
    static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }

    /// The memory of `count` float32 values as Keras writes it: `"1.02 MB"`, `"0.00 B"`.
    static func bytes(_ count: Int) -> String {
        var size = Double(count * 4)
        for unit in ["B", "KB", "MB", "GB"] {
            if size < 1024 || unit == "GB" { return String(format: "%.2f", size) + " " + unit }
            size /= 1024
        }
        return String(format: "%.2f TB", size)
    }
}

extension Model {
    /// The summary table of the model (Keras's `summary()`); ``ModelSummary/text`` is what Keras
    /// prints. A ``Sequential`` model that is not built yet shows its layers without shapes.
    public func summary() -> ModelSummary {
        var rows: [ModelSummary.Row] = []
        let functional = !graph.isEmpty && !(self is Sequential)
        if graph.isEmpty {
            for layer in layers {
                rows.append(
                    .init(
                        layer: "\(layer.name) (\(layer.kind))", outputShape: "?",
                        parameters: layer.parameterCount, connectedTo: []))
            }
        } else {
            var seen: Set<ObjectIdentifier> = []
            for node in graph {
                if self is Sequential && node.inputs.isEmpty { continue }
                guard seen.insert(ObjectIdentifier(node.layer)).inserted else { continue }
                rows.append(
                    .init(
                        layer: "\(node.layer.name) (\(node.layer.kind))",
                        outputShape: ShapeText.batch(node.shape),
                        parameters: node.layer.parameterCount,
                        connectedTo: node.inputs.map { "\($0.layer.name)[0][0]" }))
            }
        }
        return ModelSummary(
            name: name, rows: rows, showsConnections: functional, total: parameterCount,
            trainable: trainableParameterCount, nonTrainable: nonTrainableParameterCount)
    }
}

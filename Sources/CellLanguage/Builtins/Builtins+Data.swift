import Diagnostics
import NeuralNetwork
import Tensors

/// A loaded or generated data set in a cell: named values read as properties
/// (`iris.features`, `data.labels`), printed as its kind and shapes.
final class RecordBox: DisplayableObject {
    let typeName: String
    let fields: [(String, Value)]

    init(_ typeName: String, _ fields: [(String, Value)]) {
        self.typeName = typeName
        self.fields = fields
    }

    var printedDescription: String {
        let parts = fields.map { name, value -> String in
            if case .object(let t as TensorBox) = value { return "\(name): \(t.tensor.shape)" }
            if case .array(let items) = value { return "\(name): \(items.count) values" }
            return "\(name): \(Formatter.describe(value))"
        }
        return "\(typeName)(\(parts.joined(separator: ", ")))"
    }
    var display: Display { .text(printedDescription) }
}

/// A CSV file read in a cell.
final class CSVTableBox: DisplayableObject {
    let table: CSVTable
    init(_ table: CSVTable) { self.table = table }
    var typeName: String { "CSVTable" }
    var printedDescription: String {
        "CSVTable(\(table.path): \(table.rows.count) rows × \(table.columnNames.count) columns)"
    }
    var display: Display { .text(printedDescription) }
}

extension BuiltinRegistry {
    /// The small real data sets shipped in `chapters/data/` and the generators:
    /// `Iris.load()`, `Diabetes.load()`, `CSVTable.load(_:)` (paths relative to the chapter's
    /// folder; a bad value is an error pointing at its line and column in the data file), and
    /// `SyntheticData.xor/moons/blobs/elongatedBowl`.
    func registerDataSets() {
        func loader(_ name: String, _ parameters: [BuiltinParameter], _ body: @escaping (inout Invocation) throws -> Value) -> Value {
            .function(Function(.builtin([Builtin(name, parameters, body)]), name: name))
        }
        types["Iris"] = BuiltinType("Iris", staticMembers: [
            "load": loader("load", [.labeled("path", defaulted: true)]) { [unowned self] inv in
                let path = try pathToRead(inv, 0, default: "data/iris.csv")
                let iris = try Self.dataCall(inv) { try Iris.load(path: path) }
                return .object(RecordBox("Iris", [
                    ("features", Self.box(iris.features)), ("labels", .array(iris.labels.map { .int($0) })),
                    ("featureNames", .array(iris.featureNames.map { .string($0) })),
                    ("classNames", .array(iris.classNames.map { .string($0) })),
                ]))
            },
        ])
        types["Diabetes"] = BuiltinType("Diabetes", staticMembers: [
            "load": loader("load", [.labeled("path", defaulted: true)]) { [unowned self] inv in
                let path = try pathToRead(inv, 0, default: "data/diabetes.csv")
                let d = try Self.dataCall(inv) { try Diabetes.load(path: path) }
                return .object(RecordBox("Diabetes", [
                    ("features", Self.box(d.features)), ("target", Self.box(d.target)),
                    ("featureNames", .array(d.featureNames.map { .string($0) })),
                ]))
            },
        ])
        types["CSVTable"] = BuiltinType("CSVTable", staticMembers: [
            "load": loader("load", [.positional(), .labeled("separator", defaulted: true), .labeled("hasHeader", defaulted: true)]) { [unowned self] inv in
                let path = try pathToRead(inv, 0)
                let separator = try inv.optionalString(1) ?? ","
                guard separator.count == 1, let sep = separator.first else {
                    throw RuntimeError("the separator must be one character", at: inv.range(1))
                }
                let header = inv.value(2) == nil ? true : try inv.bool(2)
                return .object(CSVTableBox(try Self.dataCall(inv) { try CSVTable.load(path, separator: sep, hasHeader: header) }))
            },
        ])
        objectMethods.append { value in
            guard case .object(let o as CSVTableBox) = value else { return [:] }
            let table = o.table
            return [
                "numbers": [
                    Builtin("numbers", [.labeled("columns", defaulted: true)]) { inv in
                        let columns = inv.value(0) == nil ? nil : try inv.strings(0)
                        return Self.box(try Self.dataCall(inv) { try table.numbers(columns: columns) })
                    },
                    Builtin("numbers", [.labeled("column")]) { inv in
                        let column = try inv.string(0)
                        return Self.box(try Self.dataCall(inv) { try table.numbers(column: column) })
                    },
                ],
                "labels": [Builtin("labels", [.labeled("column")]) { inv in
                    let column = try inv.string(0)
                    let (labels, classes) = try Self.dataCall(inv) { try table.labels(column: column) }
                    return .tuple([.array(labels.map { .int($0) }), .array(classes.map { .string($0) })], labels: ["labels", "classes"])
                }],
            ]
        }
        types["SyntheticData"] = BuiltinType("SyntheticData", staticMembers: [
            "xor": loader("xor", [.labeled("count", defaulted: true), .labeled("noise", defaulted: true), .labeled("seed", defaulted: true)]) { inv in
                let count = try inv.optionalInt(0) ?? 4, noise = try inv.optionalFloat(1) ?? 0
                let seed = try Self.seedArgument(inv, 2) ?? ModelSeeds.next()
                return Self.labeled("XOR", try Self.dataCall(inv) { try SyntheticData.xor(count: count, noise: noise, seed: seed) })
            },
            "moons": loader("moons", [.labeled("count", defaulted: true), .labeled("noise", defaulted: true), .labeled("seed", defaulted: true)]) { inv in
                let count = try inv.optionalInt(0) ?? 100, noise = try inv.optionalFloat(1) ?? 0
                let seed = try Self.seedArgument(inv, 2) ?? ModelSeeds.next()
                return Self.labeled("Moons", try Self.dataCall(inv) { try SyntheticData.moons(count: count, noise: noise, seed: seed) })
            },
            "blobs": loader("blobs", [.labeled("count", defaulted: true), .labeled("centerCount", defaulted: true), .labeled("features", defaulted: true), .labeled("standardDeviation", defaulted: true), .labeled("seed", defaulted: true)]) { inv in
                let count = try inv.optionalInt(0) ?? 100, centers = try inv.optionalInt(1) ?? 3
                let features = try inv.optionalInt(2) ?? 2, sd = try inv.optionalFloat(3) ?? 1
                let seed = try Self.seedArgument(inv, 4) ?? ModelSeeds.next()
                return Self.labeled("Blobs", try Self.dataCall(inv) {
                    try SyntheticData.blobs(count: count, centerCount: centers, features: features, standardDeviation: sd, seed: seed)
                })
            },
            "elongatedBowl": loader("elongatedBowl", [.labeled("count", defaulted: true), .labeled("stretch", defaulted: true), .labeled("noise", defaulted: true), .labeled("seed", defaulted: true)]) { inv in
                let count = try inv.optionalInt(0) ?? 100, stretch = try inv.optionalFloat(1) ?? 10
                let noise = try inv.optionalFloat(2) ?? 0.5
                let seed = try Self.seedArgument(inv, 3) ?? ModelSeeds.next()
                let d = try Self.dataCall(inv) { try SyntheticData.elongatedBowl(count: count, stretch: stretch, noise: noise, seed: seed) }
                return .object(RecordBox("RegressionData", [("x", Self.box(d.x)), ("y", Self.box(d.y))]))
            },
        ])
        objectProperties.append { name, value in
            guard case .object(let o as RecordBox) = value else { return nil }
            return o.fields.first { $0.0 == name }?.1
        }
    }

    static func labeled(_ kind: String, _ d: LabeledData) -> Value {
        .object(RecordBox(kind, [("x", box(d.x)), ("y", box(d.y)), ("labels", .array(d.labels.map { .int($0) }))]))
    }

    /// A seed argument: nil when not given; a negative one is an error at the argument.
    static func seedArgument(_ inv: Invocation, _ i: Int) throws -> UInt64? {
        guard let seed = try inv.optionalInt(i) else { return nil }
        guard seed >= 0 else { throw RuntimeError("a seed must not be negative", at: inv.range(i)) }
        return UInt64(seed)
    }

    /// Runs a data-set call; a damaged data file is an error at the call with a note pointing
    /// at the bad place in the file.
    static func dataCall<T>(_ inv: Invocation, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as DatasetError {
            if case .malformedFile(let path, let line, let column, let reason) = e {
                let at = SourceLocation(file: path, line: line, column: column)
                throw RuntimeError(
                    "cannot read \(path): \(reason)", at: inv.callRange,
                    notes: [Diagnostic(.note, reason, at: SourceRange(at))])
            }
            throw RuntimeError(e.description, at: inv.callRange)
        } catch {
            return try tensorCall(inv) { throw error }
        }
    }
}

import Diagnostics
import NeuralNetwork
import Tensors

/// A search space in a cell: a value, changed by its mutating methods.
final class SearchSpaceBox: DisplayableObject {
    let space: SearchSpace
    init(_ space: SearchSpace) { self.space = space }
    var typeName: String { "SearchSpace" }
    var printedDescription: String { "SearchSpace(\(space.domains.map(\.name).joined(separator: ", ")))" }
    var display: Display { .text(printedDescription) }
}

/// The hyperparameters of one trial, read with `hp.int("units")`, `hp.double("learningRate")`.
final class HyperparametersBox: DisplayableObject {
    let values: Hyperparameters
    init(_ values: Hyperparameters) { self.values = values }
    var typeName: String { "Hyperparameters" }
    var printedDescription: String { values.description }
    var display: Display { .text(printedDescription) }
}

/// A search and, once run, its results (shown as the results table, best first).
final class SearchBox: DisplayableObject {
    let search: RandomSearch
    init(_ search: RandomSearch) { self.search = search }
    var typeName: String { "RandomSearch" }
    var printedDescription: String { "RandomSearch(trials: \(search.trials), objective: \(search.objective))" }
    var display: Display { .text(printedDescription) }
}

final class SearchResultsBox: DisplayableObject {
    let results: SearchResults
    init(_ results: SearchResults) { self.results = results }
    var typeName: String { "SearchResults" }
    var printedDescription: String { results.table }
    var display: Display { .text(results.table) }
}

extension BuiltinRegistry {
    /// Hyperparameter search: `var space = SearchSpace()`, `space.choice("units", [16, 32])`,
    /// `space.intRange("layers", 1...3)`, `space.uniform(…)`, `space.logUniform("learningRate",
    /// 1e-4...1e-1)`; `RandomSearch(space:trials:objective:seed:) { hp in … return model }`,
    /// `search.run(x, y, epochs:batchSize:validationData:validationSplit:)` → results with
    /// `table`, `best`, `trials`, `sorted(by:)`.
    func registerSearch() {
        types["SearchSpace"] = BuiltinType("SearchSpace", initializers: [Builtin("SearchSpace", []) { _ in
            .object(SearchSpaceBox(SearchSpace()))
        }])
        func mutating(_ name: String, _ body: @escaping (inout SearchSpace, String, Value, SourceRange) throws -> Void) {
            searchSpaceMutating[name, default: []].append(MutatingMethod(parameters: [.positional(), .positional()]) { receiver, args, range, _ in
                guard case .object(let o as SearchSpaceBox) = receiver, case .string(let key)?? = args.first, let domain = args.last ?? nil else {
                    throw RuntimeError("\(name)(_:_:) takes a name and its values", at: range)
                }
                var space = o.space
                do {
                    try body(&space, key, domain, range)
                } catch let e as RuntimeError {
                    throw e
                } catch {
                    throw RuntimeError("\(error)", at: range)
                }
                receiver = .object(SearchSpaceBox(space))
                return .void
            })
        }
        func closedRange(_ v: Value, _ range: SourceRange) throws -> ClosedRange<Double> {
            guard case .doubleRange(let lo, let hi, true) = v, lo <= hi else {
                throw RuntimeError("expected a closed range of Doubles such as 1e-4...1e-1", at: range)
            }
            return lo...hi
        }
        mutating("choice") { space, key, values, range in
            guard case .array(let items) = values, !items.isEmpty else {
                throw RuntimeError("choice needs a non-empty array of values", at: range)
            }
            if items.allSatisfy({ if case .int = $0 { return true } else { return false } }) {
                try space.choice(key, items.compactMap { if case .int(let n) = $0 { return n } else { return nil } })
            } else if items.allSatisfy({ if case .string = $0 { return true } else { return false } }) {
                try space.choice(key, items.compactMap { if case .string(let s) = $0 { return s } else { return nil } })
            } else {
                try space.choice(key, try items.map { v -> Double in
                    switch v {
                    case .double(let d): return d
                    case .int(let n): return Double(n)
                    default: throw RuntimeError("choice takes Ints, Doubles or Strings", at: range)
                    }
                })
            }
        }
        mutating("intRange") { space, key, value, range in
            guard case .range(let lo, let hi) = value, lo < hi else {
                throw RuntimeError("intRange needs a non-empty range of Ints such as 1...3", at: range)
            }
            try space.intRange(key, lo...(hi - 1))
        }
        mutating("uniform") { space, key, value, range in try space.uniform(key, try closedRange(value, range)) }
        mutating("logUniform") { space, key, value, range in try space.logUniform(key, try closedRange(value, range)) }

        types["RandomSearch"] = BuiltinType("RandomSearch", initializers: [Builtin("RandomSearch", [
            .labeled("space"), .labeled("trials", defaulted: true), .labeled("objective", defaulted: true),
            .labeled("seed", defaulted: true), .labeled("build"),
        ]) { inv in
            guard case .object(let s as SearchSpaceBox)? = inv.value(0) else { throw inv.mismatch(0, expected: "SearchSpace") }
            let trials = try inv.optionalInt(1) ?? 10
            let objective = try inv.optionalString(2) ?? "val_loss"
            let seed = try Self.seedArgument(inv, 3) ?? ModelSeeds.next()
            let f = try inv.function(4)
            let interpreter = inv.interpreter, range = inv.range(4)
            let search = RandomSearch(space: s.space, trials: trials, objective: objective, seed: seed) { hp in
                let result = try interpreter.callClosure(f, [.object(HyperparametersBox(hp))], range: range)
                let built = try interpreter.engineArgument(result, range: range) ?? result
                guard case .object(let m as ModelBox) = built else {
                    throw RuntimeError("the build closure must return a compiled Model, not '\(built.typeName)'", at: range)
                }
                return m.model
            }
            return .object(SearchBox(search))
        }])
        let hpMethods: [String: [Builtin]] = [
            "int": [Builtin("int", [.positional()]) { inv in
                guard case .object(let o as HyperparametersBox) = inv.receiver else { return .void }
                let name = try inv.string(0)
                return .int(try Self.tensorCall(inv) { try o.values.int(name) })
            }],
            "double": [Builtin("double", [.positional()]) { inv in
                guard case .object(let o as HyperparametersBox) = inv.receiver else { return .void }
                let name = try inv.string(0)
                return .double(try Self.tensorCall(inv) { try o.values.double(name) })
            }],
            "string": [Builtin("string", [.positional()]) { inv in
                guard case .object(let o as HyperparametersBox) = inv.receiver else { return .void }
                let name = try inv.string(0)
                return .string(try Self.tensorCall(inv) { try o.values.string(name) })
            }],
        ]
        let run = Builtin("run", [
            .positional(), .positional(), .labeled("epochs", defaulted: true), .labeled("batchSize", defaulted: true),
            .labeled("validationData", defaulted: true), .labeled("validationSplit", defaulted: true),
        ]) { inv in
            guard case .object(let o as SearchBox) = inv.receiver else { return .void }
            let x = try inv.data(0), y = try inv.data(1)
            let epochs = try inv.optionalInt(2) ?? 1, batchSize = try inv.optionalInt(3) ?? 32
            var validation: (Tensor, Tensor)?
            if let v = inv.value(4) {
                guard case .tuple(let items, _) = v, items.count == 2,
                    case .object(let vx as TensorBox) = items[0], case .object(let vy as TensorBox) = items[1]
                else { throw inv.mismatch(4, expected: "a tuple (x, y) of tensors") }
                validation = (vx.tensor, vy.tensor)
            }
            let split = inv.value(5) == nil ? 0 : try inv.double(5)
            let callbacks: [Callback] = [CellDeadline(interpreter: inv.interpreter, range: inv.callRange)]
            return .object(SearchResultsBox(try Self.tensorCall(inv) {
                try o.search.run(x, y, epochs: epochs, batchSize: batchSize, validationData: validation,
                                 validationSplit: split, callbacks: callbacks)
            }))
        }
        objectMethods.append { value in
            switch value {
            case .object(let o) where o is HyperparametersBox: return hpMethods
            case .object(let o) where o is SearchBox: return ["run": [run]]
            default: return [:]
            }
        }
        objectProperties.append { name, value in
            guard case .object(let o as SearchResultsBox) = value else { return nil }
            func trial(_ t: SearchResults.Trial) -> Value {
                .tuple([.int(t.index), .object(HyperparametersBox(t.hyperparameters)), .double(t.score)],
                       labels: ["index", "hyperparameters", "score"])
            }
            switch name {
            case "table": return .string(o.results.table)
            case "best": return o.results.best.map { .some(trial($0)) } ?? Value.none
            case "trials": return .array(o.results.sorted.map(trial))
            default: return nil
            }
        }
    }
}

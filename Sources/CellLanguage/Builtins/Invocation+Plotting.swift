import Diagnostics
import Plotting

/// Conversions from cell values to the Plotting API's argument types.
extension Invocation {
    /// `[Double]`, accepting Int elements (data often arrives as counts or labels).
    func doubles(_ i: Int) throws -> [Double] {
        try array(i).map { v -> Double in
            switch v {
            case .double(let d): return d
            case .int(let n): return Double(n)
            default: throw mismatch(i, expected: "[Double]")
            }
        }
    }

    func optionalDoubles(_ i: Int) throws -> [Double]? { value(i) == nil ? nil : try doubles(i) }

    func ints(_ i: Int) throws -> [Int] {
        try array(i).map { v -> Int in
            guard case .int(let n) = v else { throw mismatch(i, expected: "[Int]") }
            return n
        }
    }

    func strings(_ i: Int) throws -> [String] {
        try array(i).map { v -> String in
            guard case .string(let s) = v else { throw mismatch(i, expected: "[String]") }
            return s
        }
    }

    func matrix(_ i: Int) throws -> [[Double]] {
        try array(i).map { row -> [Double] in
            guard case .array(let items) = row else { throw mismatch(i, expected: "[[Double]]") }
            return try items.map { v -> Double in
                switch v {
                case .double(let d): return d
                case .int(let n): return Double(n)
                default: throw mismatch(i, expected: "[[Double]]")
                }
            }
        }
    }

    func optionalString(_ i: Int) throws -> String? { value(i) == nil ? nil : try string(i) }
    func optionalInt(_ i: Int) throws -> Int? { value(i) == nil ? nil : try int(i) }

    /// A `ClosedRange<Double>` written `-4...4` or `0.0...1.0`.
    func closedRange(_ i: Int) throws -> ClosedRange<Double> {
        switch value(i) {
        case .doubleRange(let a, let b, _)?: return a...b
        case .range(let a, let b)?: return Double(a)...Double(b - 1)
        default: throw mismatch(i, expected: "ClosedRange<Double>")
        }
    }

    func optionalClosedRange(_ i: Int) throws -> ClosedRange<Double>? { value(i) == nil ? nil : try closedRange(i) }

    /// An enum argument written as an implicit member (`.log`, `.dashed`).
    func option<E: RawRepresentable & CaseIterable>(_ i: Int, _: E.Type, default d: E) throws -> E where E.RawValue == String {
        guard let v = value(i) else { return d }
        guard case .symbol(let name) = v, let e = E(rawValue: name) else {
            let names = E.allCases.map { ".\($0.rawValue)" }.joined(separator: ", ")
            throw RuntimeError("expected one of \(names), not \(Formatter.describe(v))", at: range(i))
        }
        return e
    }

    /// Wraps a cell closure as a Swift function; the first error it raises is kept in `failure`.
    func realFunction(_ i: Int, failure: ErrorBox) throws -> (Double) -> Double {
        let f = try function(i)
        let interp = interpreter, at = range(i)
        return { x in
            guard failure.error == nil else { return .nan }
            do {
                switch try interp.callClosure(f, [.double(x)], range: at) {
                case .double(let y): return y
                case .int(let n): return Double(n)
                case let other:
                    throw RuntimeError("closure must return a Double, not '\(other.typeName)'", at: at)
                }
            } catch {
                failure.error = error
                return .nan
            }
        }
    }

    func binaryFunction<T>(_ i: Int, failure: ErrorBox, fallback: T, _ convert: @escaping (Value) -> T?) throws -> (Double, Double) -> T {
        let f = try function(i)
        let interp = interpreter, at = range(i)
        return { x, y in
            guard failure.error == nil else { return fallback }
            do {
                let v = try interp.callClosure(f, [.double(x), .double(y)], range: at)
                guard let t = convert(v) else {
                    throw RuntimeError("closure returned a value of the wrong type: '\(v.typeName)'", at: at)
                }
                return t
            } catch {
                failure.error = error
                return fallback
            }
        }
    }
}

/// Carries an error out of a non-throwing callback.
final class ErrorBox {
    var error: Error?

    func rethrow() throws {
        if let error { throw error }
    }
}

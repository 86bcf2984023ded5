import Diagnostics

/// `AnyIterator { … }` and `AnyIterator(iterator)`: an iterator whose `next()` calls a closure
/// (or another iterator's `next()`).
final class AnyIteratorBox: DisplayableObject {
    /// The closure of no arguments returning an optional, or the iterator wrapped.
    var source: Value
    let isClosure: Bool

    init(source: Value, isClosure: Bool) {
        self.source = source
        self.isClosure = isClosure
    }

    var typeName: String { "AnyIterator<Any>" }
    var printedDescription: String { "AnyIterator<Any>" }
    var display: Display { .text(printedDescription) }
}

/// The cells' own `Sequence` and `IteratorProtocol` types: `for … in`, `Array(…)` and the
/// sequence methods (`map`, `filter`, `reduce`, `contains`, `max` …) call their
/// `makeIterator()` and `next()`.
extension Interpreter {
    /// Whether a type of the cells declares `Sequence` or `IteratorProtocol` conformance.
    static func isSequence(_ type: UserType) -> Bool {
        var t: UserType? = type
        while let current = t {
            if current.decl.conformances.contains(where: {
                $0 == "Sequence" || $0 == "IteratorProtocol"
            }) {
                return true
            }
            t = current.superclass
        }
        return false
    }

    /// The iterator of a value of a cells' `Sequence` (its `makeIterator()`, or the value itself
    /// when it is its own iterator) or of an `AnyIterator`; nil for any other value.
    func makeIterator(_ value: Value, range: SourceRange) throws -> Value? {
        let type: UserType
        switch value {
        case .object(let box as AnyIteratorBox): return .object(box)
        case .structValue(let t, _): type = t
        case .instance(let i): type = i.type
        default: return nil
        }
        guard Self.isSequence(type) else { return nil }
        let make = type.methods(named: "makeIterator").filter { $0.parameters.isEmpty }
        if !make.isEmpty {
            var receiver = value
            return try callMethod(
                make, receiver: &receiver, [], labels: [], argumentRanges: [], literal: [],
                range: range)
        }
        guard !type.methods(named: "next").isEmpty else {
            throw RuntimeError(
                "type '\(type.name)' does not conform to 'Sequence': it has no 'makeIterator()' or 'next()'",
                at: range)
        }
        return value
    }

    /// The next element of an iterator (calling its `mutating func next()`), or nil at its end.
    func next(_ iterator: inout Value, range: SourceRange) throws -> Value? {
        let result: Value
        switch iterator {
        case .object(let box as AnyIteratorBox):
            if box.isClosure {
                result = try callClosure(box.source, [], range: range)
            } else {
                var inner = box.source
                defer { box.source = inner }
                return try next(&inner, range: range)
            }
        case .structValue(let t, _) where !t.methods(named: "next").isEmpty:
            result = try callMethod(
                t.methods(named: "next"), receiver: &iterator, [], labels: [], argumentRanges: [],
                literal: [], range: range)
        case .instance(let i) where !i.type.methods(named: "next").isEmpty:
            result = try callMethod(
                i.type.methods(named: "next"), receiver: &iterator, [], labels: [],
                argumentRanges: [], literal: [], range: range)
        default:
            throw RuntimeError(
                "value of type '\(iterator.typeName)' has no member 'next'", at: range)
        }
        switch result {
        case .some(let element): return element
        case .none: return nil
        default: return result
        }
    }

    /// Every element of a cells' `Sequence` or an `AnyIterator`, in order; nil for any other
    /// value. An endless sequence runs into the cell's time limit.
    func sequenceElements(_ value: Value, range: SourceRange) throws -> [Value]? {
        guard var iterator = try makeIterator(value, range: range) else { return nil }
        var elements: [Value] = []
        while let element = try next(&iterator, range: range) {
            try tick(range)
            try Limits.checkSize(elements.count + 1, what: "a sequence's elements", at: range)
            elements.append(element)
        }
        return elements
    }
}

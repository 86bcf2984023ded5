extension BuiltinRegistry {
    /// `Hasher`: what a cell's `hash(into:)` receives (`hasher.combine(name)`), and `Hasher()`
    /// with `finalize()` for hashing by hand.
    func registerHasher() {
        let make = Builtin("Hasher", []) { _ in .object(HasherBox()) }
        types["Hasher"] = BuiltinType("Hasher", initializers: [make])
        objectMethods.append { value in
            guard case .object(let hasher as HasherBox) = value else { return [:] }
            return [
                "combine": [
                    Builtin("combine", [.positional()]) { inv in
                        guard let v = inv.value(0), DictionaryKey(v) != nil else {
                            throw RuntimeError(
                                "a value of type '\(inv.value(0)?.typeName ?? "Any")' cannot be combined: it is not Hashable",
                                at: inv.range(0))
                        }
                        hasher.values.append(v)
                        return .void
                    }
                ],
                "finalize": [
                    Builtin("finalize", []) { _ in
                        var h = Hasher()
                        for v in hasher.values { DictionaryKey(v).map { h.combine($0) } }
                        return .int(h.finalize())
                    }
                ],
            ]
        }
    }
}

extension BuiltinRegistry {
    /// `AnyIterator { … }` (a closure returning the next element or nil) and
    /// `AnyIterator(iterator)`, with `next()` and the sequence methods on what is left.
    func registerAnyIterator() {
        let make = Builtin("AnyIterator", [.positional()]) { inv in
            guard let source = inv.value(0) else { throw inv.mismatch(0, expected: "closure") }
            if case .function = source {
                return .object(AnyIteratorBox(source: source, isClosure: true))
            }
            guard let iterator = try inv.interpreter.makeIterator(source, range: inv.range(0))
            else { throw inv.mismatch(0, expected: "IteratorProtocol") }
            return .object(AnyIteratorBox(source: iterator, isClosure: false))
        }
        types["AnyIterator"] = BuiltinType("AnyIterator", initializers: [make])
        let arrayMethods = self.arrayMethods
        objectMethods.append { value in
            guard case .object(let box as AnyIteratorBox) = value else { return [:] }
            var all: [String: [Builtin]] = [:]
            for (name, overloads) in arrayMethods {
                all[name] = overloads.map { b in
                    Builtin(name, b.parameters) { inv in
                        var onArray = inv
                        onArray.receiver = .array(
                            try inv.interpreter.sequenceElements(value, range: inv.callRange) ?? [])
                        return try b.implementation(&onArray)
                    }
                }
            }
            all["next"] = [
                Builtin("next", []) { inv in
                    var iterator: Value = .object(box)
                    return try inv.interpreter.next(&iterator, range: inv.callRange)
                        .map { .some($0) } ?? Value.none
                }
            ]
            return all
        }
    }
}

import Diagnostics

extension Interpreter {
    /// Assigns to a name, an element (`xs[i] = v`) or a member, writing back through the chain.
    func assign(_ target: Expr, _ value: Value, literal: Bool, frame: Frame) throws {
        if case .tuple(let elements) = target.kind {
            guard case .tuple(let values, _) = value, values.count == elements.count else {
                throw RuntimeError(
                    "cannot assign value of type '\(value.typeName)' to a tuple of \(elements.count) elements",
                    at: target.range)
            }
            for (element, v) in zip(elements, values) {
                try assign(element.value, v, literal: literal, frame: frame)
            }
            return
        }
        // `cache[key] = value` on a type of the cells calls its subscript's setter alone.
        if case .subscriptAccess(let base, let args) = target.kind,
            let type = Self.userType(of: try evaluate(base, frame: frame)),
            !type.subscripts(setters: true).isEmpty
        {
            let indices = try args.map { try evaluate($0.value, frame: frame) }
            try modify(base, frame: frame) { container in
                _ = try callMethod(
                    type.subscripts(setters: true), receiver: &container, indices + [value],
                    labels: args.map(\.label) + [nil],
                    argumentRanges: args.map(\.range) + [target.range],
                    literal: args.map { _ in false } + [literal], range: target.range)
            }
            return
        }
        try modify(target, frame: frame) { current in
            if let mismatch = Self.simpleTypeMismatch(current, value, literal: literal) {
                throw RuntimeError(mismatch, at: target.range)
            }
            if case .int(let i) = value, literal, case .double = current {
                current = .double(Double(i))
            } else if literal, case .tuple(let old, let oldLabels) = current,
                case .tuple(var new, _) = value,
                old.count == new.count
            {
                // `center = (x: 5, y: 1)` where `center` holds Doubles.
                for k in new.indices {
                    if case .int(let n) = new[k], case .double = old[k] {
                        new[k] = .double(Double(n))
                    }
                }
                current = .tuple(new, labels: oldLabels)
            } else if let enumType = UserType.enumCase(of: Self.unwrapped(current))?.type,
                let resolved = try resolveImplicitMember(value, as: enumType, range: target.range)
            {
                // `heading = .east` where `heading` holds an enum value.
                current = isOptional(current) ? .some(resolved) : resolved
            } else if case .tuple(let old, let oldLabels) = current,
                case .tuple(let new, let newLabels) = value,
                old.count == new.count, newLabels.allSatisfy({ $0 == nil }),
                oldLabels.contains(where: { $0 != nil })
            {
                // `best = (n, length)` where `best` is `(start: Int, length: Int)` keeps the labels.
                current = .tuple(new, labels: oldLabels)
            } else if case .some = current, !isOptional(value) {
                current = .some(value)
            } else if case .none = current, !isOptional(value) {
                current = .some(value)
            } else {
                current = value
            }
        }
    }

    /// Swift's message when a variable of a built-in type gets a value of another type.
    static func simpleTypeMismatch(_ current: Value, _ value: Value, literal: Bool) -> String? {
        let old = SimpleKind.of(current)
        let new = SimpleKind.of(value)
        guard old != .other, new != .other, old != new, !(old == .double && new == .int && literal)
        else { return nil }
        return "cannot assign value of type '\(value.typeName)' to type '\(current.typeName)'"
    }

    private func isOptional(_ v: Value) -> Bool {
        switch v {
        case .some, .none: return true
        default: return false
        }
    }

    /// Gives `body` in-place access to the storage an lvalue expression names.
    func modify(_ target: Expr, frame: Frame, _ body: (inout Value) throws -> Void) throws {
        switch target.kind {
        case .name(let binding, _):
            try withStorage(binding, frame: frame, body)
        case .subscriptAccess(let base, let args):
            let indices = try args.map { try evaluate($0.value, frame: frame) }
            try modifySubscript(target, base, args, indices: indices, frame: frame, body)
        case .member(let base, let name):
            var inPlace: Bool
            switch base.kind {
            case .name, .subscriptAccess, .member: inPlace = true
            case .optionalChain(let inner), .forceUnwrap(let inner):
                // Through `?`/`!` to a value held in storage (`items[k]?.count = 1`) in place; to
                // an object (`model?.stopTraining = true`) on the object itself.
                switch try evaluate(inner, frame: frame) {
                case .some(.object), .object: inPlace = false
                default: inPlace = true
                }
            default: inPlace = false
            }
            if !inPlace {
                // An object held in a temporary: mutate the object itself.
                var obj = try evaluate(base, frame: frame)
                try Members.modify(name, of: &obj, range: target.range, interpreter: self, body)
                return
            }
            try modify(base, frame: frame) { object in
                try Members.modify(name, of: &object, range: target.range, interpreter: self, body)
            }
        case .forceUnwrap(let inner):
            // `counts[key]! -= 1`
            try modify(inner, frame: frame) { optional in
                guard case .some(var wrapped) = optional else {
                    throw RuntimeError(
                        "unexpectedly found nil while unwrapping an Optional value",
                        at: target.range)
                }
                optional = .void
                try body(&wrapped)
                optional = .some(wrapped)
            }
        case .optionalChain(let inner):
            // `person.address?.zip = "12345"`: nothing happens when the optional is nil.
            try modify(inner, frame: frame) { optional in
                guard case .some(var wrapped) = optional else { return }
                optional = .void
                try body(&wrapped)
                optional = .some(wrapped)
            }
        default:
            throw RuntimeError("cannot assign to this expression", at: target.range)
        }
    }

    /// Runs `body` on the element `base[args]` names, its indices evaluated.
    func modifySubscript(
        _ target: Expr, _ base: Expr, _ args: [Expr.Argument], indices: [Value], frame: Frame,
        _ body: (inout Value) throws -> Void
    ) throws {
        if args.count == 1, args[0].label == "keyPath", case .function(let path) = indices[0] {
            // `item[keyPath: \Item.price] = 5`: the members the key path names, in turn.
            let names = path.name.drop { $0 == "\\" }.split(
                separator: ".", omittingEmptySubsequences: false
            )
            .dropFirst().map(String.init)
            guard !names.isEmpty, names.allSatisfy({ !$0.isEmpty }) else {
                throw RuntimeError("this key path cannot be written through", at: target.range)
            }
            func through(_ value: inout Value, _ rest: ArraySlice<String>) throws {
                guard let name = rest.first else { return try body(&value) }
                try Members.modify(name, of: &value, range: target.range, interpreter: self) {
                    try through(&$0, rest.dropFirst())
                }
            }
            try modify(base, frame: frame) { container in try through(&container, names[...]) }
            return
        }
        try modify(base, frame: frame) { container in
            if let type = Self.userType(of: container), !type.subscripts(setters: true).isEmpty {
                // A `subscript` with a setter: get, change, set.
                let labels = args.map(\.label)
                let ranges = args.map(\.range)
                var value = try callMethod(
                    type.subscripts(setters: false), receiver: &container, indices,
                    labels: labels,
                    argumentRanges: ranges, literal: args.map { _ in false },
                    range: target.range)
                try body(&value)
                _ = try callMethod(
                    type.subscripts(setters: true), receiver: &container, indices + [value],
                    labels: labels + [nil], argumentRanges: ranges + [target.range],
                    literal: args.map { _ in false } + [false], range: target.range)
                return
            }
            try Subscripts.modify(
                &container, indices, labels: args.map(\.label), range: target.range, body)
        }
    }

    /// `let p = Point(…); p.x = 1` is an error for a struct (a value), not for a class instance.
    func checkLetRoot(_ target: Expr, frame: Frame) throws {
        guard let root = target.letRoot else { return }
        // `refs[0].x = 1` with `refs` a `let` array of class instances changes the instance.
        if case .member(let owner, _) = target.kind,
            case .instance = try evaluate(owner, frame: frame)
        {
            return
        }
        var e = target
        while true {
            switch e.kind {
            case .member(let b, _), .subscriptAccess(let b, _):
                e = b
                continue
            default: break
            }
            break
        }
        switch try evaluate(e, frame: frame) {
        case .structValue, .array, .dictionary, .tuple, .string:
            if case .subscriptAccess = target.kind {
                throw RuntimeError(
                    "cannot assign through subscript: '\(root)' is a 'let' constant",
                    at: target.range)
            }
            throw RuntimeError(
                "cannot assign to property: '\(root)' is a 'let' constant", at: target.range)
        default: return
        }
    }
}

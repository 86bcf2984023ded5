import Diagnostics

/// `xs[i]`, `xs[a..<b]`, `d[key]`, `t.0`-style access and in-place element updates.
enum Subscripts {
    /// `index` as a key of `d`; an implicit member (`counts[.hearts]`) is the case of the enum
    /// the dictionary's keys belong to.
    static func dictionaryKey(_ index: Value, in d: [DictionaryKey: Value], range: SourceRange)
        throws -> DictionaryKey
    {
        if let key = DictionaryKey(index) { return key }
        if case .symbol(let name) = index,
            let enumType = d.keys.lazy.compactMap({ UserType.enumCase(of: $0.value)?.type }).first,
            let member = enumType.staticMembers[name], let key = DictionaryKey(member)
        {
            return key
        }
        throw RuntimeError("type '\(index.typeName)' cannot be a dictionary key", at: range)
    }

    static func get(_ base: Value, _ indices: [Value], labels: [String?], range: SourceRange) throws
        -> Value
    {
        // `counts[word, default: 0]`
        if case .dictionary(let d, _) = base, indices.count == 2, labels.count == 2,
            labels[0] == nil,
            labels[1] == "default"
        {
            let key = try dictionaryKey(indices[0], in: d, range: range)
            return d[key] ?? indices[1]
        }
        guard indices.count == 1, let index = indices.first else {
            throw RuntimeError(
                "subscript takes exactly one index here, not \(indices.count)", at: range)
        }
        switch (base, index) {
        case (.array(let items), .int(let i)):
            guard i >= 0 && i < items.count else {
                throw RuntimeError(
                    "index out of range: \(i) is not in 0..<\(items.count)", at: range)
            }
            return items[i]
        case (.array(let items), .range(var lo, var hi)):
            // One-sided ranges reach to the array's ends: `xs[2...]`, `xs[..<2]`.
            if hi == Int.max { hi = items.count }
            if lo == Int.min { lo = 0 }
            guard lo >= 0 && hi <= items.count && lo <= hi else {
                throw RuntimeError(
                    "range \(lo)..<\(hi) is out of bounds for an array of \(items.count) elements",
                    at: range)
            }
            return .array(Array(items[lo..<hi]))
        case (.dictionary(let d, _), _):
            let key = try dictionaryKey(index, in: d, range: range)
            return d[key].map { .some($0) } ?? Value.none
        case (.object(let o as SubscriptableObject), _):
            if let v = o.subscriptValue(index) { return v }
            throw RuntimeError(
                "value of type '\(base.typeName)' has no subscripts taking '\(index.typeName)'",
                at: range)
        case (.string(let s), .object(let index as StringIndex)):
            // `text[i]`: the Character at a String.Index.
            let i = try StringIndex.checked(
                index.offset, count: s.count, allowEnd: false, range: range)
            return .string(String(s[s.index(s.startIndex, offsetBy: i.offset)]))
        case (.string(let s), .object(let r as StringIndexRange)):
            // `text[i..<j]`, `text[..<i]`, `text[i...]`: a substring.
            let bounds = try StringIndex.bounds(r, count: s.count, range: range)
            let characters = Array(s)
            return .string(String(characters[bounds]))
        case (.string(let s), .int(let i)):
            throw RuntimeError(
                "'subscript(_:)' is unavailable: cannot subscript String with an Int; use Array(\"\(s.prefix(8))…\")[\(i)]",
                at: range)
        default:
            throw RuntimeError(
                "value of type '\(base.typeName)' has no subscripts taking '\(index.typeName)'",
                at: range)
        }
    }

    static func modify(
        _ container: inout Value, _ indices: [Value], labels: [String?] = [], range: SourceRange,
        _ body: (inout Value) throws -> Void
    ) throws {
        if case .dictionary(var d, var order) = container, indices.count == 2, labels.count == 2,
            labels[0] == nil,
            labels[1] == "default"
        {
            let key = try dictionaryKey(indices[0], in: d, range: range)
            container = .void
            var slot = d[key] ?? indices[1]
            try body(&slot)
            if d[key] == nil { order.append(key) }
            d[key] = slot
            container = .dictionary(d, order: order)
            return
        }
        guard indices.count == 1, let index = indices.first else {
            throw RuntimeError(
                "subscript takes exactly one index here, not \(indices.count)", at: range)
        }
        switch (container, index) {
        case (.array(var items), .int(let i)):
            guard i >= 0 && i < items.count else {
                throw RuntimeError(
                    "index out of range: \(i) is not in 0..<\(items.count)", at: range)
            }
            container = .void  // release the storage so `items` is unique and updates in place
            defer { container = .array(items) }
            try body(&items[i])
        case (.dictionary(var d, var order), _):
            let key = try dictionaryKey(index, in: d, range: range)
            container = .void
            var slot: Value = d[key].map { .some($0) } ?? Value.none
            try body(&slot)
            switch slot {
            case .none:
                d[key] = nil
                order.removeAll { $0 == key }
            case .some(let v):
                if d[key] == nil { order.append(key) }
                d[key] = v
            default:
                if d[key] == nil { order.append(key) }
                d[key] = slot
            }
            container = .dictionary(d, order: order)
        default:
            throw RuntimeError(
                "cannot assign through subscript of a value of type '\(container.typeName)'",
                at: range)
        }
    }
}

extension BuiltinRegistry {
    /// `print`, `debugPrint` and `display(_:)`.
    func registerDisplay() {
        function(
            "print",
            [
                .variadic, .labeled("separator", defaulted: true),
                .labeled("terminator", defaulted: true),
            ]
        ) { inv in
            let items = try inv.array(0)
            let separator = try inv.value(1).map { _ in try inv.string(1) } ?? " "
            let terminator = try inv.value(2).map { _ in try inv.string(2) } ?? "\n"
            let texts = try items.map { try inv.interpreter.describe($0, range: inv.callRange) }
            inv.interpreter.write(texts.joined(separator: separator) + terminator)
            return .void
        }
        function("debugPrint", [.variadic]) { inv in
            let texts = try inv.array(0).map {
                try inv.interpreter.debugDescribe($0, range: inv.callRange)
            }
            inv.interpreter.write(texts.joined(separator: " ") + "\n")
            return .void
        }
        function("display", [.positional()]) { inv in
            inv.interpreter.show(Self.display(of: inv.value(0) ?? .void))
            return .void
        }
    }

    /// The rich display of a value: engine objects choose theirs, collections of numbers show
    /// as text like `print`.
    static func display(of value: Value) -> Display {
        if case .object(let o) = value, let d = o as? any DisplayableObject { return d.display }
        return .text(Formatter.describe(value))
    }
}

extension BuiltinRegistry {
    /// `fatalError`, `precondition` and `assert`: in a cell they end the cell with a located error.
    func registerExpectations() {
        function("fatalError", [.positional(true)]) { inv in
            let message = try inv.value(0).map { _ in try inv.string(0) } ?? ""
            throw RuntimeError("Fatal error" + (message.isEmpty ? "" : ": \(message)"), at: inv.callRange)
        }
        for name in ["precondition", "assert"] {
            function(name, [.positional(), .positional(true)]) { inv in
                if try inv.bool(0) { return .void }
                let message = try inv.value(1).map { _ in try inv.string(1) } ?? ""
                throw RuntimeError("\(name == "assert" ? "Assertion" : "Precondition") failed" + (message.isEmpty ? "" : ": \(message)"),
                                   at: inv.callRange)
            }
        }
    }
}

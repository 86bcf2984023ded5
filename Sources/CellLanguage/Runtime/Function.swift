import Diagnostics

/// A callable value: a function or closure of a cell, or a built-in.
public final class Function {
    enum Body {
        /// A `func` or closure with the frame it captured (nil at the top level).
        case user(FunctionDecl, captured: Frame?)
        /// Built-in overloads sharing one name (`min(_:_:)`, `min(_:)`).
        case builtin([Builtin])
        /// A built-in method bound to the value it was read from (`xs.map`).
        case method([Builtin], receiver: Value)
        /// Methods of a cell's type (overloads by label) bound to `self`.
        case bound([FunctionDecl], receiver: Value)
        /// Functions of one name declared in one scope, told apart by labels and types.
        case overloads([(decl: FunctionDecl, captured: Frame?)])
    }

    /// The overload set of `existing` and `decl` (a redeclaration of the same full name
    /// replaces the old one, as when a cell runs again).
    static func overloading(_ existing: Function, with decl: FunctionDecl, captured: Frame?)
        -> Function
    {
        var list: [(decl: FunctionDecl, captured: Frame?)]
        switch existing.body {
        case .user(let d, let c): list = [(d, c)]
        case .overloads(let l): list = l
        default: list = []
        }
        let types = decl.parameters.map { $0.type?.description }
        list.removeAll {
            $0.decl.fullName == decl.fullName
                && $0.decl.parameters.map({ $0.type?.description }) == types
        }
        list.append((decl, captured))
        return Function(.overloads(list), name: decl.name)
    }

    let body: Body
    let name: String
    /// The member path of a key path used as a function (`\.name` in `map(\.name)`), which
    /// built-ins read directly.
    var keyPath: [String]?

    init(_ body: Body, name: String) {
        self.body = body
        self.name = name
    }
}

/// Frame of one function call (or the chapter's global frame).
final class Frame {
    var slots: [Value]
    /// The frame the function was declared in (a spare frame changes it when reused).
    var parent: Frame?
    /// The next frame of a call site's pool of finished frames (``FramePool``), while this one
    /// is kept there.
    var nextSpare: Frame?

    init(size: Int, parent: Frame?) {
        self.slots = Array(repeating: .void, count: size)
        self.parent = parent
    }

    /// The frame `depth` levels up the static chain.
    @inline(__always)
    func ancestor(_ depth: Int) -> Frame {
        var f = self
        for _ in 0..<depth { f = f.parent ?? f }
        return f
    }
}

/// A parameter of a built-in, as a Swift declaration would spell it.
struct BuiltinParameter {
    var label: String?
    var hasDefault = false
    var isVariadic = false

    static func positional(_ defaulted: Bool = false) -> BuiltinParameter {
        BuiltinParameter(label: nil, hasDefault: defaulted)
    }

    static func labeled(_ label: String, defaulted: Bool = false) -> BuiltinParameter {
        BuiltinParameter(label: label, hasDefault: defaulted)
    }

    static let variadic = BuiltinParameter(label: nil, hasDefault: true, isVariadic: true)
}

/// A function of the built-in registry: its Swift signature and its implementation.
final class Builtin {
    let name: String
    let parameters: [BuiltinParameter]
    let implementation: (inout Invocation) throws -> Value
    /// The operator an operator function applies (`+` in `reduce(0, +)`), which built-ins
    /// apply directly.
    var binaryOperator: BinaryOperator?
    /// An optional shortcut for one unlabeled argument (`Double(i)`, `exp(x)`): returns nil
    /// when it does not apply, and the general path then runs (and reports any error).
    var unary: ((Value) -> Value?)?

    /// The parameters' labels, and whether every parameter takes exactly one argument.
    let labels: [String?]
    let isPlain: Bool

    init(
        _ name: String, _ parameters: [BuiltinParameter],
        _ implementation: @escaping (inout Invocation) throws -> Value
    ) {
        self.name = name
        self.parameters = parameters
        self.implementation = implementation
        self.labels = parameters.map(\.label)
        self.isPlain = parameters.allSatisfy { !$0.isVariadic && !$0.hasDefault }
    }

    /// `name(_:separator:)`.
    var fullName: String {
        name + "(" + parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
    }
}

/// The arguments of one call of a built-in, aligned with its parameters.
struct Invocation {
    /// One value per parameter; nil where a defaulted parameter got no argument. A variadic
    /// parameter receives an array.
    var arguments: [Value?]
    /// The range of each argument (the call's range where the argument was defaulted).
    var ranges: [SourceRange]
    /// Whether each argument was a numeric literal (adapts to Double where one is expected).
    var literal: [Bool]
    var callRange: SourceRange
    /// The value a method was read from (`xs` in `xs.map`).
    var receiver: Value
    let interpreter: Interpreter

    /// The argument of parameter `i`, or an error if it is missing.
    func value(_ i: Int) -> Value? { i < arguments.count ? arguments[i] : nil }

    func range(_ i: Int) -> SourceRange { i < ranges.count ? ranges[i] : callRange }
}

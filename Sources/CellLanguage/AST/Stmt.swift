import Diagnostics

/// A statement of the cell language.
public final class Stmt {
    public let kind: Kind
    public let range: SourceRange

    /// Whether this is a `defer` (blocks check each statement; reading this flag does not copy
    /// the statement's kind).
    let isDefer: Bool

    init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
        if case .deferStmt = kind { isDefer = true } else { isDefer = false }
    }

    /// The cases with large payloads are boxed, so that the common ones (`expression`, `ifChain`,
    /// `returnStmt` …) are copied as one reference when `execute` switches over a statement.
    public enum Kind {
        case expression(Expr)
        /// `let`/`var` with a pattern: one name or a tuple of names.
        indirect case variable(Pattern, type: TypeName?, initializer: Expr?)
        indirect case function(FunctionDecl, Binding)
        indirect case type(TypeDecl, Binding)
        case ifChain(IfChain)
        indirect case guardStmt([Condition], body: [Stmt])
        indirect case whileLoop([Condition], body: [Stmt], label: String?)
        indirect case repeatWhile(body: [Stmt], condition: Expr, label: String?)
        /// `iterationFrame`: the size of a fresh frame made for each iteration, when closures in
        /// the body capture the loop's variables (each iteration has its own, as in Swift).
        indirect case forIn(
            Pattern, sequence: Expr, whereClause: Expr?, body: [Stmt], label: String?,
            iterationFrame: Int?)
        indirect case switchStmt(Expr, [SwitchCase])
        case returnStmt(Expr?)
        case breakStmt(label: String?)
        case continueStmt(label: String?)
        case fallthroughStmt
        case block([Stmt])
        /// `throw expression`.
        case throwStmt(Expr)
        /// `do { … } catch pattern { … } …`.
        indirect case doCatch(body: [Stmt], catches: [CatchClause])
        /// `defer { … }`: runs when the enclosing block is left.
        case deferStmt([Stmt])
        /// `extension Name { … }`: the members were lowered into `members` (for a type of the
        /// cells, into its own declaration); running it makes them visible (`type` evaluates to
        /// the extended type of the cells, nil for protocols and built-in types).
        indirect case extensionDecl(members: TypeDecl, type: Expr?)
    }
}

/// One `catch` clause: patterns the error must match (none: any error, bound to `error`).
public struct CatchClause {
    public var patterns: [CasePattern]
    public var guardExpr: Expr?
    /// The implicit `error` of a clause without a pattern.
    public var errorBinding: Pattern?
    public var body: [Stmt]
}

/// `if … else if … else …`, as a statement or an expression.
public final class IfChain {
    public let branches: [(conditions: [Condition], body: [Stmt])]
    public let elseBody: [Stmt]?

    init(branches: [(conditions: [Condition], body: [Stmt])], elseBody: [Stmt]?) {
        self.branches = branches
        self.elseBody = elseBody
    }
}

/// One condition of `if`, `guard` or `while`: a Boolean or an optional binding.
public enum Condition {
    case boolean(Expr)
    case optionalBinding(Pattern, Expr)
    /// `if case .square(let side) = shape`.
    case pattern(CasePattern, Expr)
}

/// A binding pattern: a name (or `_`) or a tuple of patterns.
public indirect enum Pattern {
    case ignore
    case bind(Binding, name: String, range: SourceRange)
    case tuple([Pattern])
}

/// One `case` of a `switch`.
public struct SwitchCase {
    /// Empty for `default`.
    public var patterns: [CasePattern]
    public var guardExpr: Expr?
    public var body: [Stmt]
    public var range: SourceRange
}

public enum CasePattern {
    /// Matches when `~=` holds: equality, or containment in a range.
    case expression(Expr)
    /// `let x` matches anything and binds it.
    case binding(Pattern)
    /// `(a, b)` tuple of patterns.
    case tuple([CasePattern])
    case wildcard
    /// `.circle(let r)`, `Shape.square(_)`, `.north`: an enum case and patterns for its
    /// associated values (`nil`: any values).
    case enumCase(String, [CasePattern]?)
    /// `is VendingError`: a value of that type.
    case isType(TypeName)
    /// `let e as VendingError`: a value of that type, matched against the inner pattern.
    indirect case cast(CasePattern, TypeName)
    /// `let v?`: an optional holding a value the inner pattern matches.
    indirect case optionalSome(CasePattern)
}

/// The built-in type a declared type names, for a cheap check that a value needs no conversion.
enum SimpleKind {
    case int, double, string, bool, other

    init(_ type: TypeName?) {
        switch type {
        case .named("Int")?: self = .int
        case .named("Double")?, .named("Float")?: self = .double
        case .named("String")?: self = .string
        case .named("Bool")?: self = .bool
        default: self = .other
        }
    }

    static func of(_ v: Value) -> SimpleKind {
        switch v {
        case .int: return .int
        case .double: return .double
        case .string: return .string
        case .bool: return .bool
        default: return .other
        }
    }

    @inline(__always)
    func matches(_ v: Value) -> Bool {
        switch (self, v) {
        case (.int, .int), (.double, .double), (.string, .string), (.bool, .bool): return true
        default: return false
        }
    }
}

/// A function or closure: parameters, body and the size of its frame.
public final class FunctionDecl {
    public struct Parameter {
        /// The argument label callers write (`nil` for `_`).
        public var label: String?
        public var name: String
        public var type: TypeName?
        public var defaultValue: Expr?
        public var isVariadic: Bool
        public var slot: Int
        /// An `inout` parameter: its final value is written back to the caller's `&argument`.
        public var isInout = false
    }

    public let name: String
    public var parameters: [Parameter]
    public var returnType: TypeName? {
        didSet { returnKind = SimpleKind(returnType) }
    }
    public var body: [Stmt]
    /// Number of slots of a call's frame (parameters and all locals of the body).
    public var frameSize: Int
    public let range: SourceRange
    /// A single-expression body returns its value implicitly.
    public var implicitReturn: Bool
    /// A method, initializer or getter: slot 0 of its frame holds `self`.
    public var isMethod = false
    /// A closure expression (its parameters take no argument labels).
    lazy var isClosure: Bool = name == "closure"

    init(
        name: String, parameters: [Parameter], returnType: TypeName?, body: [Stmt], frameSize: Int,
        range: SourceRange, implicitReturn: Bool
    ) {
        self.name = name
        self.parameters = parameters
        self.returnType = returnType
        self.body = body
        self.frameSize = frameSize
        self.range = range
        self.implicitReturn = implicitReturn
        self.returnKind = SimpleKind(returnType)
    }

    /// The parameters as the argument matcher sees them (closures take no labels).
    lazy var matcherParameters: [BuiltinParameter] = parameters.map {
        BuiltinParameter(
            label: name == "closure" ? nil : $0.label, hasDefault: $0.defaultValue != nil,
            isVariadic: $0.isVariadic)
    }
    lazy var labels: [String?] = matcherParameters.map(\.label)
    lazy var isPlain: Bool = parameters.allSatisfy { $0.defaultValue == nil && !$0.isVariadic }
    lazy var identityMapping: [[Int]] = parameters.indices.map { [$0] }
    lazy var parameterSlots: [Int] = parameters.map(\.slot)
    lazy var hasInout: Bool = parameters.contains(where: \.isInout)
    /// Overloads of the same name in the same scope (by labels or parameter types).
    public var isOverloaded = false
    /// A failable initializer (`init?`): `return nil` makes the construction nil.
    public var isFailable = false
    lazy var parameterKinds: [SimpleKind] = parameters.map { SimpleKind($0.type) }
    private(set) var returnKind: SimpleKind
    /// The expression a one-expression body returns (`{ x * factor }`), read once.
    lazy var singleExpression: Expr? = {
        guard implicitReturn, body.count == 1, case .expression(let e) = body[0].kind else {
            return nil
        }
        return e
    }()
    /// Whether a call whose arguments fit the parameters one to one, labels as declared, can
    /// bind them straight into the frame: no defaults, variadics, `inout`, `Self` or function
    /// types among the parameters, and not a method or initializer.
    lazy var takesDirectCall: Bool =
        !isMethod && !isFailable
        && parameters.allSatisfy { p in
            guard p.defaultValue == nil, !p.isVariadic, !p.isInout else { return false }
            switch p.type {
            case .named("Self")?, .function?: return false
            default: return true
            }
        }

    /// The body compiled to closures, at the first call (emptied when the session ends).
    var compiled: CompiledBody?

    /// `name(label:label:)`, as Swift spells a function's full name.
    public var fullName: String {
        name + "(" + parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
    }
}

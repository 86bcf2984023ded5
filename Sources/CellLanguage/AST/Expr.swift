import Diagnostics

/// An expression of the cell language, lowered from SwiftSyntax. Names are already resolved to
/// storage (`Binding`) so the interpreter never looks a name up by string at run time.
public final class Expr {
    public let kind: Kind
    public let range: SourceRange
    /// The expression's source text (for expectation messages: `(accuracy → 0.8132) > 0.85`).
    public let text: String

    init(_ kind: Kind, range: SourceRange, text: String) {
        self.kind = kind
        self.range = range
        self.text = text
        self.isNumericLiteral = Self.adapts(kind)
        self.isLiteralArithmetic = Self.literalArithmetic(kind)
    }

    /// Whether the expression is arithmetic on numeric literals only (`3 * 2`, `1 / 3`): its
    /// literals take the type of what it meets (`1 / 3 * x` with `x` a Double is 0.333… * x).
    let isLiteralArithmetic: Bool

    private static func literalArithmetic(_ kind: Kind) -> Bool {
        switch kind {
        case .intLiteral, .doubleLiteral: return true
        case .prefix(.negate, let e): return e.isLiteralArithmetic
        case .binary(let op, let l, let r):
            return [.add, .subtract, .multiply, .divide].contains(op) && l.isLiteralArithmetic
                && r.isLiteralArithmetic
        default: return false
        }
    }

    /// The value of literal arithmetic with every literal a Double.
    var literalDoubleValue: Double? {
        switch kind {
        case .intLiteral(let v): return Double(v)
        case .doubleLiteral(let v): return v
        case .prefix(.negate, let e): return e.literalDoubleValue.map { -$0 }
        case .binary(let op, let l, let r):
            guard let a = l.literalDoubleValue, let b = r.literalDoubleValue else { return nil }
            switch op {
            case .add: return a + b
            case .subtract: return a - b
            case .multiply: return a * b
            case .divide: return a / b
            default: return nil
            }
        default: return nil
        }
    }

    /// Whether the expression is a literal whose type adapts to its context (`1` used as a
    /// Double, `[1, 2]` used as a `[Double]`).
    let isNumericLiteral: Bool

    public indirect enum Kind {
        case intLiteral(Int)
        case doubleLiteral(Double)
        case boolLiteral(Bool)
        case stringLiteral([StringPart])
        case nilLiteral
        case arrayLiteral([Expr])
        case dictionaryLiteral([(key: Expr, value: Expr)])
        case tuple([(label: String?, value: Expr)])
        case name(Binding, String)
        case binary(BinaryOperator, Expr, Expr)
        case logical(and: Bool, Expr, Expr)
        case prefix(PrefixOperator, Expr)
        case ternary(Expr, Expr, Expr)
        case range(Expr, Expr, closed: Bool)
        case call(Expr, [Argument])
        case member(Expr, String)
        case implicitMember(String)
        case subscriptAccess(Expr, [Argument])
        case closure(FunctionDecl)
        case assign(Expr, Expr)
        case compoundAssign(BinaryOperator, Expr, Expr)
        case forceUnwrap(Expr)
        case optionalChain(Expr)
        case nilCoalesce(Expr, Expr)
        case expectation(Expr, isRequire: Bool, comment: Expr?)
        case typeCast(Expr, TypeName, kind: CastKind)
        case conditional(IfChain)
        /// `5...` (`hasLower`) or `..<5` / `...5`: a range open on one side.
        case oneSidedRange(Expr, hasLower: Bool, closed: Bool)
        /// `try? expression`: nil when the expression fails.
        case tryOptional(Expr)
        /// `&x` passed to an `inout` parameter: the storage it names.
        case inoutArgument(Expr)
        /// `\.name.count`, `\Person.age`: a function from a value to the member path's value.
        case keyPath([String])
        /// `switch` as an expression: the value of the matching case's expression.
        case switchValue(Expr, [SwitchCase])
        /// `_ = expression`: evaluated for its effects, the value dropped.
        case discard(Expr)
        /// `super.name` inside a method of a subclass.
        case superMember(Expr, superclass: Expr, String)
    }

    public enum CastKind { case `as`, asOptional, asForced, `is` }

    public enum StringPart {
        case text(String)
        case interpolation(Expr)
    }

    /// A call argument: `label: value` or an unlabeled value.
    public struct Argument {
        public var label: String?
        public var value: Expr
        /// The argument with its label (`activaton: .relu`), where label errors point.
        public var range: SourceRange
    }

    /// Whether a `?.` lies on this expression's postfix spine (`a?.b.c`, `xs?.map { … }`): the
    /// whole spine is then one optional chain.
    lazy var hasOptionalChain: Bool = {
        switch kind {
        case .optionalChain: return true
        case .member(let b, _), .subscriptAccess(let b, _): return b.hasOptionalChain
        case .call(let c, _): return c.hasOptionalChain
        default: return false
        }
    }()

    /// Where the operator of a binary expression is: type errors point at it, as swiftc's do.
    var operatorRange: SourceRange?

    /// For an assignment target like `p.x` whose root `p` is a `let`: the root's name. Whether
    /// that is an error depends on the value (a struct: yes; a class instance: no).
    var letRoot: String?

    /// The static facts of a call's arguments, computed once per call site.
    lazy var callSite: CallSite = {
        guard case .call(_, let args) = kind else {
            return CallSite(labels: [], ranges: [], literal: [])
        }
        let site = CallSite(
            labels: args.map(\.label), ranges: args.map(\.range),
            literal: args.map(\.value.isNumericLiteral))
        site.hasInout = args.contains {
            if case .inoutArgument = $0.value.kind { return true } else { return false }
        }
        return site
    }()

    private static func adapts(_ kind: Kind) -> Bool {
        switch kind {
        case .intLiteral, .doubleLiteral: return true
        case .prefix(.negate, let e): return e.isNumericLiteral
        case .arrayLiteral(let items): return !items.isEmpty && items.allSatisfy(\.isNumericLiteral)
        case .dictionaryLiteral(let pairs):
            return !pairs.isEmpty && pairs.allSatisfy(\.value.isNumericLiteral)
        case .tuple(let elements):  // `(x: 5, y: 1)` assigned to a tuple of Doubles
            return elements.count > 1 && elements.allSatisfy(\.value.isNumericLiteral)
        // `reading ?? 0` as a Double
        case .nilCoalesce(_, let fallback): return fallback.isNumericLiteral
        // `x + (f ? 3 : 0)`
        case .ternary(_, let a, let b): return a.isNumericLiteral && b.isNumericLiteral
        default: return false
        }
    }
}

/// Argument labels, ranges and literal flags of one call site.
public final class CallSite {
    let labels: [String?]
    let ranges: [SourceRange]
    let literal: [Bool]
    /// Whether an argument is `&storage` (the call writes back to it).
    var hasInout = false

    init(labels: [String?], ranges: [SourceRange], literal: [Bool]) {
        self.labels = labels
        self.ranges = ranges
        self.literal = literal
    }
}

/// Where a name's value lives.
public enum Binding {
    /// A slot of the chapter's global frame.
    case global(Int)
    /// A slot of a function frame, `depth` frames up from the current one.
    case local(depth: Int, slot: Int)
    /// A built-in function, type or constant: its index in the registry's value table.
    case builtin(Int)
}

public enum BinaryOperator: String {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case remainder = "%"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessEqual = "<="
    case greater = ">"
    case greaterEqual = ">="
    case identical = "==="
    case notIdentical = "!=="
    case overflowAdd = "&+"
    case overflowSubtract = "&-"
    case overflowMultiply = "&*"
    case bitAnd = "&"
    case bitOr = "|"
    case bitXor = "^"
    case shiftLeft = "<<"
    case shiftRight = ">>"
}

public enum PrefixOperator: String {
    case negate = "-"
    case not = "!"
    case plus = "+"
    case bitNot = "~"
}

/// A type written in a cell (`Double`, `[Int]`, `Tensor?`), kept by name; generics are erased.
public indirect enum TypeName: CustomStringConvertible {
    case named(String)
    case array(TypeName)
    case dictionary(TypeName, TypeName)
    case optional(TypeName)
    case tuple([TypeName], labels: [String?])
    case function([TypeName], TypeName)

    public var description: String {
        switch self {
        case .named(let n): return n
        case .array(let t): return "[\(t)]"
        case .dictionary(let k, let v): return "[\(k): \(v)]"
        case .optional(let t): return "\(t)?"
        case .tuple(let ts, let labels):
            return "("
                + zip(ts, labels).map { t, l in (l.map { "\($0): " } ?? "") + t.description }
                .joined(separator: ", ") + ")"
        case .function(let ps, let r):
            return "(" + ps.map(\.description).joined(separator: ", ") + ") -> \(r)"
        }
    }

    var isOptional: Bool { if case .optional = self { return true } else { return false } }
}

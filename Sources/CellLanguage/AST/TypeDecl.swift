import Diagnostics

/// A `struct` or `class` declared in a cell.
public final class TypeDecl {
    public struct Property {
        public var name: String
        public var isLet: Bool
        public var type: TypeName?
        public var defaultValue: Expr?
        /// A `lazy var`: its value is computed by ``TypeDecl/lazyInitializers`` on first use.
        public var isLazy = false
    }

    public let name: String
    public let isClass: Bool
    /// The superclass, when it is a type of the cells (resolved like any name).
    public var superclass: Expr?
    /// The engine class a cell's class derives from (`Callback`), directly or through the
    /// cells' own superclasses: its instances are handed to the engine through an adapter.
    public var engineBase: String?
    public var properties: [Property] = []
    /// Computed properties' getters, as functions of `self`.
    public var computed: [String: FunctionDecl] = [:]
    /// The initial values of `lazy var`s, as functions of `self`, run on first read.
    public var lazyInitializers: [String: FunctionDecl] = [:]
    /// Computed properties' setters (one parameter, the new value).
    public var setters: [String: FunctionDecl] = [:]
    /// `willSet` (parameter: the new value) and `didSet` (parameter: the old value) of stored
    /// properties.
    public var willSet: [String: FunctionDecl] = [:]
    public var didSet: [String: FunctionDecl] = [:]
    /// `subscript(…)` declarations: getters, and setters whose last parameter is the new value.
    public var subscriptGetters: [FunctionDecl] = []
    public var subscriptSetters: [FunctionDecl] = []
    /// Methods by name (overloads by argument labels).
    public var methods: [String: [FunctionDecl]] = [:]
    public var initializers: [FunctionDecl] = []
    /// `static func`s, called on the type (`Maker.make()`).
    public var staticMethods: [String: FunctionDecl] = [:]
    /// Further `static func`s of a name already in ``staticMethods`` (overloads by labels or
    /// parameter types: `static func * (Money, Int)` and `static func * (Money, Double)`).
    public var staticOverloads: [(name: String, decl: FunctionDecl)] = []
    /// Names of `mutating` methods (structs).
    public var mutatingMethods: Set<String> = []
    /// `static let`/`static var` values.
    public var staticProperties: [(name: String, value: Expr)] = []
    /// The `static let` ones among them.
    public var staticConstants: Set<String> = []
    /// An `enum`: its cases in order, and the type of its raw values (`enum Planet: Int`).
    public var isEnum = false
    public var enumCases: [EnumCase] = []
    public var rawType: TypeName?
    /// A `protocol`: its requirements' names, and the default implementations its extensions
    /// give (in ``methods`` and ``computed``).
    public var isProtocol = false
    /// The members that extensions gave a built-in type.
    public var isBuiltinExtension = false
    /// Operators that extensions of a built-in type declare, by name (`extension String {
    /// static func * (lhs: String, rhs: Int) -> String }`), overloads by operand types.
    public var operators: [String: [FunctionDecl]] = [:]
    public var requirementNames: Set<String> = []
    /// The protocols the type conforms to (declared or added by extensions).
    public var conformances: [String] = []
    public let range: SourceRange

    /// One `case` of an enum: its name, the labels of its associated values (nil when it has
    /// none), and its raw value when written.
    public struct EnumCase {
        public var name: String
        public var labels: [String?]?
        /// The declared types of the associated values.
        public var types: [TypeName] = []
        public var rawValue: Expr?
    }

    init(name: String, isClass: Bool, range: SourceRange) {
        self.name = name
        self.isClass = isClass
        self.range = range
    }

    /// Every member name a method body may use without `self.` (own and inherited).
    var memberNames: Set<String> {
        Set(properties.map(\.name)).union(computed.keys).union(methods.keys)
    }
}

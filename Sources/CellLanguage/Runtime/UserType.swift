/// A `struct` or `class` of the cells at run time: its declaration, superclass and the layout
/// of its instances' fields (inherited fields first).
public final class UserType {
    let decl: TypeDecl
    let superclass: UserType?
    /// Field names in storage order.
    let fieldNames: [String]
    /// Static members, evaluated when the declaration runs.
    var staticMembers: [String: Value] = [:]
    /// An enum's raw values, one per case (empty without a raw type).
    var rawValues: [Value] = []

    init(decl: TypeDecl, superclass: UserType?) {
        self.decl = decl
        self.superclass = superclass
        self.fieldNames = (superclass?.fieldNames ?? []) + decl.properties.map(\.name)
    }

    var name: String { decl.name }
    /// How Sets and Dictionaries call the type's own `==` and `hash(into:)`, set by the
    /// interpreter that declared the type.
    var customHashing: CustomHashing?
    /// How many of the type's `hash(into:)` calls are running (see ``CustomHashing``).
    var hashingDepth = 0

    /// The type's own `hash(into:)` (declared, inherited or added by an extension), if any.
    var customHash: FunctionDecl? {
        var t: UserType? = self
        while let current = t {
            if let f = current.decl.methods["hash"]?.first(where: { $0.labels == ["into"] }) {
                return f
            }
            t = current.superclass
        }
        return nil
    }
    /// The name without the types it is nested in (`Suit` for `Card.Suit`), as `print` writes it.
    var simpleName: String { decl.name.split(separator: ".").last.map(String.init) ?? decl.name }
    var isEnum: Bool { decl.isEnum }

    /// The value of an enum's case `index` with its associated values.
    func enumValue(_ index: Int, _ payload: [Value] = []) -> Value {
        .structValue(
            self, [.int(index), .tuple(payload, labels: decl.enumCases[index].labels ?? [])])
    }

    /// The case index and associated values of an enum value of this type.
    static func enumCase(of value: Value) -> (type: UserType, index: Int, payload: [Value])? {
        guard case .structValue(let t, let fields) = value, t.isEnum, fields.count == 2,
            case .int(let i) = fields[0], case .tuple(let payload, _) = fields[1]
        else { return nil }
        return (t, i, payload)
    }
    var isClass: Bool { decl.isClass }

    func fieldIndex(_ name: String) -> Int? { fieldNames.lastIndex(of: name) }

    /// The field holding the engine object of a `Layer` or `Model` subclass's instance.
    lazy var engineFieldIndex: Int? = fieldNames.firstIndex(of: "$engine")

    /// Methods named `name`, the most derived first.
    func methods(named name: String) -> [FunctionDecl] {
        (decl.methods[name] ?? []) + (superclass?.methods(named: name) ?? [])
    }

    func computed(named name: String) -> FunctionDecl? {
        decl.computed[name] ?? superclass?.computed(named: name)
    }

    func setter(named name: String) -> FunctionDecl? {
        decl.setters[name] ?? superclass?.setter(named: name)
    }

    func hasObservers(_ name: String) -> Bool {
        observer(willSet: true, name) != nil || observer(willSet: false, name) != nil
    }

    func observer(willSet: Bool, _ name: String) -> FunctionDecl? {
        (willSet ? decl.willSet[name] : decl.didSet[name])
            ?? superclass?.observer(willSet: willSet, name)
    }

    /// `subscript` getters or setters, the most derived first.
    func subscripts(setters: Bool) -> [FunctionDecl] {
        (setters ? decl.subscriptSetters : decl.subscriptGetters)
            + (superclass?.subscripts(setters: setters) ?? [])
    }

    func isMutating(_ method: String) -> Bool {
        decl.mutatingMethods.contains(method) || (superclass?.isMutating(method) ?? false)
    }

    func isSubtype(of other: UserType) -> Bool {
        self === other || (superclass?.isSubtype(of: other) ?? false)
    }

    /// Whether a field is a `let` constant.
    func isConstant(_ name: String) -> Bool {
        if let p = decl.properties.first(where: { $0.name == name }) { return p.isLet }
        return superclass?.isConstant(name) ?? false
    }
}

/// An instance of a class: a reference, shared by every variable that holds it.
public final class Instance {
    let type: UserType
    var fields: [Value]

    init(type: UserType, fields: [Value]) {
        self.type = type
        self.fields = fields
    }
}

import Diagnostics

/// Names visible while lowering, resolved to storage: the chapter's globals (which persist from
/// cell to cell), then one context per function being lowered, each with nested block scopes.
final class Scopes {
    struct Entry {
        var binding: Binding
        var isLet: Bool
        /// For a `let` declared without a value: not yet initialized.
        var initialized: Bool = true
    }

    /// A function (or the top level) being lowered: its block scopes and slot counter.
    final class Context {
        var blocks: [[String: Entry]] = [[:]]
        var slotCount = 0
        let isTopLevel: Bool

        init(isTopLevel: Bool) {
            self.isTopLevel = isTopLevel
        }
    }

    let globals: GlobalTable
    private(set) var contexts: [Context]

    init(globals: GlobalTable) {
        self.globals = globals
        self.contexts = [Context(isTopLevel: true)]
    }

    var isTopLevel: Bool { contexts.count == 1 && contexts[0].blocks.count == 1 }

    /// Declares a name in the innermost block; returns its binding, or nil when the block
    /// already declares it.
    func declare(_ name: String, isLet: Bool) -> Binding? {
        let context = contexts[contexts.count - 1]
        if contexts.count == 1 && context.blocks.count == 1 {
            guard globals.lookup(name) == nil else { return nil }
            return globals.declare(name, isLet: isLet)
        }
        if context.blocks[context.blocks.count - 1][name] != nil { return nil }
        let binding: Binding
        if context.isTopLevel {
            binding = globals.hiddenSlot()
        } else {
            binding = .local(depth: 0, slot: context.slotCount)
            context.slotCount += 1
        }
        context.blocks[context.blocks.count - 1][name] = Entry(binding: binding, isLet: isLet)
        return binding
    }

    /// Resolves a name from the innermost scope outwards, adjusting local depths.
    func lookup(_ name: String) -> Entry? {
        for (hops, context) in contexts.reversed().enumerated() {
            for block in context.blocks.reversed() {
                if var entry = block[name] {
                    if case .local(_, let slot) = entry.binding {
                        entry.binding = .local(depth: hops, slot: slot)
                    }
                    return entry
                }
            }
        }
        return globals.lookup(name)
    }

    /// Every name visible here (for "did you mean" suggestions).
    var visibleNames: [String] {
        contexts.flatMap { $0.blocks.flatMap(\.keys) } + globals.names
    }

    func pushBlock() { contexts[contexts.count - 1].blocks.append([:]) }
    func popBlock() { contexts[contexts.count - 1].blocks.removeLast() }

    func pushFunction() { contexts.append(Context(isTopLevel: false)) }

    /// Ends the innermost function context and returns its frame size.
    func popFunction() -> Int {
        contexts.removeLast().slotCount
    }
}

/// The chapter-level names and their slots in the global frame; persists across cells.
public final class GlobalTable {
    private var entries: [String: Scopes.Entry] = [:]
    /// Number of global slots in use (named and hidden).
    private(set) var count = 0
    /// Declarations of the chapter's types, for inheritance and implicit `self` members.
    private var types: [String: TypeDecl] = [:]

    func registerType(_ decl: TypeDecl) { types[decl.name] = decl }

    /// `typealias` names and the types they stand for.
    var typeAliases: [String: TypeName] = [:]

    /// The written types of global variables by slot (`var counts: [String: Set<Int>]`), for
    /// what takes its type from them (the `default:` value of a dictionary subscript).
    var declaredTypes: [Int: TypeName] = [:]

    /// Names of the mutating methods of every struct declared so far.
    var structMutatingNames: Set<String> {
        Set(types.values.filter { !$0.isClass }.flatMap(\.mutatingMethods))
    }
    func typeDecl(_ name: String) -> TypeDecl? { types[name] }

    /// The methods and computed properties that extensions gave a built-in type (`Int` …).
    private var builtinExtensions: [String: TypeDecl] = [:]

    /// The declaration collecting the extensions of the built-in type `name`.
    func builtinExtension(_ name: String) -> TypeDecl {
        if let decl = builtinExtensions[name] { return decl }
        let decl = TypeDecl(
            name: name, isClass: false,
            range: SourceRange(SourceLocation(file: "", line: 1, column: 1)))
        decl.isBuiltinExtension = true
        builtinExtensions[name] = decl
        return decl
    }

    /// The enums declared so far.
    var enumDecls: [TypeDecl] { types.values.filter(\.isEnum) }

    public init() {}

    func lookup(_ name: String) -> Scopes.Entry? { entries[name] }

    func declare(_ name: String, isLet: Bool) -> Binding {
        let binding = Binding.global(count)
        count += 1
        entries[name] = Scopes.Entry(binding: binding, isLet: isLet)
        return binding
    }

    /// A slot for a variable of a top-level block (an `if` or loop body), not visible by name.
    func hiddenSlot() -> Binding {
        count += 1
        return .global(count - 1)
    }

    var names: [String] { Array(entries.keys) }

    /// Removes a name (its slot stays allocated and unused).
    func forget(_ name: String) { entries[name] = nil }

    /// A copy, so a failed cell's declarations can be rolled back.
    func snapshot() -> Snapshot {
        Snapshot(entries: entries, count: count, types: types, declaredTypes: declaredTypes)
    }

    func restore(_ s: Snapshot) {
        entries = s.entries
        count = s.count
        types = s.types
        declaredTypes = s.declaredTypes
    }

    struct Snapshot {
        var entries: [String: Scopes.Entry]
        var count: Int
        var types: [String: TypeDecl]
        var declaredTypes: [Int: TypeName]
    }
}

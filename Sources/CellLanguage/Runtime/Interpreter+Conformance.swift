import Diagnostics

extension Interpreter {
    /// Whether a value of a type of the cells conforms to the protocol `type` names, declared
    /// on its type, a superclass or an extension, directly or through protocol inheritance
    /// (`Dog: Pet` and `protocol Pet: Animal` make a Dog an Animal).
    func conforms(_ value: Value, to type: TypeName) -> Bool {
        guard case .named(let name) = type, protocolDecls[name] != nil else { return false }
        var t: UserType?
        switch value {
        case .structValue(let s, _): t = s
        case .instance(let i): t = i.type
        default: return false
        }
        var pending: [String] = []
        while let current = t {
            pending += current.decl.conformances
            t = current.superclass
        }
        var seen: Set<String> = []
        while let p = pending.popLast() {
            if p == name { return true }
            guard seen.insert(p).inserted, let decl = protocolDecls[p] else { continue }
            pending += decl.conformances
        }
        return false
    }
}

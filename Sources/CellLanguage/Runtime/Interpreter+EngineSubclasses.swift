import Diagnostics

extension Interpreter {
    /// The engine object of an instance of a cell class derived from the engine's `Layer` or
    /// `Model` (made on first use and kept in the instance), or nil for other instances.
    func engineObject(of instance: Instance, range: SourceRange) throws -> Value? {
        guard let index = instance.type.engineFieldIndex else { return nil }
        if case .object = instance.fields[index] { return instance.fields[index] }
        guard let made = registry.makeEngineObject(instance, self, range) else { return nil }
        instance.fields[index] = made
        registry.engineInstances.append(instance)
        return made
    }

    /// A built-in's argument as the built-in takes it: an instance of a `Layer` or `Model`
    /// subclass becomes its engine object, alone or in an array (`Sequential([MyLayer(),
    /// Dense(1)])`); nil when the value stays as it is (the common case, which copies nothing).
    @inline(__always)
    func engineArgument(_ value: Value, range: SourceRange) throws -> Value? {
        switch value {
        case .instance(let instance) where instance.type.engineFieldIndex != nil:
            return try engineObject(of: instance, range: range)
        case .array(let items):
            switch items.first {
            case .instance?, .object?: break
            default: return nil
            }
            guard items.contains(where: { if case .instance(let i) = $0 { return i.type.engineFieldIndex != nil } else { return false } })
            else { return nil }
            return .array(try items.map { try engineArgument($0, range: range) ?? $0 })
        default:
            return nil
        }
    }
}

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

    /// A built-in's argument: an instance of a `Layer` or `Model` subclass is passed as its
    /// engine object, alone or in an array (`Sequential([MyLayer(), Dense(1)])`).
    @inline(__always)
    func passEngineObject(_ value: inout Value, range: SourceRange) throws {
        switch value {
        case .instance(let instance) where instance.type.engineFieldIndex != nil:
            if let engine = try engineObject(of: instance, range: range) { value = engine }
        case .array(let items):
            switch items.first {
            case .instance?, .object?: break
            default: return
            }
            guard items.contains(where: { if case .instance(let i) = $0 { return i.type.engineFieldIndex != nil } else { return false } })
            else { return }
            var converted = items
            for i in converted.indices { try passEngineObject(&converted[i], range: range) }
            value = .array(converted)
        default:
            return
        }
    }
}

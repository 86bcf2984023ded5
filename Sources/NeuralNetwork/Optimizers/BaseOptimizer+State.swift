import Tensors

extension BaseOptimizer {
    /// The state as named tensors (see ``Optimizer/stateTensors()``).
    public func stateTensors() -> [(name: String, tensor: Tensor)] {
        var result: [(name: String, tensor: Tensor)] = [("iterations", Tensor(Float(iterations)))]
        for (name, value) in scalarState { result.append((name, Tensor(value))) }
        let names = slotNames
        for (index, set) in slots.enumerated() {
            for (slot, buffer) in zip(names, set.buffers) {
                let tensor = (try? Tensor(shape: set.shape, scalars: Array(buffer))) ?? Tensor(0)
                result.append(("\(slot)/\(index)", tensor))
            }
        }
        return result
    }

    /// Restores a state written by ``stateTensors()``, validating names and shapes.
    public func loadState(_ tensors: [String: Tensor]) throws {
        func fail(_ reason: String) -> TrainingError {
            .invalidArgument("\(name).loadState: \(reason)")
        }
        guard let count = tensors["iterations"] else { throw fail("the state has no 'iterations'") }
        guard count.rank == 0, let value = count.scalar, value >= 0, value.rounded() == value,
            value < 16_777_216
        else {
            throw fail(
                "'iterations' must be a scalar whole number >= 0. Received: shape=\(count.shape), "
                    + "values=\(count.scalars.prefix(4))")
        }
        var scalars: [(name: String, value: Float)] = []
        for (scalarName, _) in scalarState {
            guard let t = tensors[scalarName] else {
                throw fail("the state has no '\(scalarName)'")
            }
            guard t.rank == 0, let v = t.scalar, v.isFinite else {
                throw fail("'\(scalarName)' must be a finite scalar. Received: shape=\(t.shape)")
            }
            scalars.append((scalarName, v))
        }
        // Per-variable buffers: "slot/index", every slot for every index 0..<n.
        let names = slotNames
        var byIndex: [Int: [String: Tensor]] = [:]
        for (key, tensor) in tensors where key != "iterations" {
            if scalars.contains(where: { $0.name == key }) { continue }
            let parts = key.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, names.contains(String(parts[0])), let index = Int(parts[1]),
                index >= 0
            else {
                throw fail(
                    "unknown state tensor '\(key)'; expected 'iterations'"
                        + scalarState.map { ", '\($0.name)'" }.joined()
                        + (names.isEmpty ? "" : " or '<slot>/<index>' with slot in \(names)"))
            }
            byIndex[index, default: [:]][String(parts[0])] = tensor
        }
        var loaded: [OptimizerSlots] = []
        for index in 0..<byIndex.count {
            guard let group = byIndex[index] else {
                throw fail("the buffers of variable \(index) are missing")
            }
            var shape: [Int]?
            for slot in names {
                guard let t = group[slot] else {
                    throw fail("missing state tensor '\(slot)/\(index)'")
                }
                if let shape, shape != t.shape {
                    throw fail(
                        "the buffers of variable \(index) have different shapes. Received: "
                            + "shape=\(shape) and shape=\(t.shape)")
                }
                shape = t.shape
            }
            let set = OptimizerSlots(shape: shape ?? [], initialValues: initialSlotValues)
            for (slot, buffer) in zip(names, set.buffers) {
                group[slot]?.withUnsafeBufferPointer { source in
                    if let base = source.baseAddress, let target = buffer.baseAddress {
                        target.update(from: base, count: source.count)
                    }
                }
            }
            loaded.append(set)
        }
        iterations = Int(value)
        scalarState = scalars
        slots = loaded
    }
}

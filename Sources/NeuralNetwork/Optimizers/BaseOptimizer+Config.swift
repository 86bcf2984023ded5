extension BaseOptimizer {
    /// The kind, the learning rate (or its schedule's config), the clipping settings and the
    /// optimizer's own hyperparameters, with camelCase keys:
    /// `{"kind": "Adam", "learningRate": 0.001, "beta1": 0.9, …, "clipNorm": null, …}`.
    public var config: JSONValue {
        var members = hyperparameters
        members["kind"] = .string(name)
        members["learningRate"] = schedule?.config ?? .number(Double(learningRate))
        members["clipValue"] = clipValue.map { .number(Double($0)) } ?? .null
        members["clipNorm"] = clipNorm.map { .number(Double($0)) } ?? .null
        members["globalClipNorm"] = globalClipNorm.map { .number(Double($0)) } ?? .null
        return .object(members)
    }
}

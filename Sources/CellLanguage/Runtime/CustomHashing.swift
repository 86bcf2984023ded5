import Diagnostics

/// How Sets and Dictionaries hash and compare the values of a type of the cells that declares
/// its own `hash(into:)`: the values its `hash(into:)` combines are hashed, and its `==`
/// (Swift's synthesized one, over the stored properties, when it declares none) compares.
///
/// `Hashable`'s contract makes this sound: values that `==` finds equal combine equal values.
final class CustomHashing {
    /// The type's `==` on two of its values; nil when it declares none.
    let equal: (Value, Value) -> Bool?
    /// The values `hash(into:)` passes to `hasher.combine`, in order.
    let combined: (Value) -> [Value]

    /// How deeply `hash(into:)` calls may nest while hashing one value.
    static let maximumDepth = 16

    init(equal: @escaping (Value, Value) -> Bool?, combined: @escaping (Value) -> [Value]) {
        self.equal = equal
        self.combined = combined
    }
}

/// The `Hasher` a cell's `hash(into:)` receives: it records what `combine` is given.
final class HasherBox: DisplayableObject {
    var values: [Value] = []

    var typeName: String { "Hasher" }
    var printedDescription: String { "Hasher" }
    var display: Display { .text(printedDescription) }
}

extension Interpreter {
    /// Lets Sets and Dictionaries call the type's own `==` and `hash(into:)` (looked up when
    /// used, so an extension may add them later). A failure inside them (a runtime error in
    /// the cell's code) makes the values unequal and hashes what was combined before it.
    func installCustomHashing(_ type: UserType) {
        let range = type.decl.range
        type.customHashing = CustomHashing(
            equal: { [weak self] a, b in
                guard let self,
                    case .bool(let same)?? = try? self.userOperator(.equal, a, b, range: range)
                else { return nil }
                return same
            },
            combined: { [weak self, weak type] value in
                // `hasher.combine(self)` would hash the value by its own `hash(into:)` without
                // end: past a few levels the inner values add nothing.
                guard let self, let type, let hash = type.customHash,
                    type.hashingDepth < CustomHashing.maximumDepth
                else { return [] }
                type.hashingDepth += 1
                defer { type.hashingDepth -= 1 }
                let hasher = HasherBox()
                var receiver = value
                _ = try? self.callMethod(
                    [hash], receiver: &receiver, [.object(hasher)], labels: ["into"],
                    argumentRanges: [range], literal: [false], range: range)
                return hasher.values
            })
    }
}

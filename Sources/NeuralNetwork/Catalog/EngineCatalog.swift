/// Every public layer, loss, metric, optimizer, learning-rate schedule, initializer and
/// callback of the engine, each declared once as a ``CatalogEntry``: its Swift name, its
/// initializer's labels, and defaults read from the type's own `Defaults`. The cell bindings
/// make every entry callable from cells, so a new type of the engine is one file plus one entry
/// here.
public enum EngineCatalog {
    /// Every entry, by area.
    public static let entries: [CatalogEntry] =
        layers + losses + metrics + optimizers + schedules + initializers + callbacks

    /// The entry of the type named `name`, if any.
    public static func entry(named name: String) -> CatalogEntry? {
        byName[name]
    }

    private static let byName: [String: CatalogEntry] = Dictionary(
        entries.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    /// The entries of one kind.
    public static func entries(of kind: CatalogKind) -> [CatalogEntry] {
        entries.filter { $0.kind == kind }
    }
}

extension CatalogValue {
    /// The default of an optional parameter: absent.
    static let unset = CatalogValue.none
}

/// Shorthands for declaring parameters.
extension CatalogParameter {
    /// An optional `name:` (an automatic name when unset).
    static let name = CatalogParameter("name", .string, default: .unset)
    /// An optional `seed:`.
    static let seed = CatalogParameter("seed", .seed, default: .unset)
    /// Keras's `input_shape` of a model's first layer.
    static let inputShape = CatalogParameter("inputShape", .ints, default: .unset)
}

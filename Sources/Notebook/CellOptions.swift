/// The words after `swift` in a cell's info string.
///
/// | option | meaning |
/// |---|---|
/// | (none) | run; show source and outputs |
/// | `hide` | run; show outputs only |
/// | `silent` | run; show source only |
/// | `norun` | show only; never executed |
/// | `error` | the cell must fail; its error is shown as output |
/// | `id=NAME` | a stable name (error messages, `--cell`, anchors) |
public struct CellOptions: Hashable, Sendable {
    public var hide = false
    public var silent = false
    public var norun = false
    public var expectsError = false
    public var id: String?

    public init(
        hide: Bool = false, silent: Bool = false, norun: Bool = false,
        expectsError: Bool = false, id: String? = nil
    ) {
        self.hide = hide
        self.silent = silent
        self.norun = norun
        self.expectsError = expectsError
        self.id = id
    }

    /// Every option word the parser accepts, for "did you mean" suggestions.
    public static let knownWords = ["hide", "silent", "norun", "error", "id="]

    /// Whether the cell's source is shown on the page.
    public var showsSource: Bool { !hide }
    /// Whether the cell's outputs are shown on the page.
    public var showsOutput: Bool { !silent }
}

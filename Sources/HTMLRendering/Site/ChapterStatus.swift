/// How a chapter's run went, as its page header and the index show it.
public struct ChapterStatus: Hashable, Sendable, Codable {
    /// Cells that ran, of ``cells`` executable ones.
    public var cellsRun: Int
    public var cells: Int
    /// Expectations (`output` blocks, `#expect`, `#require`) met, of ``expectations``.
    public var expectationsMet: Int
    public var expectations: Int
    /// Checks that failed: cells that stopped with an error, expectations not met, structure
    /// errors.
    public var failures: Int
    /// Seconds the chapter took to run.
    public var duration: Double
    /// Where the first failure is shown on the page (`cell-3`), and its name (`cell 3`).
    public var firstFailure: (anchor: String, name: String)? {
        get { firstFailureAnchor.map { ($0, firstFailureName ?? $0) } }
        set {
            firstFailureAnchor = newValue?.anchor
            firstFailureName = newValue?.name
        }
    }
    public var firstFailureAnchor: String?
    public var firstFailureName: String?
    /// Whether the results were reused from the cache instead of running the chapter again
    /// (pages do not say so: a page is the same whether its chapter ran now or before).
    public var cached: Bool

    public init(
        cellsRun: Int, cells: Int, expectationsMet: Int, expectations: Int, failures: Int,
        duration: Double, firstFailure: (anchor: String, name: String)? = nil, cached: Bool = false
    ) {
        self.cellsRun = cellsRun
        self.cells = cells
        self.expectationsMet = expectationsMet
        self.expectations = expectations
        self.failures = failures
        self.duration = duration
        self.firstFailureAnchor = firstFailure?.anchor
        self.firstFailureName = firstFailure?.name
        self.cached = cached
    }

    /// `5 cells run · 7 of 7 expectations met · 0.84 s`.
    public var summary: String {
        var parts = [
            cellsRun == cells
                ? "\(cells) cell\(cells == 1 ? "" : "s") run"
                : "\(cellsRun) of \(cells) cells run"
        ]
        if expectations > 0 {
            parts.append(
                "\(expectationsMet) of \(expectations) expectation\(expectations == 1 ? "" : "s") met"
            )
        }
        parts.append(Self.seconds(duration))
        return parts.joined(separator: " · ")
    }

    /// A duration as pages show it: `0.84 s`, `12.3 s`, `2 min 05 s`.
    static func seconds(_ s: Double) -> String {
        if s < 10 { return "\((s * 100).rounded() / 100) s" }
        if s < 60 { return "\((s * 10).rounded() / 10) s" }
        let whole = Int(s.rounded())
        let rest = whole % 60
        return "\(whole / 60) min \(rest < 10 ? "0" : "")\(rest) s"
    }
}

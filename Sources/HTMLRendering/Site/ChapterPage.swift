import Notebook

/// A chapter with what its cells produced, ready to become a page.
public struct ChapterPage: Sendable {
    public var chapter: Chapter
    /// Outcomes by cell index (cells that did not run have none).
    public var outcomes: [Int: CellOutcome]
    /// Chapter-level problems (structure errors), already formatted with their location.
    public var problems: [String]
    /// The page's file name in the output folder (`10-1-logical-neurons.html`).
    public var fileName: String
    /// The title of the part of the book the chapter belongs to, if the book has parts.
    public var part: String?
    /// How the chapter's run went (nil: it was not run).
    public var status: ChapterStatus?
    /// Whether the chapter has a page to link to. A render of some chapters only lists the
    /// others too; one that was never rendered has no page, and is named without a link.
    public var hasPage: Bool
    /// Why the chapter's results are not shown (`not rendered yet`, `out of date`), when a
    /// render of other chapters lists it without running it; shown in the contents and the
    /// print edition.
    public var note: String?

    public init(
        chapter: Chapter, outcomes: [Int: CellOutcome], problems: [String], fileName: String,
        part: String? = nil, status: ChapterStatus? = nil, hasPage: Bool = true,
        note: String? = nil
    ) {
        self.chapter = chapter
        self.outcomes = outcomes
        self.problems = problems
        self.fileName = fileName
        self.part = part
        self.status = status
        self.hasPage = hasPage
        self.note = note
    }

    /// The page's file name without `.html`: the prefix of its figure files and, in the print
    /// edition, of its anchors.
    public var stem: String {
        fileName.hasSuffix(".html") ? String(fileName.dropLast(5)) : fileName
    }

    /// The anchor of a cell on the page: `cell-` and its `id=` option, or its number.
    public static func anchor(for cell: Cell) -> String {
        "cell-" + (cell.options.id ?? "\(cell.index + 1)")
    }
}

/// What the pages say about the book as a whole (from its configuration file).
public struct BookMetadata: Hashable, Sendable {
    public var title: String
    public var authors: [String]
    public var description: String
    /// The language of the text, as a BCP 47 tag (`en`, `fr-CA`): the pages' `lang`.
    public var language: String
    /// A link to the book's sources, shown on the index page when given.
    public var repository: String?

    public init(
        title: String, authors: [String] = [], description: String = "", language: String = "en",
        repository: String? = nil
    ) {
        self.title = title
        self.authors = authors
        self.description = description
        self.language = language
        self.repository = repository
    }
}

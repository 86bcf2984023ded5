extension SiteRenderer {
    /// The print edition: every chapter in order on one page, each starting a new printed page,
    /// with no navigation. Anchors are prefixed with the chapter's name so they stay unique.
    public func renderPrint(_ pages: [ChapterPage]) -> String {
        var children: [HTMLNode] = [
            .el(
                "header", ["class": "print-title"],
                .el("p", ["class": "book-name"], .text(book.title)),
                book.authors.isEmpty
                    ? .fragment([])
                    : .el("p", ["class": "authors"], .text(Self.list(book.authors))),
                book.description.isEmpty
                    ? .fragment([]) : .el("p", ["class": "description"], .text(book.description)))
        ]
        for page in pages {
            var walker = MarkdownHTML()
            walker.anchorPrefix = HTML.slug(page.stem) + "--"
            var figures: [String: String] = [:]
            var body = bodyNodes(page, walker: &walker, figures: &figures, linksFigures: false)
            if let note = page.note {
                body.insert(
                    .el(
                        "p", ["class": "chapter-note"],
                        .text("This chapter's results are not shown: \(note).")), at: 0)
            }
            children.append(
                .el(
                    "article", ["class": "chapter print-chapter", "id": HTML.slug(page.stem)],
                    children: body))
        }
        return PageTemplate.print.fill([
            "title": "Print edition", "book": HTML.escape(book.title),
            "lang": HTML.escape(book.language), "description": HTML.escape(book.description),
            "content": HTMLNode.fragment(children).rendered,
        ])
    }
}

extension SiteRenderer {
    /// Consecutive pages of the same part, in book order (`part` nil: not in a part).
    static func parts(_ pages: [ChapterPage]) -> [(part: String?, pages: [(Int, ChapterPage)])] {
        var out: [(part: String?, pages: [(Int, ChapterPage)])] = []
        for (i, page) in pages.enumerated() {
            if let last = out.last, last.part == page.part {
                out[out.count - 1].pages.append((i, page))
            } else {
                out.append((page.part, [(i, page)]))
            }
        }
        return out
    }

    /// The book's title and its chapters, grouped by part, the current one marked.
    func sidebar(_ pages: [ChapterPage], current: Int?) -> HTMLNode {
        var children: [HTMLNode] = [
            .el("a", ["class": "book-title", "href": "index.html"], .text(book.title))
        ]
        for group in Self.parts(pages) {
            if let part = group.part { children.append(.el("p", ["class": "part"], .text(part))) }
            children.append(
                .el(
                    "ol", [:],
                    children: group.pages.map { i, page in
                        var link: [String: String] = ["href": page.fileName]
                        if i == current { link["aria-current"] = "page" }
                        // No run status here: a chapter's page is written when it finishes,
                        // before later chapters have a status.
                        guard page.hasPage || i == current else {
                            return .el(
                                "li", ["class": "unrendered"],
                                .el("span", [:], .text(page.chapter.title)))
                        }
                        return .el(
                            "li", i == current ? ["class": "current"] : [:],
                            .el("a", link, .text(page.chapter.title)))
                    }))
        }
        children.append(
            .el("p", ["class": "print-link"], .el("a", ["href": "print.html"], "Print edition")))
        return .fragment(children)
    }

    /// The previous/next links of `pages[index]`: the nearest chapters before and after it
    /// that have a page.
    func pager(at index: Int, of pages: [ChapterPage]) -> HTMLNode {
        pager(
            previous: pages[..<index].last(where: \.hasPage),
            next: pages[(index + 1)...].first(where: \.hasPage))
    }

    func pager(previous: ChapterPage?, next: ChapterPage?) -> HTMLNode {
        .el(
            "nav", ["class": "pager", "aria-label": "Chapter navigation"],
            previous.map {
                .el("a", ["rel": "prev", "href": $0.fileName], .text("← " + $0.chapter.title))
            } ?? .el("span", [:]),
            next.map {
                .el("a", ["rel": "next", "href": $0.fileName], .text($0.chapter.title + " →"))
            } ?? .el("span", [:]))
    }

    /// Links to the chapter's sections (level 2 and 3 headings).
    func onThisPage(_ headings: [Heading]) -> HTMLNode {
        let sections = headings.filter { $0.level == 2 || $0.level == 3 }
        guard !sections.isEmpty else { return .fragment([]) }
        return .el(
            "nav", ["class": "on-this-page", "aria-label": "On this page"],
            .el("p", ["class": "toc-title"], "On this page"),
            .el(
                "ol", [:],
                children: sections.map {
                    .el(
                        "li", ["class": "level-\($0.level)"],
                        .el("a", ["href": "#" + $0.anchor], .text($0.text)))
                }))
    }

    /// The chapter's run status: cells, expectations, time, and a link to the first failure.
    func statusHeader(_ page: ChapterPage) -> HTMLNode {
        guard let status = page.status else { return .fragment([]) }
        let failed = status.failures > 0
        var children: [HTMLNode] = [
            .el(
                "p", [:],
                .el("span", ["class": "mark"], failed ? "✗ " : "✓ "),
                .text(status.summary))
        ]
        if failed {
            var line: [HTMLNode] = [
                .text("\(status.failures) failure\(status.failures == 1 ? "" : "s")")
            ]
            if let anchor = status.firstFailureAnchor {
                line += [
                    " · first: ",
                    .el("a", ["href": "#" + anchor], .text(status.firstFailureName ?? anchor)),
                ]
            }
            children.append(.el("p", [:], children: line))
        }
        return .el(
            "header",
            [
                "class": failed ? "chapter-status failed" : "chapter-status passed",
                "aria-label": "Run status",
            ],
            children: children)
    }
}

extension SiteRenderer {
    /// The index page: the book's title, authors, description and source link, then its parts
    /// and chapters, each with its run status and sections.
    public func renderIndex(_ pages: [ChapterPage]) -> String {
        var children: [HTMLNode] = [.el("h1", [:], .text(book.title))]
        if !book.authors.isEmpty {
            children.append(
                .el("p", ["class": "authors"], .text(Self.list(book.authors))))
        }
        if !book.description.isEmpty {
            children.append(.el("p", ["class": "description"], .text(book.description)))
        }
        var links: [HTMLNode] = [.el("a", ["href": "print.html"], "Print edition")]
        if let repository = book.repository, URLSafety.isSafe(repository) {
            links += [" · ", .el("a", ["href": repository], "Source repository")]
        }
        children.append(.el("p", ["class": "book-links"], children: links))
        for group in Self.parts(pages) {
            let list = HTMLNode.el(
                "ol", ["class": "contents"], children: group.pages.map { chapterEntry($1) })
            if let part = group.part {
                children.append(
                    .el("section", ["class": "part"], .el("h2", [:], .text(part)), list))
            } else {
                children.append(list)
            }
        }
        return fill(
            title: "Contents", sidebar: sidebar(pages, current: nil),
            content: .el("div", ["class": "index"], children: children), pager: .fragment([]))
    }

    /// A chapter in the contents: its link, status and level-2 sections (a chapter without a
    /// page: its title and why, without links).
    func chapterEntry(_ page: ChapterPage) -> HTMLNode {
        guard page.hasPage else {
            return .el(
                "li", ["class": "unrendered"],
                .el("span", ["class": "chapter-title"], .text(page.chapter.title)),
                .el("span", ["class": "status pending"], .text(page.note ?? "not rendered yet")))
        }
        var children: [HTMLNode] = [.el("a", ["href": page.fileName], .text(page.chapter.title))]
        if let note = page.note {
            children.append(.el("span", ["class": "status pending"], .text(note)))
        } else if let status = page.status {
            children.append(
                .el(
                    "span",
                    ["class": status.failures > 0 ? "status failed" : "status passed"],
                    .text((status.failures > 0 ? "✗ " : "✓ ") + status.summary)))
        }
        let sections = Heading.all(in: page.chapter).filter { $0.level == 2 }
        if !sections.isEmpty {
            children.append(
                .el(
                    "ul", [:],
                    children: sections.map {
                        .el(
                            "li", [:],
                            .el("a", ["href": page.fileName + "#" + $0.anchor], .text($0.text)))
                    }))
        }
        return .el("li", [:], children: children)
    }

    /// `A`, `A and B`, `A, B and C`.
    static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }
}

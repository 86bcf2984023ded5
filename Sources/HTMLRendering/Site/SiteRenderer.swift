import Diagnostics
import Foundation
import Notebook

/// Renders the book: one page per chapter (with its figures as `.svg` files beside it), the
/// index page, the print edition and the stylesheet.
///
/// Pages are trees of ``HTMLNode``; text from chapters, cells and the configuration is escaped
/// when the tree is written, and the page template is filled in one pass, so no text can add
/// markup or fill a placeholder.
public struct SiteRenderer: Sendable {
    public var book: BookMetadata
    public var template: PageTemplate

    public init(book: BookMetadata, template: PageTemplate = .builtIn) {
        self.book = book
        self.template = template
    }

    public init(bookTitle: String, template: PageTemplate = .builtIn) {
        self.init(book: BookMetadata(title: bookTitle), template: template)
    }

    public var bookTitle: String { book.title }

    /// The rendered site: its files, and the problems found while rendering.
    public struct Site: Sendable {
        /// Every file of the site by name: one page per chapter and its figures, `index.html`,
        /// `print.html`, `style.css`.
        public var files: [String: String]
        /// Problems found while rendering (math nested too deeply …); each is also shown on
        /// its page.
        public var problems: [Diagnostic]
    }

    /// One chapter's page and the files that go beside it.
    public struct RenderedChapter: Sendable {
        public var html: String
        /// Figure files by name (`10-1-logical-neurons-cell-3.svg`).
        public var figures: [String: String]
        public var problems: [Diagnostic]
    }

    /// Every file of the site, by name.
    public func render(_ pages: [ChapterPage]) -> [String: String] {
        renderSite(pages).files
    }

    /// The site's files and the problems found while rendering them.
    public func renderSite(_ pages: [ChapterPage]) -> Site {
        var files: [String: String] = ["style.css": Stylesheet.css]
        var problems: [Diagnostic] = []
        for i in pages.indices {
            let chapter = renderChapter(at: i, of: pages)
            files[pages[i].fileName] = chapter.html
            files.merge(chapter.figures) { a, _ in a }
            problems += chapter.problems
        }
        files["index.html"] = renderIndex(pages)
        files["print.html"] = renderPrint(pages)
        return Site(files: files, problems: problems)
    }

    /// The page of `pages[index]`, with the sidebar and previous/next links of the whole book.
    public func renderChapter(at index: Int, of pages: [ChapterPage]) -> RenderedChapter {
        let page = pages[index]
        var walker = MarkdownHTML()
        var figures: [String: String] = [:]
        let body = bodyNodes(page, walker: &walker, figures: &figures)
        let content = HTMLNode.el(
            "article", ["class": "chapter"],
            statusHeader(page),
            .el(
                "div", ["class": "chapter-grid"],
                onThisPage(walker.headings),
                .el("div", ["class": "chapter-body"], children: body)))
        let html = fill(
            title: page.chapter.title, sidebar: sidebar(pages, current: index), content: content,
            pager: pager(at: index, of: pages))
        return RenderedChapter(html: html, figures: figures, problems: walker.diagnostics)
    }

    /// The template filled for one page.
    func fill(title: String, sidebar: HTMLNode, content: HTMLNode, pager: HTMLNode) -> String {
        template.fill([
            "title": HTML.escape(title), "book": HTML.escape(book.title),
            "lang": HTML.escape(book.language), "description": HTML.escape(book.description),
            "sidebar": sidebar.rendered, "content": content.rendered, "pager": pager.rendered,
        ])
    }

    /// A chapter's text and cells, in order; figure files are added to `figures`.
    func bodyNodes(
        _ page: ChapterPage, walker: inout MarkdownHTML, figures: inout [String: String],
        linksFigures: Bool = true
    ) -> [HTMLNode] {
        var out: [HTMLNode] = []
        if !page.problems.isEmpty {
            out.append(
                .el(
                    "div", ["class": "chapter-errors", "role": "alert"],
                    .el("pre", [:], .text(page.problems.joined(separator: "\n")))))
        }
        for block in page.chapter.blocks {
            switch block {
            case .markdown(let node): out.append(.trusted(walker.render(node)))
            case .cell(let cell):
                out.append(
                    cellNode(
                        cell, outcome: page.outcomes[cell.index], page: page,
                        anchorPrefix: walker.anchorPrefix, figures: &figures,
                        linksFigures: linksFigures))
            }
        }
        if !page.chapter.footnotes.isEmpty {
            out.append(
                .el(
                    "section", ["class": "footnotes"],
                    .el(
                        "ol", [:],
                        .trusted(page.chapter.footnotes.map { walker.render($0) }.joined()))))
        }
        return out
    }
}

extension SiteRenderer {
    /// The site's stylesheet (`style.css`).
    public static var stylesheet: String { Stylesheet.css }
}

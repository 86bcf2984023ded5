import Diagnostics
import Foundation
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

    public init(chapter: Chapter, outcomes: [Int: CellOutcome], problems: [String], fileName: String) {
        self.chapter = chapter
        self.outcomes = outcomes
        self.problems = problems
        self.fileName = fileName
    }
}

/// Renders chapter pages, the index page and the stylesheet.
public struct SiteRenderer: Sendable {
    public var bookTitle: String
    public var template: PageTemplate

    public init(bookTitle: String, template: PageTemplate = .builtIn) {
        self.bookTitle = bookTitle
        self.template = template
    }

    /// The rendered site: its files, and the problems found while rendering.
    public struct Site: Sendable {
        /// Every file of the site by name: one page per chapter, `index.html`, `style.css`.
        public var files: [String: String]
        /// Problems found while rendering (math nested too deeply …); each is also shown on
        /// its page.
        public var problems: [Diagnostic]
    }

    /// Every file of the site, by name: one page per chapter, `index.html`, `style.css`.
    public func render(_ pages: [ChapterPage]) -> [String: String] {
        renderSite(pages).files
    }

    /// The site's files and the problems found while rendering them.
    public func renderSite(_ pages: [ChapterPage]) -> Site {
        var files: [String: String] = ["style.css": Stylesheet.css]
        var problems: [Diagnostic] = []
        var sections: [[(level: Int, text: String, anchor: String)]] = []
        for (i, page) in pages.enumerated() {
            var walker = MarkdownHTML()
            let body = renderBody(page, walker: &walker)
            problems += walker.diagnostics
            sections.append(walker.headings)
            let pager = pagerHTML(previous: i > 0 ? pages[i - 1] : nil, next: i + 1 < pages.count ? pages[i + 1] : nil)
            files[page.fileName] = template.fill([
                "title": HTML.escape(page.chapter.title), "book": HTML.escape(bookTitle),
                "sidebar": sidebar(pages, current: i), "content": body, "pager": pager,
            ])
        }
        files["index.html"] = template.fill([
            "title": "Contents", "book": HTML.escape(bookTitle), "sidebar": sidebar(pages, current: nil),
            "content": indexContent(pages, sections: sections), "pager": "",
        ])
        return Site(files: files, problems: problems)
    }

    func renderBody(_ page: ChapterPage, walker: inout MarkdownHTML) -> String {
        var out = ""
        if !page.problems.isEmpty {
            out += "<div class=\"chapter-errors\" role=\"alert\"><pre>"
                + HTML.escape(page.problems.joined(separator: "\n")) + "</pre></div>\n"
        }
        for block in page.chapter.blocks {
            switch block {
            case .markdown(let node): out += walker.render(node)
            case .cell(let cell): out += cellHTML(cell, outcome: page.outcomes[cell.index])
            }
        }
        if !page.chapter.footnotes.isEmpty {
            out += "<section class=\"footnotes\"><ol>\n"
                + page.chapter.footnotes.map { walker.render($0) }.joined() + "</ol></section>\n"
        }
        return out
    }

    func cellHTML(_ cell: Cell, outcome: CellOutcome?) -> String {
        let anchor = cell.options.id.map { " id=\"cell-\(HTML.escape($0))\"" } ?? " id=\"cell-\(cell.index + 1)\""
        var out = "<div class=\"cell\"\(anchor)>\n"
        if cell.options.showsSource {
            out += "<div class=\"source\"><pre><code class=\"language-swift\">"
                + SwiftHighlighter.highlight(cell.source) + "</code></pre></div>\n"
        }
        let items = (outcome?.items ?? []).filter { item in
            switch item {
            case .error, .failure: return true  // problems are always shown
            default: return cell.options.showsOutput
            }
        }
        if !items.isEmpty {
            out += "<div class=\"outputs\">\n" + items.map(itemHTML).joined() + "</div>\n"
        }
        return out + "</div>\n"
    }

    func itemHTML(_ item: CellOutcome.Item) -> String {
        switch item {
        case .text(let s): return "<pre class=\"stdout\">\(HTML.escape(s))</pre>\n"
        case .table(let header, let rows):
            return "<div class=\"table-wrap\"><table>\n<thead><tr>" + header.map { "<th>\(HTML.escape($0))</th>" }.joined()
                + "</tr></thead>\n<tbody>\n" + rows.map { "<tr>" + $0.map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>\n" }.joined()
                + "</tbody></table></div>\n"
        case .svg(let svg): return "<div class=\"figure\">\(svg)</div>\n"
        case .error(let s): return "<div class=\"error\" role=\"alert\"><pre>\(HTML.escape(s))</pre></div>\n"
        case .failure(let s): return "<div class=\"failure\" role=\"alert\"><pre>\(HTML.escape(s))</pre></div>\n"
        }
    }

    func sidebar(_ pages: [ChapterPage], current: Int?) -> String {
        var out = "<a class=\"book-title\" href=\"index.html\">\(HTML.escape(bookTitle))</a>\n<ol>\n"
        for (i, p) in pages.enumerated() {
            let cls = i == current ? " class=\"current\"" : ""
            out += "<li\(cls)><a href=\"\(HTML.escape(p.fileName))\">\(HTML.escape(p.chapter.title))</a></li>\n"
        }
        return out + "</ol>"
    }

    func pagerHTML(previous: ChapterPage?, next: ChapterPage?) -> String {
        let prev = previous.map { "<a rel=\"prev\" href=\"\(HTML.escape($0.fileName))\">← \(HTML.escape($0.chapter.title))</a>" } ?? "<span></span>"
        let nxt = next.map { "<a rel=\"next\" href=\"\(HTML.escape($0.fileName))\">\(HTML.escape($0.chapter.title)) →</a>" } ?? "<span></span>"
        return "<nav class=\"pager\" aria-label=\"Chapter navigation\">\(prev)\(nxt)</nav>"
    }

    func indexContent(_ pages: [ChapterPage], sections: [[(level: Int, text: String, anchor: String)]]) -> String {
        var out = "<h1>\(HTML.escape(bookTitle))</h1>\n<ol class=\"contents\">\n"
        for (page, heads) in zip(pages, sections) {
            out += "<li><a href=\"\(HTML.escape(page.fileName))\">\(HTML.escape(page.chapter.title))</a>"
            let subs = heads.filter { $0.level == 2 }
            if !subs.isEmpty {
                out += "\n<ul>\n" + subs.map {
                    "<li><a href=\"\(HTML.escape(page.fileName))#\($0.anchor)\">\(HTML.escape($0.text))</a></li>\n"
                }.joined() + "</ul>\n"
            }
            out += "</li>\n"
        }
        return out + "</ol>\n"
    }
}

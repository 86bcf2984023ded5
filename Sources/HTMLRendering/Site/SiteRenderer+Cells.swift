import Notebook

extension SiteRenderer {
    /// A cell: its highlighted source (unless `hide`), its outputs (unless `silent`; errors
    /// always), and its source as plain text to select and copy without the outputs.
    func cellNode(
        _ cell: Cell, outcome: CellOutcome?, page: ChapterPage, anchorPrefix: String,
        figures: inout [String: String], linksFigures: Bool
    ) -> HTMLNode {
        let anchor = ChapterPage.anchor(for: cell)
        var children: [HTMLNode] = []
        if cell.options.showsSource {
            children.append(
                .el(
                    "div", ["class": "source"],
                    .el(
                        "pre", [:],
                        .el(
                            "code", ["class": "language-swift"],
                            .trusted(SwiftHighlighter.highlight(cell.source))))))
        }
        let items = (outcome?.items ?? []).filter { item in
            switch item {
            case .error, .failure: return true  // problems are always shown
            default: return cell.options.showsOutput
            }
        }
        if !items.isEmpty {
            var nodes: [HTMLNode] = []
            var figureNumber = 0
            for item in items {
                if case .svg(let svg) = item {
                    figureNumber += 1
                    let name =
                        page.stem + "-" + anchor + (figureNumber > 1 ? "-\(figureNumber)" : "")
                        + ".svg"
                    figures[name] = svg
                    nodes.append(figureNode(svg, file: linksFigures ? name : nil))
                } else {
                    nodes.append(itemNode(item))
                }
            }
            children.append(.el("div", ["class": "outputs"], children: nodes))
        }
        if cell.options.showsSource {
            let lines = cell.source.split(separator: "\n", omittingEmptySubsequences: true).count
            children.append(
                .el(
                    "details", ["class": "plain-source"],
                    .el("summary", [:], "Source as plain text"),
                    .el(
                        "textarea",
                        [
                            "readonly": "", "rows": "\(min(max(lines, 2), 30))",
                            "spellcheck": "false",
                            "aria-label": "Source of \(cell.displayName)",
                        ],
                        // The HTML parser drops a newline right after <textarea>.
                        .text("\n" + cell.source))))
        }
        return .el("div", ["class": "cell", "id": anchorPrefix + anchor], children: children)
    }

    /// A figure, with a link to its `.svg` file when it has one.
    func figureNode(_ svg: String, file: String?) -> HTMLNode {
        var children: [HTMLNode] = [.trusted(svg)]
        if let file {
            children.append(
                .el(
                    "p", ["class": "figure-download"],
                    .el("a", ["href": file, "download": ""], "Download SVG")))
        }
        return .el("div", ["class": "figure"], children: children)
    }

    func itemNode(_ item: CellOutcome.Item) -> HTMLNode {
        switch item {
        case .text(let s):
            // Box-drawing tables (model summaries) must never wrap; other printed text may.
            let drawsTable = s.unicodeScalars.contains { (0x2500...0x257F).contains($0.value) }
            return .el("pre", ["class": drawsTable ? "stdout table" : "stdout"], .text(s))
        case .table(let header, let rows):
            return .el(
                "div", ["class": "table-wrap"],
                .el(
                    "table", [:],
                    .el(
                        "thead", [:],
                        .el("tr", [:], children: header.map { .el("th", [:], .text($0)) })),
                    .el(
                        "tbody", [:],
                        children: rows.map { row in
                            .el("tr", [:], children: row.map { .el("td", [:], .text($0)) })
                        })))
        case .svg(let svg): return figureNode(svg, file: nil)
        case .error(let s):
            return .el("div", ["class": "error", "role": "alert"], .el("pre", [:], .text(s)))
        case .failure(let s):
            return .el("div", ["class": "failure", "role": "alert"], .el("pre", [:], .text(s)))
        }
    }
}

import CCmarkGFM
import Diagnostics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The only place that calls cmark-gfm: parses GFM (tables, strikethrough, autolinks, task lists,
/// footnotes) with source positions on, and converts cmark's tree into `MarkdownNode`s whose
/// ranges are in chapter coordinates and whose math placeholders are `.math` nodes again.
struct CmarkParser {
    /// What the parser records about a fenced code block beyond its text.
    struct Fence: Hashable {
        var character: Character
        var length: Int
        /// Indentation of the opening fence, in bytes.
        var offset: Int
    }

    let file: String
    let math: MathProtector

    /// Fence details of code blocks, keyed by the chapter line of their opening fence.
    private(set) var fences: [Int: Fence] = [:]

    /// The lines of the protected text (footnote labels are read from them).
    private let protectedLines: [Substring]

    init(file: String, text: String) {
        self.file = file
        self.math = MathProtector(text)
        self.protectedLines = math.protected.split(
            separator: "\n", omittingEmptySubsequences: false)
    }

    /// How deep Markdown may nest (quotes, lists, emphasis …); deeper content is left out with
    /// an error, so neither this conversion nor anything walking the tree runs out of stack.
    static let maximumDepth = 256

    /// Problems found while converting (nesting too deep).
    private(set) var diagnostics: [Diagnostic] = []

    /// Parses the protected text into a `.document` node.
    mutating func parse() -> MarkdownNode {
        cmark_gfm_core_extensions_ensure_registered()
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE
        guard let parser = cmark_parser_new(options) else { return MarkdownNode(.document) }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink", "tasklist", "tagfilter"] {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        let text = math.protected
        text.withCString { cmark_parser_feed(parser, $0, text.utf8.count) }
        guard let root = cmark_parser_finish(parser) else { return MarkdownNode(.document) }
        defer { cmark_node_free(root) }
        return convert(root, extensions: cmark_parser_get_syntax_extensions(parser))
    }

    // MARK: - Conversion

    /// Converts cmark's tree with an explicit stack (no recursion over the user's nesting).
    private mutating func convert(
        _ root: OpaquePointer, extensions: UnsafeMutablePointer<cmark_llist>?
    ) -> MarkdownNode {
        var stack: [(node: OpaquePointer, children: [MarkdownNode])] = [(root, [])]
        var current = cmark_node_first_child(root)
        var reportedDepth = false
        while true {
            if let node = current {
                guard stack.count < Self.maximumDepth else {
                    if !reportedDepth {
                        reportedDepth = true
                        var at = range(of: node)
                        for open in stack.reversed() where at == nil { at = range(of: open.node) }
                        diagnostics.append(
                            Diagnostic(
                                .error,
                                "Markdown is nested more than \(Self.maximumDepth) levels deep here; "
                                    + "the deeper content is left out",
                                at: at
                                    ?? SourceRange(SourceLocation(file: file, line: 1, column: 1))))
                    }
                    current = cmark_node_next(node)
                    continue
                }
                if let child = cmark_node_first_child(node) {
                    stack.append((node, []))
                    current = child
                } else {
                    stack[stack.count - 1].children += make(
                        node, children: [], extensions: extensions)
                    current = cmark_node_next(node)
                }
            } else {
                let (node, children) = stack.removeLast()
                let made = make(node, children: children, extensions: extensions)
                guard !stack.isEmpty else { return made.first ?? MarkdownNode(.document) }
                stack[stack.count - 1].children += made
                current = cmark_node_next(node)
            }
        }
    }

    /// The nodes one cmark node becomes, given its converted children.
    private mutating func make(
        _ node: OpaquePointer, children: [MarkdownNode],
        extensions: UnsafeMutablePointer<cmark_llist>?
    ) -> [MarkdownNode] {
        // cmark-gfm 0.29 names footnote nodes "<unknown>"; they are told apart by their type.
        let rawType = cmark_node_get_type(node)
        let type =
            rawType == CMARK_NODE_FOOTNOTE_DEFINITION
            ? "footnote_definition"
            : rawType == CMARK_NODE_FOOTNOTE_REFERENCE
                ? "footnote_reference"
                : String(cString: cmark_node_get_type_string(node))
        let range = self.range(of: node)
        func make(_ kind: MarkdownNode.Kind) -> [MarkdownNode] {
            [MarkdownNode(kind, children: children, range: range)]
        }
        switch type {
        case "document": return make(.document)
        case "block_quote": return make(.blockQuote)
        case "list":
            return make(
                .list(
                    ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                    start: Int(cmark_node_get_list_start(node)),
                    tight: cmark_node_get_list_tight(node) != 0))
        case "item":
            return make(.item(checked: nil))
        case "tasklist":
            return make(.item(checked: cmark_gfm_extensions_get_tasklist_item_checked(node)))
        case "code_block":
            recordFence(node, range: range)
            return make(
                .codeBlock(
                    info: string(cmark_node_get_fence_info(node)),
                    code: string(cmark_node_get_literal(node))))
        case "html_block": return make(.htmlBlock(filteredHTML(node, extensions: extensions)))
        case "paragraph": return make(.paragraph)
        case "heading": return make(.heading(level: Int(cmark_node_get_heading_level(node))))
        case "thematic_break": return make(.thematicBreak)
        case "table": return make(.table(alignments: alignments(node)))
        case "table_row", "table_header":
            return make(.tableRow(header: cmark_gfm_extensions_get_table_row_is_header(node) != 0))
        case "table_cell": return make(.tableCell)
        case "footnote_definition":
            return make(
                .footnoteDefinition(label: footnoteLabel(at: Int(cmark_node_get_start_line(node)))))
        case "text": return restoreMath(in: string(cmark_node_get_literal(node)))
        case "softbreak": return make(.softBreak)
        case "linebreak": return make(.lineBreak)
        case "code": return make(.code(string(cmark_node_get_literal(node))))
        case "html_inline": return make(.htmlInline(filteredHTML(node, extensions: extensions)))
        case "emph": return make(.emphasis)
        case "strong": return make(.strong)
        case "strikethrough": return make(.strikethrough)
        case "link":
            return make(
                .link(
                    destination: string(cmark_node_get_url(node)),
                    title: string(cmark_node_get_title(node))))
        case "image":
            return make(
                .image(
                    source: string(cmark_node_get_url(node)),
                    title: string(cmark_node_get_title(node))))
        case "footnote_reference":
            return make(.footnoteReference(label: string(cmark_node_get_literal(node))))
        default:
            // Unknown node kinds keep their content.
            return children
        }
    }

    /// The literal of a raw HTML node as cmark-gfm's HTML renderer writes it with the parser's
    /// extensions: through GFM's tag filter (`<script>` becomes `&lt;script>` …).
    private func filteredHTML(
        _ node: OpaquePointer, extensions: UnsafeMutablePointer<cmark_llist>?
    ) -> String {
        guard let rendered = cmark_render_html(node, CMARK_OPT_UNSAFE, extensions) else {
            return string(cmark_node_get_literal(node))
        }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private func range(of node: OpaquePointer) -> SourceRange? {
        let startLine = Int(cmark_node_get_start_line(node))
        guard startLine > 0 else { return nil }
        return SourceRange(
            start: SourceLocation(
                file: file, line: math.chapterLine(startLine),
                column: Int(cmark_node_get_start_column(node))),
            end: SourceLocation(
                file: file, line: math.chapterLine(Int(cmark_node_get_end_line(node))),
                column: Int(cmark_node_get_end_column(node)) + 1))
    }

    private func alignments(_ node: OpaquePointer) -> [MarkdownNode.Alignment] {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        guard let raw = cmark_gfm_extensions_get_table_alignments(node) else {
            return Array(repeating: .none, count: columns)
        }
        return (0..<columns).map { i in
            switch raw[i] {
            case UInt8(ascii: "l"): return .left
            case UInt8(ascii: "c"): return .center
            case UInt8(ascii: "r"): return .right
            default: return .none
            }
        }
    }

    private mutating func recordFence(_ node: OpaquePointer, range: SourceRange?) {
        var length: Int32 = 0
        var offset: Int32 = 0
        var character: CChar = 0
        guard let range, cmark_node_get_fenced(node, &length, &offset, &character) != 0 else {
            return
        }
        fences[range.start.line] = Fence(
            character: Character(Unicode.Scalar(UInt8(bitPattern: character))),
            length: Int(length), offset: Int(offset))
    }

    /// The label of the footnote definition starting on a line of the protected text
    /// (`[^label]: …`); cmark-gfm does not expose it.
    private func footnoteLabel(at line: Int) -> String {
        guard line >= 1, let text = protectedLines.dropFirst(line - 1).first,
            let open = text.range(of: "[^"), let close = text[open.upperBound...].range(of: "]:")
        else { return "" }
        return String(text[open.upperBound..<close.lowerBound])
    }

    /// Splits a text node at math placeholders.
    private func restoreMath(in text: String) -> [MarkdownNode] {
        guard text.unicodeScalars.contains(MathProtector.open) else {
            return [MarkdownNode(.text(text))]
        }
        var nodes: [MarkdownNode] = []
        var plain = ""
        var number: String?
        for scalar in text.unicodeScalars {
            if scalar == MathProtector.open {
                number = ""
            } else if scalar == MathProtector.close, let digits = number {
                if !plain.isEmpty { nodes.append(MarkdownNode(.text(plain))) }
                plain = ""
                if let index = Int(digits), index < math.spans.count {
                    let span = math.spans[index]
                    let at = SourceLocation(file: file, line: span.line, column: span.column)
                    nodes.append(
                        MarkdownNode(
                            .math(tex: span.tex, display: span.display), range: SourceRange(at)))
                }
                number = nil
            } else if number != nil {
                number?.unicodeScalars.append(scalar)
            } else {
                plain.unicodeScalars.append(scalar)
            }
        }
        if !plain.isEmpty { nodes.append(MarkdownNode(.text(plain))) }
        return nodes
    }
}

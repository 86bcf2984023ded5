/// A piece of an HTML page as a tree: elements with attributes and children, text, and
/// fragments already rendered by this module's own writers (the Markdown walker, MathML, the
/// highlighter, the Plotting module's SVG).
///
/// Text and attribute values are escaped when the tree is written (``rendered``), through
/// ``HTML/escape(_:)``: page code builds nodes from plain strings and never escapes by hand, so
/// nothing a chapter, a cell or the configuration says can become markup.
public indirect enum HTMLNode: Hashable, Sendable {
    /// `<name attributes…>children…</name>`; attributes are written sorted by name.
    case element(String, attributes: [String: String], children: [HTMLNode])
    /// Text, escaped when written.
    case text(String)
    /// Markup produced by this module's writers (escaped there); never text from elsewhere.
    case trusted(String)
    /// Several nodes in a row.
    case fragment([HTMLNode])

    /// The elements that have no end tag.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr",
    ]

    /// An element: `HTMLNode.el("a", ["href": url], .text(title))`.
    public static func el(
        _ name: String, _ attributes: [String: String] = [:], _ children: HTMLNode...
    ) -> HTMLNode {
        .element(name, attributes: attributes, children: children)
    }

    /// An element with a list of children.
    public static func el(
        _ name: String, _ attributes: [String: String] = [:], children: [HTMLNode]
    ) -> HTMLNode {
        .element(name, attributes: attributes, children: children)
    }

    /// The node written as HTML.
    public var rendered: String {
        var out = ""
        write(to: &out)
        return out
    }

    /// Appends the node's HTML to `out`.
    public func write(to out: inout String) {
        switch self {
        case .text(let s): out += HTML.escape(s)
        case .trusted(let s): out += s
        case .fragment(let nodes): for node in nodes { node.write(to: &out) }
        case .element(let name, let attributes, let children):
            out += "<" + name
            for key in attributes.keys.sorted() {
                out += " " + key
                let value = attributes[key] ?? ""
                // Boolean attributes (`disabled`, `open`) are written bare.
                if !value.isEmpty || key.hasPrefix("data-") || key == "alt" || key == "href" {
                    out += "=\"" + HTML.escape(value) + "\""
                }
            }
            out += ">"
            if Self.voidElements.contains(name) { return }
            for child in children { child.write(to: &out) }
            out += "</" + name + ">"
        }
    }
}

extension HTMLNode: ExpressibleByStringLiteral {
    /// A string literal is text.
    public init(stringLiteral value: String) {
        self = .text(value)
    }
}

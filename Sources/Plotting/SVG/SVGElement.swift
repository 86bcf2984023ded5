/// One node of an SVG document: a tag name, attributes, children and optional text content.
///
/// The tree is built by the layout and marks code and turned into text by exactly one writer
/// (`SVGWriter`), which escapes, sorts attributes and formats consistently. Numbers are turned
/// into attribute text with `SVGNumber.format(_:)` before they reach the tree.
struct SVGElement: Equatable {
    /// The tag name, e.g. `rect`, `path`, `g`.
    var name: String
    /// Attribute names and their unescaped values; written in sorted name order.
    var attributes: [String: String]
    /// Child elements, written in order.
    var children: [SVGElement]
    /// Unescaped character data written before the children (used by `text`, `title`, `style`).
    var text: String?

    init(
        _ name: String,
        _ attributes: [String: String] = [:],
        children: [SVGElement] = [],
        text: String? = nil
    ) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
    }

    /// Counts this element and all its descendants.
    var elementCount: Int {
        children.reduce(1) { $0 + $1.elementCount }
    }
}

import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Structural checks every figure must pass: well-formed XML; an `svg` root with a positive,
/// finite `viewBox`; non-empty `title` and `desc` children; and no `NaN`/`inf` in any
/// numeric attribute (coordinates, sizes, path data, transforms).
enum SVGValidator {
    static let numericAttributes: Set<String> = [
        "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height", "d", "points",
        "viewBox", "transform", "font-size", "stroke-width", "stroke-dasharray",
        "fill-opacity", "stroke-opacity", "rx",
    ]

    static func problems(in svg: String) -> [String] {
        let document: XMLDocument
        do {
            document = try XMLDocument(xmlString: svg, options: [])
        } catch {
            return ["not well-formed XML: \(error)"]
        }
        guard let root = document.rootElement() else { return ["no root element"] }
        var problems: [String] = []
        if (root.localName ?? root.name) != "svg" {
            problems.append("root is \(root.name ?? "?"), not svg")
        }
        let box = ((root.attributes ?? []).first { $0.name == "viewBox" }?.stringValue ?? "")
            .split(separator: " ").compactMap { Double($0) }
        if box.count != 4 || !box.allSatisfy(\.isFinite) || box[2] <= 0 || box[3] <= 0 {
            problems.append("missing or invalid viewBox")
        }
        let children = (root.children ?? []).compactMap { $0 as? XMLElement }
        for name in ["title", "desc"] {
            let element = children.first { ($0.localName ?? $0.name) == name }
            if (element?.stringValue ?? "").isEmpty {
                problems.append("missing or empty <\(name)>")
            }
        }
        visit(root, &problems)
        return problems
    }

    private static func visit(_ element: XMLElement, _ problems: inout [String]) {
        for attribute in element.attributes ?? [] {
            guard let name = attribute.name, numericAttributes.contains(name) else { continue }
            let value = (attribute.stringValue ?? "").lowercased()
            if value.contains("nan") || value.contains("inf") {
                problems.append("<\(element.name ?? "?")> \(name)=\"\(value.prefix(60))\"")
            }
        }
        for child in element.children ?? [] {
            if let child = child as? XMLElement { visit(child, &problems) }
        }
    }
}

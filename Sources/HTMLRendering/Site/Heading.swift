import Notebook

/// A heading of a chapter: its level, plain text and the page anchor it gets.
public struct Heading: Hashable, Sendable, Codable {
    public var level: Int
    public var text: String
    public var anchor: String

    public init(level: Int, text: String, anchor: String) {
        self.level = level
        self.text = text
        self.anchor = anchor
    }

    /// The anchor for a heading titled `text`: its slug, with `-1`, `-2` … when the page used
    /// that slug already (`used` counts them). The same text in the same order always gets the
    /// same anchor, so links to sections stay valid from one render to the next.
    static func anchor(for text: String, used: inout [String: Int]) -> String {
        let slug = HTML.slug(text)
        if let n = used[slug] {
            used[slug] = n + 1
            return slug + "-\(n + 1)"
        }
        used[slug] = 0
        return slug
    }

    /// The headings of a chapter in page order, with the anchors its page gives them.
    public static func all(in chapter: Chapter) -> [Heading] {
        var used: [String: Int] = [:]
        var out: [Heading] = []
        var stack: [MarkdownNode] = chapter.blocks.reversed().compactMap {
            if case .markdown(let node) = $0 { return node }
            return nil
        }
        while let node = stack.popLast() {
            if case .heading(let level) = node.kind {
                let text = node.plainText
                out.append(
                    Heading(level: level, text: text, anchor: anchor(for: text, used: &used)))
                continue
            }
            stack.append(contentsOf: node.children.reversed())
        }
        return out
    }
}

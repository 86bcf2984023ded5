/// Serializes an `SVGElement` tree to text. This is the only place where text is escaped.
///
/// Attributes are written in sorted order, each element starts on its own line, and nothing
/// random is written, so the same tree always gives the same bytes.
struct SVGWriter {
    private(set) var output = ""

    init(capacity: Int = 16_384) {
        output.reserveCapacity(capacity)
    }

    /// Writes `element` and its subtree.
    mutating func write(_ element: SVGElement) {
        output += "<"
        output += element.name
        for key in element.attributes.keys.sorted() {
            output += " "
            output += key
            output += "=\""
            output += Self.escapeAttribute(element.attributes[key] ?? "")
            output += "\""
        }
        if element.children.isEmpty && element.text == nil {
            output += "/>\n"
            return
        }
        output += ">"
        if let text = element.text {
            output += Self.escapeText(text)
        }
        if !element.children.isEmpty {
            output += "\n"
            for child in element.children {
                write(child)
            }
        }
        output += "</"
        output += element.name
        output += ">\n"
    }

    /// Escapes character data: `&`, `<`, `>`.
    static func escapeText(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return text }
        var result = ""
        result.reserveCapacity(text.count + 8)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Escapes attribute values: `&`, `<`, `>`, `"`, and newlines and tabs as character
    /// references so they survive attribute-value normalization.
    static func escapeAttribute(_ text: String) -> String {
        let special: (Character) -> Bool = {
            $0 == "&" || $0 == "<" || $0 == ">" || $0 == "\"" || $0 == "\n" || $0 == "\t"
                || $0 == "\r"
        }
        guard text.contains(where: special) else { return text }
        var result = ""
        result.reserveCapacity(text.count + 8)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case "\t": result += "&#9;"
            default: result.append(character)
            }
        }
        return result
    }
}

/// Small constructors for the elements the marks and the layout draw.
extension SVGElement {
    /// A `g` group with the given class and children.
    static func group(_ className: String?, _ children: [SVGElement]) -> SVGElement {
        var attributes: [String: String] = [:]
        if let className { attributes["class"] = className }
        return SVGElement("g", attributes, children: children)
    }

    /// An axis-aligned rectangle.
    static func rect(_ rect: Rect, className: String? = nil) -> SVGElement {
        var attributes = [
            "x": SVGNumber.format(rect.x), "y": SVGNumber.format(rect.y),
            "width": SVGNumber.format(rect.width), "height": SVGNumber.format(rect.height),
        ]
        if let className { attributes["class"] = className }
        return SVGElement("rect", attributes)
    }

    /// A straight line segment.
    static func line(
        x1: Double, y1: Double, x2: Double, y2: Double, className: String
    ) -> SVGElement {
        SVGElement(
            "line",
            [
                "x1": SVGNumber.format(x1), "y1": SVGNumber.format(y1),
                "x2": SVGNumber.format(x2), "y2": SVGNumber.format(y2), "class": className,
            ])
    }

    /// A path; `extra` adds attributes such as dash arrays.
    static func path(
        _ data: PathData, className: String, extra: [String: String] = [:]
    ) -> SVGElement {
        var attributes = extra
        attributes["d"] = data.text
        attributes["class"] = className
        return SVGElement("path", attributes)
    }

    /// A text label. `anchor` is `start`, `middle` or `end`; `y` is the vertical centre of
    /// the text (converted to a baseline with a 0.35 em shift, which all browsers honour).
    static func label(
        _ text: String, x: Double, y: Double, size: Double, anchor: String = "middle",
        className: String = "hf-text", rotate: Double? = nil
    ) -> SVGElement {
        let baseline = y + 0.35 * size
        var attributes = [
            "x": SVGNumber.format(x), "y": SVGNumber.format(baseline),
            "font-size": SVGNumber.format(size), "class": className,
        ]
        if anchor != "start" { attributes["text-anchor"] = anchor }
        if let rotate {
            attributes["transform"] =
                "rotate(\(SVGNumber.format(rotate)) \(SVGNumber.format(x)) \(SVGNumber.format(y)))"
        }
        return SVGElement("text", attributes, text: text)
    }
}

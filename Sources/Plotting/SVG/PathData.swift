/// Builds the `d` attribute of an SVG `path` from viewBox coordinates.
///
/// Consecutive line-to commands use the implicit form (`M1 2L3 4 5 6`), which keeps dense
/// curves small. Non-finite coordinates are never written: `move`/`line` ignore them.
struct PathData {
    private(set) var text = ""
    private var lastWasLine = false

    var isEmpty: Bool { text.isEmpty }

    init(capacity: Int = 256) {
        text.reserveCapacity(capacity)
    }

    /// Starts a new subpath at (x, y).
    mutating func move(_ x: Double, _ y: Double) {
        guard x.isFinite, y.isFinite else { return }
        text += "M"
        appendPair(x, y)
        lastWasLine = false
    }

    /// Draws a straight line to (x, y).
    mutating func line(_ x: Double, _ y: Double) {
        guard x.isFinite, y.isFinite else { return }
        text += lastWasLine ? " " : "L"
        appendPair(x, y)
        lastWasLine = true
    }

    /// Closes the current subpath.
    mutating func close() {
        text += "Z"
        lastWasLine = false
    }

    /// Appends an axis-aligned rectangle as a closed subpath.
    mutating func rect(x: Double, y: Double, width: Double, height: Double) {
        guard x.isFinite, y.isFinite, width.isFinite, height.isFinite else { return }
        move(x, y)
        text += "h" + SVGNumber.format(width) + "v" + SVGNumber.format(height)
        text += "h" + SVGNumber.format(-width) + "Z"
        lastWasLine = false
    }

    /// Appends already formatted path commands.
    mutating func appendRaw(_ commands: String) {
        text += commands
        lastWasLine = false
    }

    private mutating func appendPair(_ x: Double, _ y: Double) {
        SVGNumber.append(x, to: &text)
        text += " "
        SVGNumber.append(y, to: &text)
    }
}

extension PathData {
    /// Draws a circular arc of `radius` (small arc, clockwise) to (toX, toY).
    mutating func arc(radius: Double, toX: Double, toY: Double) {
        guard radius.isFinite, toX.isFinite, toY.isFinite else { return }
        let r = SVGNumber.format(radius)
        appendRaw("A" + r + " " + r + " 0 0 1 ")
        appendRaw(SVGNumber.format(toX) + " " + SVGNumber.format(toY))
    }
}

extension MarkerShape {
    /// Appends this marker, centred at (x, y) with radius `r`, to `path` as closed subpaths.
    /// All markers of one series share one `path` element, which keeps files small.
    func append(to path: inout PathData, x: Double, y: Double, r: Double) {
        switch self {
        case .none:
            return
        case .circle:
            // Two half-circle arcs.
            path.move(x - r, y)
            path.arc(radius: r, toX: x + r, toY: y)
            path.arc(radius: r, toX: x - r, toY: y)
            path.close()
        case .square:
            let s = r * 0.9
            path.rect(x: x - s, y: y - s, width: 2 * s, height: 2 * s)
        case .triangle:
            let s = r * 1.15
            path.move(x, y - s)
            path.line(x + s * 0.94, y + s * 0.6)
            path.line(x - s * 0.94, y + s * 0.6)
            path.close()
        case .triangleDown:
            let s = r * 1.15
            path.move(x, y + s)
            path.line(x + s * 0.94, y - s * 0.6)
            path.line(x - s * 0.94, y - s * 0.6)
            path.close()
        case .diamond:
            let s = r * 1.25
            path.move(x, y - s)
            path.line(x + s * 0.8, y)
            path.line(x, y + s)
            path.line(x - s * 0.8, y)
            path.close()
        case .plus:
            let s = r * 1.1
            path.move(x - s, y)
            path.line(x + s, y)
            path.move(x, y - s)
            path.line(x, y + s)
        case .cross:
            let s = r * 0.85
            path.move(x - s, y - s)
            path.line(x + s, y + s)
            path.move(x - s, y + s)
            path.line(x + s, y - s)
        }
    }
}

/// Sequential colour maps for heatmaps (colours encode data, so they are the same in light
/// and dark themes).
public enum Colormap: String, CaseIterable, Sendable {
    /// Perceptually uniform dark-blue → green → yellow (van der Walt & Smith 2015, matplotlib).
    case viridis
    /// White → black.
    case grays
    /// Blue → white → red, for signed values centred on zero.
    case diverging

    private var stops: [(Double, Double, Double)] {
        switch self {
        case .viridis:
            return [
                (68, 1, 84), (72, 40, 120), (62, 74, 137), (49, 104, 142), (38, 130, 142),
                (31, 158, 137), (53, 183, 121), (110, 206, 88), (181, 222, 43), (253, 231, 37),
            ]
        case .grays:
            return [(255, 255, 255), (0, 0, 0)]
        case .diverging:
            return [
                (33, 102, 172), (146, 197, 222), (247, 247, 247), (244, 165, 130), (178, 24, 43),
            ]
        }
    }

    /// The RGB components (0–255) at position `t` in 0…1 (clamped), linearly interpolated.
    func rgb(_ t: Double) -> (Double, Double, Double) {
        let stops = self.stops
        let clamped = t.isFinite ? min(max(t, 0), 1) : 0
        let position = clamped * Double(stops.count - 1)
        let lower = min(Int(position), stops.count - 2)
        let f = position - Double(lower)
        let a = stops[lower]
        let b = stops[lower + 1]
        return (a.0 + (b.0 - a.0) * f, a.1 + (b.1 - a.1) * f, a.2 + (b.2 - a.2) * f)
    }

    /// The colour at `t` as `#rrggbb`.
    func hex(_ t: Double) -> String {
        let (r, g, b) = rgb(t)
        let digits = Array("0123456789abcdef")
        var text = "#"
        for component in [r, g, b] {
            let value = Int(component.rounded())
            text.append(digits[(value >> 4) & 15])
            text.append(digits[value & 15])
        }
        return text
    }

    /// Relative luminance (0–1) at `t`, used to pick readable annotation text.
    func luminance(_ t: Double) -> Double {
        let (r, g, b) = rgb(t)
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
    }
}

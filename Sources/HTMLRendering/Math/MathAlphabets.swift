/// Letters and digits of the Mathematical Alphanumeric Symbols block (U+1D400…), which is how
/// MathML Core draws `\mathbf`, `\mathbb`, `\mathcal` …: browsers honour `mathvariant` only as
/// `normal`, so a styled letter must be a styled character.
enum MathAlphabets {
    /// First code points of A, a and 0 per `mathvariant` (0: the style has no digits).
    static let starts: [String: (upper: UInt32, lower: UInt32, digit: UInt32)] = [
        "bold": (0x1D400, 0x1D41A, 0x1D7CE), "italic": (0x1D434, 0x1D44E, 0),
        "bold-italic": (0x1D468, 0x1D482, 0x1D7CE), "script": (0x1D49C, 0x1D4B6, 0),
        "fraktur": (0x1D504, 0x1D51E, 0), "double-struck": (0x1D538, 0x1D552, 0x1D7D8),
        "sans-serif": (0x1D5A0, 0x1D5BA, 0x1D7E2), "monospace": (0x1D670, 0x1D68A, 0x1D7F6),
    ]

    /// Letters that Unicode encodes elsewhere (the "holes" of the block).
    static let holes: [String: [Character: Character]] = [
        "italic": ["h": "ℎ"],
        "script": [
            "B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ",
            "e": "ℯ", "g": "ℊ", "o": "ℴ",
        ],
        "fraktur": ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"],
        "double-struck": ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"],
    ]

    /// `c` in the style `variant`, or nil when the style has no such character.
    static func styled(_ c: Character, _ variant: String) -> Character? {
        if let hole = holes[variant]?[c] { return hole }
        guard let start = starts[variant], let scalar = c.unicodeScalars.first, c.isASCII else {
            return nil
        }
        let v = scalar.value
        let code: UInt32
        switch v {
        case 65...90: code = start.upper + v - 65
        case 97...122: code = start.lower + v - 97
        case 48...57 where start.digit != 0: code = start.digit + v - 48
        default: return nil
        }
        return Unicode.Scalar(code).map(Character.init)
    }

    /// `body` (MathML) with the text of its `<mi>` and `<mn>` elements in the style `variant`;
    /// elements with characters the style lacks (Greek letters) keep them and get the
    /// `mathvariant` attribute.
    static func apply(_ variant: String, to body: String) -> String {
        var out = ""
        var rest = Substring(body)
        while true {
            let candidates = ["mi", "mn"].compactMap { name in
                rest.range(of: "<\(name)>").map { (name, $0) }
            }
            guard let (name, open) = candidates.min(by: { $0.1.lowerBound < $1.1.lowerBound }),
                let close = rest.range(of: "</\(name)>", range: open.upperBound..<rest.endIndex)
            else { break }
            out += rest[..<open.lowerBound]
            let text = rest[open.upperBound..<close.lowerBound]
            let mapped = text.map { styled($0, variant) }
            if mapped.allSatisfy({ $0 != nil }) {
                out += "<\(name)>" + String(mapped.compactMap { $0 }) + "</\(name)>"
            } else {
                out += "<\(name) mathvariant=\"\(variant)\">" + text + "</\(name)>"
            }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }
}

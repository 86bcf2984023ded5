/// Decodes HTML character references the way a browser does in attribute values: decimal and
/// hexadecimal references (with or without their `;`), and the named references that can hide
/// a URL scheme (`&colon;`, `&Tab;`, `&NewLine;` …). Unknown names are left as they are.
enum CharacterReferences {
    static let named: [String: String] = [
        "colon": ":", "tab": "\t", "newline": "\n", "amp": "&", "lt": "<", "gt": ">",
        "quot": "\"", "apos": "'", "lpar": "(", "rpar": ")", "sol": "/", "bsol": "\\",
        "period": ".", "comma": ",", "semi": ";", "excl": "!", "num": "#", "percnt": "%",
        "equals": "=", "nbsp": "\u{A0}", "quest": "?", "commat": "@",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "&", let (decoded, next) = reference(scalars, at: i) else {
                out.append(scalars[i])
                i += 1
                continue
            }
            out.append(contentsOf: decoded.unicodeScalars)
            i = next
        }
        return String(out)
    }

    /// The reference starting at `start` (an `&`): its text and the index after it.
    private static func reference(_ s: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var i = start + 1
        if i < s.count, s[i] == "#" {
            i += 1
            let hex = i < s.count && (s[i] == "x" || s[i] == "X")
            if hex { i += 1 }
            var value: UInt32 = 0
            let digitsStart = i
            while i < s.count, let d = digit(s[i], hex: hex) {
                value = min(value &* (hex ? 16 : 10) &+ d, 0x11_0000)
                i += 1
            }
            guard i > digitsStart else { return nil }
            if i < s.count, s[i] == ";" { i += 1 }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            return (value == 0 ? "\u{FFFD}" : String(scalar), i)
        }
        var name = ""
        while i < s.count,
            s[i].properties.isASCIIHexDigit
                || (s[i].value | 0x20) >= 0x61
                    && (s[i].value | 0x20) <= 0x7A
        {
            name.unicodeScalars.append(s[i])
            i += 1
        }
        guard i < s.count, s[i] == ";", let decoded = named[name.lowercased()] else { return nil }
        return (decoded, i + 1)
    }

    private static func digit(_ c: Unicode.Scalar, hex: Bool) -> UInt32? {
        switch c.value {
        case 0x30...0x39: return c.value - 0x30
        case 0x61...0x66 where hex: return c.value - 0x61 + 10
        case 0x41...0x46 where hex: return c.value - 0x41 + 10
        default: return nil
        }
    }
}

/// Compares what a cell printed with its `output` block.
///
/// Numbers follow doctest's NUMBER rule: a number written with k decimals in the expectation
/// matches an actual number that rounds to it at k decimals (`0.85` matches `0.8512`); numbers
/// without a decimal point, and all other text, must match exactly. Trailing whitespace on each
/// line and trailing blank lines are ignored.
public enum OutputComparison {
    public static func matches(expected: String, actual: String) -> Bool {
        let e = lines(expected), a = lines(actual)
        guard e.count == a.count else { return false }
        return zip(e, a).allSatisfy { lineMatches(expected: $0, actual: $1) }
    }

    static func lines(_ text: String) -> [String] {
        var ls = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var s = Substring(line)
            while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
            return String(s)
        }
        while ls.last == "" { ls.removeLast() }
        return ls
    }

    enum Token: Equatable {
        case text(String)
        case number(String)
    }

    static func tokens(_ line: String) -> [Token] {
        var out: [Token] = []
        let chars = Array(line)
        var i = 0
        var text = ""
        func isDigit(_ c: Character) -> Bool { c >= "0" && c <= "9" }
        while i < chars.count {
            let c = chars[i]
            let startsNumber = isDigit(c) || (c == "-" && i + 1 < chars.count && isDigit(chars[i + 1])
                && (i == 0 || !(chars[i - 1].isLetter || isDigit(chars[i - 1]))))
            let insideWord = i > 0 && (chars[i - 1].isLetter || chars[i - 1] == "_")
            if startsNumber && !insideWord {
                var j = i + 1
                while j < chars.count && isDigit(chars[j]) { j += 1 }
                if j + 1 < chars.count && chars[j] == "." && isDigit(chars[j + 1]) {
                    j += 1
                    while j < chars.count && isDigit(chars[j]) { j += 1 }
                }
                if j < chars.count && (chars[j] == "e" || chars[j] == "E") {
                    var k = j + 1
                    if k < chars.count && (chars[k] == "-" || chars[k] == "+") { k += 1 }
                    if k < chars.count && isDigit(chars[k]) {
                        while k < chars.count && isDigit(chars[k]) { k += 1 }
                        j = k
                    }
                }
                if !text.isEmpty { out.append(.text(text)); text = "" }
                out.append(.number(String(chars[i..<j])))
                i = j
            } else {
                text.append(c)
                i += 1
            }
        }
        if !text.isEmpty { out.append(.text(text)) }
        return out
    }

    static func lineMatches(expected: String, actual: String) -> Bool {
        if expected == actual { return true }
        let e = tokens(expected), a = tokens(actual)
        guard e.count == a.count else { return false }
        for (x, y) in zip(e, a) {
            switch (x, y) {
            case (.text(let s), .text(let t)): if s != t { return false }
            case (.number(let s), .number(let t)): if !numberMatches(expected: s, actual: t) { return false }
            default: return false
            }
        }
        return true
    }

    static func numberMatches(expected: String, actual: String) -> Bool {
        if expected == actual { return true }
        guard let ev = Double(expected), let av = Double(actual) else { return false }
        let mantissa = expected.split(whereSeparator: { $0 == "e" || $0 == "E" }).first ?? ""
        guard let dot = mantissa.firstIndex(of: ".") else { return false }
        let decimals = mantissa.distance(from: dot, to: mantissa.endIndex) - 1
        var exponent = 0
        if let eIndex = expected.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(expected[expected.index(after: eIndex)...]) ?? 0
        }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let tolerance = 0.5 / scale * pow10(exponent)
        return abs(av - ev) <= tolerance * (1 + 1e-9)
    }

    private static func pow10(_ e: Int) -> Double {
        var r = 1.0
        if e >= 0 { for _ in 0..<e { r *= 10 } } else { for _ in 0..<(-e) { r /= 10 } }
        return r
    }

    /// A unified diff of expected against actual (`-` expected, `+` actual), with the lines that
    /// match under the NUMBER rule shown as context.
    public static func diff(expected: String, actual: String) -> String {
        let e = lines(expected), a = lines(actual)
        // Longest common subsequence under the NUMBER rule.
        var lcs = Array(repeating: Array(repeating: 0, count: a.count + 1), count: e.count + 1)
        for i in stride(from: e.count - 1, through: 0, by: -1) {
            for j in stride(from: a.count - 1, through: 0, by: -1) {
                lcs[i][j] = lineMatches(expected: e[i], actual: a[j]) ? lcs[i + 1][j + 1] + 1
                    : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out = ["--- expected", "+++ actual"]
        var i = 0, j = 0
        while i < e.count || j < a.count {
            if i < e.count, j < a.count, lineMatches(expected: e[i], actual: a[j]) {
                out.append("  " + a[j]); i += 1; j += 1
            } else if j < a.count, i == e.count || lcs[i][j + 1] >= lcs[i + 1][j] {
                out.append("+ " + a[j]); j += 1
            } else {
                out.append("- " + e[i]); i += 1
            }
        }
        return out.joined(separator: "\n")
    }
}

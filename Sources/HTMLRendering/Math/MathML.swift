import Diagnostics
import Foundation

/// Converts TeX math to MathML Core, so browsers render it with no JavaScript.
///
/// Covered: identifiers, numbers, operators, `^`/`_`, groups, `\frac`, `\sqrt` (with index),
/// `\text`, font variants (`\mathbf` …), accents (`\hat` …), `\left`/`\right`, named functions,
/// spacing, and the symbol tables of `TeXSymbols`. An unknown command is shown in red, as
/// `\command`, rather than dropped.
public enum MathML {
    /// How deeply groups, fractions, roots, scripts, `\left`…`\right` pairs and environments
    /// may nest; deeper math is shown as an error instead of exhausting the stack.
    public static let maximumDepth = 100

    /// The MathML for `tex` (see ``render(_:display:at:)``; a problem is shown in the math).
    public static func render(_ tex: String, display: Bool) -> String {
        render(tex, display: display, at: nil).html
    }

    /// The MathML for `tex`, and the error when it nests deeper than ``maximumDepth``; the
    /// error, located at `location` (the math's opening `$`) when given, is then shown in the
    /// page as a `<merror>` in place of the math.
    public static func render(
        _ tex: String, display: Bool, at location: SourceLocation?
    ) -> (html: String, problem: Diagnostic?) {
        if display {
            let parts = displayParts(tex)
            if parts.count > 1 {
                // Side by side on a wide page, one under the other on a phone.
                let rendered = parts.map { render($0, display: true, at: location) }
                return (
                    "<span class=\"math-parts\">" + rendered.map(\.html).joined() + "</span>",
                    rendered.lazy.compactMap(\.problem).first
                )
            }
        }
        var parser = Parser(Array(tex))
        parser.display = display
        var body = parser.parseSequence(until: nil)
        var problem: Diagnostic?
        if !parser.unknown.isEmpty, let location {
            let names = parser.unknown.map { "\\" + $0 }
            problem = Diagnostic(
                .warning,
                "unknown TeX command\(names.count == 1 ? "" : "s") "
                    + names.map { "'\($0)'" }.joined(separator: ", ") + "; shown as written",
                at: SourceRange(location))
        }
        if parser.tooDeep {
            let at = location ?? SourceLocation(file: "", line: 0, column: 0)
            let diagnostic = Diagnostic(
                .error, "math is nested more than \(maximumDepth) levels deep; it is not rendered",
                at: SourceRange(at))
            problem = location == nil ? nil : diagnostic
            let message =
                location == nil
                ? "error: \(diagnostic.message)" : diagnostic.description
            body = "<merror><mtext>\(HTML.escape(message))</mtext></merror>"
        }
        let annotation =
            "<annotation encoding=\"application/x-tex\">\(HTML.escape(tex))</annotation>"
        let attrs = display ? " display=\"block\"" : ""
        let math = "<math\(attrs)><semantics><mrow>\(body)</mrow>\(annotation)</semantics></math>"
        if display, let tag = parser.tag {
            // A numbered equation: the number at the right margin, as in TeX.
            return (
                "<span class=\"equation\">\(math)<span class=\"equation-number\">("
                    + HTML.escape(tag) + ")</span></span>", problem
            )
        }
        return (math, problem)
    }

    /// A display formula split at its top-level `\qquad`s: a list of formulas set side by side
    /// (`a = b, \qquad c = d`), which the page may wrap onto several lines when it is narrow.
    /// Formulas with a `\tag`, and `\qquad`s inside groups, environments or `\left`…`\right`,
    /// do not split.
    static func displayParts(_ tex: String) -> [String] {
        let chars = Array(tex)
        var parts: [String] = []
        var current = ""
        var depth = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count {
                var j = i + 1
                var name = ""
                while j < chars.count, chars[j].isLetter {
                    name.append(chars[j])
                    j += 1
                }
                if name.isEmpty {
                    // An escaped character (`\{`, `\\`): never a separator or a group.
                    current.append(contentsOf: chars[i...i + 1])
                    i += 2
                    continue
                }
                switch name {
                case "tag": return [tex]
                case "begin", "left": depth += 1
                case "end", "right": depth -= 1
                case "qquad" where depth == 0:
                    parts.append(current)
                    current = ""
                    i = j
                    continue
                default: break
                }
                current.append(contentsOf: chars[i..<j])
                i = j
                continue
            }
            if c == "{" { depth += 1 }
            if c == "}" { depth -= 1 }
            current.append(c)
            i += 1
        }
        parts.append(current)
        let trimmed = parts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        return trimmed.isEmpty ? [tex] : trimmed
    }

    struct Parser {
        let chars: [Character]
        var i = 0
        /// Atoms being parsed, one inside another.
        var depth = 0
        /// Set when `depth` passed `maximumDepth`: parsing stopped, the result is discarded.
        var tooDeep = false
        /// Inside an environment (`cases`, `matrix` …): cells end at `&`, `\\` or `\end`.
        var inTable = false
        /// Display math: limits of `\max`, `\lim` … go under them.
        var display = false
        /// Commands that are not known, in order of appearance (each once).
        var unknown: [String] = []
        /// The equation's number, from `\tag{…}`.
        var tag: String?
        /// What the atom just parsed is, for where its scripts go.
        var atomKind = AtomKind.ordinary

        enum AtomKind {
            case ordinary
            /// `\sum`, `\prod` …: scripts as limits (the browser moves them aside inline).
            case largeOperator
            /// `\max`, `\lim`, `\operatorname*` …: limits under it in display math; followed by
            /// the invisible function application.
            case function(limits: Bool)
            /// `\underbrace` / `\overbrace`: the label goes under / over.
            case under, over
        }

        init(_ chars: [Character]) {
            self.chars = chars
        }

        /// Whether the argument after a function name (`\log x`, `\max_i a_i`) starts with an
        /// ordinary atom, which TeX sets a thin space apart; a fence (`\log(x)`) follows
        /// directly. Browsers add no space after `&#x2061;` themselves.
        var argumentNeedsThinSpace: Bool {
            var j = i
            while j < chars.count, chars[j].isWhitespace { j += 1 }
            guard j < chars.count else { return false }
            let c = chars[j]
            if c.isLetter || c.isNumber || c == "{" { return true }
            guard c == "\\", j + 1 < chars.count else { return false }
            var name = ""
            var k = j + 1
            while k < chars.count, chars[k].isLetter {
                name.append(chars[k])
                k += 1
            }
            let fences: Set<String> = [
                "left", "big", "Big", "bigg", "Bigg", "bigl", "Bigl", "biggl", "Biggl", "lvert",
                "lVert", "langle", "lfloor", "lceil", "lbrace", "quad", "qquad",
            ]
            return !name.isEmpty && !fences.contains(name) && TeXSymbols.operators[name] == nil
                || TeXSymbols.identifiers[name] != nil
        }

        mutating func skipSpaces() {
            while i < chars.count, chars[i].isWhitespace { i += 1 }
        }

        /// The delimiter after `\left`, `\right`, `\middle` or `\big…`: one character, or a
        /// command such as `\langle` or `\|` as its operator character ("" when unknown); nil
        /// at the end of the formula.
        mutating func readDelimiter() -> String? {
            skipSpaces()
            guard i < chars.count else { return nil }
            let first = String(chars[i])
            i += 1
            guard first == "\\" else { return first }
            var cmd = ""
            while i < chars.count, chars[i].isLetter {
                cmd.append(chars[i])
                i += 1
            }
            if cmd.isEmpty, i < chars.count {
                cmd = String(chars[i])
                i += 1
            }
            return TeXSymbols.operators[cmd] ?? ""
        }

        /// Atoms with their scripts until `terminator` (or the end).
        mutating func parseSequence(until terminator: Character?) -> String {
            var out = ""
            while true {
                skipSpaces()
                guard i < chars.count else { break }
                if let t = terminator, chars[i] == t { break }
                if chars[i] == "}" && terminator == nil {
                    i += 1
                    continue
                }
                if peekCommand() == "right" { break }
                if inTable
                    && (chars[i] == "&" || peekCommand() == "end"
                        || (chars[i] == "\\" && i + 1 < chars.count && chars[i + 1] == "\\"))
                {
                    break
                }
                out += parseScripted()
            }
            return out
        }

        mutating func peekCommand() -> String? {
            guard i < chars.count, chars[i] == "\\" else { return nil }
            var j = i + 1
            var name = ""
            while j < chars.count, chars[j].isLetter {
                name.append(chars[j])
                j += 1
            }
            return name
        }

        mutating func parseScripted() -> String {
            atomKind = .ordinary
            var base = parseAtom()
            let kind = atomKind
            var sub: String?
            var sup: String?
            var primes = 0
            while true {
                skipSpaces()
                guard i < chars.count else { break }
                if chars[i] == "^" {
                    i += 1
                    sup = parseAtom()
                } else if chars[i] == "_" {
                    i += 1
                    sub = parseAtom()
                } else if chars[i] == "'" {
                    i += 1
                    primes += 1
                    sup = (sup ?? "") + "<mo>′</mo>"
                } else {
                    break
                }
            }
            if base.isEmpty { base = "<mrow></mrow>" }
            if primes > 0 && sub == nil && sup == String(repeating: "<mo>′</mo>", count: primes) {
                // A bare prime (f′, σ′, tanh′): the prime glyph is already raised, so it follows
                // the base at full size; as a superscript it shrank to a speck.
                sup = nil
                base +=
                    "<mo lspace=\"0\" rspace=\"0\">"
                    + String(repeating: "′", count: primes) + "</mo>"
            }
            var apply = ""
            var limits = false
            switch kind {
            case .ordinary: break
            case .largeOperator: limits = true
            case .function(let movable):
                apply =
                    "<mo>\u{2061}</mo>"
                    + (argumentNeedsThinSpace ? "<mspace width=\"0.1667em\"></mspace>" : "")
                limits = movable && display
            case .under:
                if let s = sub { return "<munder>\(base)\(wrap(s))</munder>" }
            case .over:
                if let p = sup { return "<mover>\(base)\(wrap(p))</mover>" }
            }
            if limits {
                switch (sub, sup) {
                case (let s?, let p?):
                    return "<munderover>\(base)\(wrap(s))\(wrap(p))</munderover>" + apply
                case (let s?, nil): return "<munder>\(base)\(wrap(s))</munder>" + apply
                case (nil, let p?): return "<mover>\(base)\(wrap(p))</mover>" + apply
                default: return base + apply
                }
            }
            switch (sub, sup) {
            case (let s?, let p?): return "<msubsup>\(base)\(wrap(s))\(wrap(p))</msubsup>" + apply
            case (let s?, nil): return "<msub>\(base)\(wrap(s))</msub>" + apply
            case (nil, let p?): return "<msup>\(base)\(wrap(p))</msup>" + apply
            default: return base + apply
            }
        }

        func wrap(_ s: String) -> String { "<mrow>\(s)</mrow>" }

        /// `cases`, `matrix`, `pmatrix`, `bmatrix`, `aligned`: rows split by `\\\\`, cells by `&`.
        mutating func parseEnvironment(_ name: String) -> String {
            if name == "array" { _ = rawGroup() }  // the column specification
            let saved = inTable
            inTable = true
            defer { inTable = saved }
            var rows: [[String]] = [[]]
            while i < chars.count {
                let cell = parseSequence(until: nil)
                rows[rows.count - 1].append(cell)
                guard i < chars.count else { break }
                if chars[i] == "&" {
                    i += 1
                } else if chars[i] == "\\", i + 1 < chars.count, chars[i + 1] == "\\" {
                    i += 2
                    rows.append([])
                } else if peekCommand() == "end" {
                    i += 4
                    _ = rawGroup()
                    break
                } else {
                    break
                }
            }
            if rows.last?.allSatisfy({ $0.isEmpty }) == true && rows.count > 1 { rows.removeLast() }
            let align: String
            switch name {
            case "cases": align = " columnalign=\"left\""
            case "aligned", "align", "align*", "split", "alignat", "alignat*":
                // `a &= b & c &= d`: right-aligned before each `&`, left-aligned after.
                // Display style, as in TeX: fractions and sums full size, not script size.
                align = " columnalign=\"right left right left right left\" displaystyle=\"true\""
            default: align = ""
            }
            let table =
                "<mtable\(align)>"
                + rows.map { row in
                    "<mtr>" + row.map { "<mtd><mrow>\($0)</mrow></mtd>" }.joined() + "</mtr>"
                }.joined() + "</mtable>"
            switch name {
            case "cases": return "<mrow><mo fence=\"true\">{</mo>\(table)</mrow>"
            case "pmatrix":
                return "<mrow><mo fence=\"true\">(</mo>\(table)<mo fence=\"true\">)</mo></mrow>"
            case "bmatrix":
                return "<mrow><mo fence=\"true\">[</mo>\(table)<mo fence=\"true\">]</mo></mrow>"
            case "vmatrix":
                return "<mrow><mo fence=\"true\">|</mo>\(table)<mo fence=\"true\">|</mo></mrow>"
            case "Vmatrix":
                return "<mrow><mo fence=\"true\">‖</mo>\(table)<mo fence=\"true\">‖</mo></mrow>"
            case "Bmatrix":
                return "<mrow><mo fence=\"true\">{</mo>\(table)<mo fence=\"true\">}</mo></mrow>"
            default: return table
            }
        }

        mutating func parseGroup() -> String {
            skipSpaces()
            guard i < chars.count else { return "" }
            if chars[i] == "{" {
                i += 1
                let inner = parseSequence(until: "}")
                if i < chars.count { i += 1 }
                return "<mrow>\(inner)</mrow>"
            }
            return parseAtom()
        }

        mutating func rawGroup() -> String {
            skipSpaces()
            guard i < chars.count, chars[i] == "{" else {
                if i < chars.count {
                    i += 1
                    return String(chars[i - 1])
                }
                return ""
            }
            i += 1
            var depth = 1
            var s = ""
            while i < chars.count {
                if chars[i] == "{" { depth += 1 }
                if chars[i] == "}" {
                    depth -= 1
                    if depth == 0 {
                        i += 1
                        break
                    }
                }
                s.append(chars[i])
                i += 1
            }
            return s
        }

        mutating func parseAtom() -> String {
            skipSpaces()
            guard i < chars.count else { return "" }
            // Every nesting construct parses its content through here.
            depth += 1
            defer { depth -= 1 }
            guard depth <= MathML.maximumDepth else {
                tooDeep = true
                i = chars.count
                return ""
            }
            let c = chars[i]
            if c == "{" { return parseGroup() }
            if c == "\\" { return parseCommand() }
            i += 1
            if c.isNumber || c == "." && i < chars.count && chars[i].isNumber {
                var n = String(c)
                while i < chars.count {
                    if chars[i].isNumber
                        || (chars[i] == "." && i + 1 < chars.count && chars[i + 1].isNumber)
                    {
                        n.append(chars[i])
                        i += 1
                    } else if chars[i] == "{", i + 3 < chars.count,
                        chars[i + 1] == "," || chars[i + 1] == ".",
                        chars[i + 2] == "}", chars[i + 3].isNumber
                    {
                        // `235{,}500`: a grouping separator inside the number, not punctuation.
                        n.append(chars[i + 1])
                        i += 3
                    } else {
                        break
                    }
                }
                return "<mn>\(HTML.escape(n))</mn>"
            }
            if c.isLetter { return "<mi>\(HTML.escape(String(c)))</mi>" }
            if c == "&" { return "" }
            let symbol = c == "-" ? "−" : String(c)
            return Self.mo(symbol)
        }

        /// Delimiters written without `\left`/`\right`: TeX keeps them at their natural size,
        /// while MathML stretches fences by default to the tallest thing in their row (a
        /// `cases` brace or a fraction elsewhere in the formula).
        static let plainDelimiters: Set<String> = [
            "(", ")", "[", "]", "{", "}", "|", "‖", "⟨", "⟩", "⌊", "⌋", "⌈", "⌉",
        ]

        /// An `mo` element; plain delimiters keep their size (`stretchy="false"`).
        static func mo(_ symbol: String) -> String {
            if plainDelimiters.contains(symbol) {
                return "<mo stretchy=\"false\">\(HTML.escape(symbol))</mo>"
            }
            return "<mo>\(HTML.escape(symbol))</mo>"
        }

        mutating func parseCommand() -> String {
            i += 1
            guard i < chars.count else { return "" }
            var name = ""
            if chars[i].isLetter {
                while i < chars.count, chars[i].isLetter {
                    name.append(chars[i])
                    i += 1
                }
            } else {
                name = String(chars[i])
                i += 1
            }
            if let s = TeXSymbols.identifiers[name] { return "<mi>\(s)</mi>" }
            if let s = TeXSymbols.operators[name] {
                if TeXSymbols.largeOperators.contains(name) {
                    atomKind = .largeOperator
                    return "<mo largeop=\"true\">\(HTML.escape(s))</mo>"
                }
                switch name {
                case "lvert", "lVert", "langle", "lfloor", "lceil", "lbrace":
                    // Opening bars hug what they enclose, as in TeX (no operator spacing).
                    return "<mo form=\"prefix\" stretchy=\"false\">\(HTML.escape(s))</mo>"
                case "rvert", "rVert", "rangle", "rfloor", "rceil", "rbrace":
                    return "<mo form=\"postfix\" stretchy=\"false\">\(HTML.escape(s))</mo>"
                default: return Self.mo(s)
                }
            }
            if TeXSymbols.functions.contains(name) {
                atomKind = .function(limits: TeXSymbols.limitFunctions.contains(name))
                let shown = TeXSymbols.functionNames[name] ?? name
                return "<mi mathvariant=\"normal\">\(HTML.escape(shown))</mi>"
            }
            if let w = TeXSymbols.spaces[name] { return "<mspace width=\"\(w)\"></mspace>" }
            if name == "\\" { return "<mspace linebreak=\"newline\"></mspace>" }
            if let v = TeXSymbols.variants[name] {
                var star = false
                if name == "operatorname", i < chars.count, chars[i] == "*" {
                    star = true
                    i += 1
                }
                let content = rawGroup()
                if name == "operatorname" {
                    atomKind = .function(limits: star)
                    return "<mi mathvariant=\"normal\">\(HTML.escape(content))</mi>"
                }
                var inner = Parser(Array(content))
                inner.depth = depth
                let body = inner.parseSequence(until: nil)
                if inner.tooDeep {
                    tooDeep = true
                    i = chars.count
                }
                if v == "normal" {
                    return "<mrow>"
                        + body.replacingOccurrences(of: "<mi>", with: "<mi mathvariant=\"normal\">")
                        + "</mrow>"
                }
                return "<mrow>" + MathAlphabets.apply(v, to: body) + "</mrow>"
            }
            if let a = TeXSymbols.accents[name] {
                return "<mover accent=\"true\">\(parseGroup())<mo>\(HTML.escape(a))</mo></mover>"
            }
            if let a = TeXSymbols.underAccents[name] {
                let body = parseGroup()
                if name == "underbrace" { atomKind = .under }
                return "<munder accentunder=\"true\">\(body)<mo>\(HTML.escape(a))</mo></munder>"
            }
            if name == "overbrace" {
                let body = parseGroup()
                atomKind = .over
                return "<mover accent=\"true\">\(body)<mo>⏞</mo></mover>"
            }
            switch name {
            case "frac", "dfrac", "tfrac":
                let num = parseGroup()
                let den = parseGroup()
                return "<mfrac>\(num)\(den)</mfrac>"
            case "sqrt":
                skipSpaces()
                if i < chars.count, chars[i] == "[" {
                    i += 1
                    let index = parseSequence(until: "]")
                    if i < chars.count { i += 1 }
                    return "<mroot>\(parseGroup())<mrow>\(index)</mrow></mroot>"
                }
                return "<msqrt>\(parseGroup())</msqrt>"
            case "text", "textrm", "mbox", "textit", "textnormal", "hbox":
                // Spaces become no-break spaces: browsers collapse an <mtext>'s leading and
                // trailing spaces, which glued `\text{if }` to the formula after it.
                let text = rawGroup().replacingOccurrences(of: " ", with: "\u{00A0}")
                return "<mtext>\(HTML.escape(text))</mtext>"
            case "textbf":
                let text = String(rawGroup().map { MathAlphabets.styled($0, "bold") ?? $0 })
                return "<mtext>\(HTML.escape(text))</mtext>"
            case "binom", "dbinom", "tbinom":
                let top = parseGroup()
                let bottom = parseGroup()
                return
                    "<mrow><mo fence=\"true\">(</mo><mfrac linethickness=\"0\">\(top)\(bottom)</mfrac><mo fence=\"true\">)</mo></mrow>"
            case "overset", "stackrel":
                let over = parseGroup()
                let base = parseGroup()
                return "<mover>\(base)\(over)</mover>"
            case "underset":
                let under = parseGroup()
                let base = parseGroup()
                return "<munder>\(base)\(under)</munder>"
            case "cfrac":
                let num = parseGroup()
                let den = parseGroup()
                return "<mfrac>\(num)\(den)</mfrac>"
            case "tag":
                if i < chars.count, chars[i] == "*" { i += 1 }
                tag = rawGroup()
                return ""
            case "notag", "nonumber", "label":
                if name == "label" { _ = rawGroup() }
                return ""
            case "middle":
                guard let d = readDelimiter() else { return "" }
                return "<mo fence=\"true\">\(HTML.escape(d))</mo>"
            case "left", "right":
                guard let d = readDelimiter() else { return "" }
                if d == "." { return "" }
                if name == "left" {
                    let inner = parseSequence(until: nil)
                    var close = ""
                    if peekCommand() == "right" { close = parseCommand() }
                    return "<mrow><mo fence=\"true\">\(HTML.escape(d))</mo>\(inner)\(close)</mrow>"
                }
                return "<mo fence=\"true\">\(HTML.escape(d))</mo>"
            case "begin":
                return parseEnvironment(rawGroup())
            case "displaystyle", "textstyle", "limits", "nolimits": return ""
            case "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr",
                "Biggl", "Biggr", "bigm", "Bigm":
                // A sized delimiter: the delimiter that follows at TeX's fixed size (1.2, 1.8,
                // 2.4 and 3 times the font size for big, Big, bigg and Bigg).
                guard let d = readDelimiter() else { return "" }
                if d == "." || d.isEmpty { return "" }
                let size =
                    name.hasPrefix("Bigg")
                    ? "3em"
                    : name.hasPrefix("bigg")
                        ? "2.4em"
                        : name.hasPrefix("Big") ? "1.8em" : "1.2em"
                return "<mo fence=\"true\" stretchy=\"true\" symmetric=\"true\" minsize=\"\(size)\""
                    + " maxsize=\"\(size)\">\(HTML.escape(d))</mo>"
            default:
                if !unknown.contains(name) { unknown.append(name) }
                return "<merror><mtext>\\\(HTML.escape(name))</mtext></merror>"
            }
        }
    }
}

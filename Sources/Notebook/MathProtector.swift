/// Hides TeX math from the Markdown parser.
///
/// `$…$` (inline) and `$$…$$` (display) spans are replaced by placeholders made of
/// private-use characters, so underscores and backslashes inside math are never read as emphasis
/// or escapes; after parsing, placeholders in text nodes become `.math` nodes again.
/// Rules (those of Pandoc's `tex_math_dollars`): an opening `$` is followed by a non-space, a
/// closing `$` is preceded by a non-space and not followed by a digit; `\$` is a literal dollar;
/// code spans, fenced and indented code blocks are left alone.
struct MathProtector {
    struct Span: Hashable {
        var tex: String
        var display: Bool
        /// Chapter line and byte column of the opening `$`.
        var line = 0
        var column = 0
    }

    /// The text with math replaced by placeholders.
    private(set) var protected: String = ""
    /// The math spans, indexed by the number inside their placeholder.
    private(set) var spans: [Span] = []
    /// `originalLine[k]` is the chapter line of line `k + 1` of `protected`.
    private(set) var originalLine: [Int] = []
    /// Chapter (line, column) of every `$$` that opens display math and is never closed.
    private(set) var unclosedDisplay: [(line: Int, column: Int)] = []

    static let open: Unicode.Scalar = "\u{E000}"
    static let close: Unicode.Scalar = "\u{E001}"

    init(_ text: String) {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var lineMap = [1]
        var chunk: [UInt8] = []
        var chunkLine = 1
        var fence: (char: UInt8, count: Int)?
        var inIndentedCode = false
        var previousBlank = true
        var inList = false
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)

        func flushChunk() {
            if !chunk.isEmpty {
                scan(chunk, firstLine: chunkLine, into: &out, lineMap: &lineMap)
                chunk.removeAll()
            }
        }
        for (i, lineSlice) in lines.enumerated() {
            let line = Array(lineSlice)
            let lineNumber = i + 1
            let isLast = i == lines.count - 1
            let body = Self.stripContainers(line)
            let isBlank = body.allSatisfy { $0 == 32 || $0 == 9 || $0 == 13 }
            var isCode = false
            if let open = fence {
                isCode = true
                if let f = Self.fenceMarker(body), f.char == open.char, f.count >= open.count,
                    f.rest.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 })
                {
                    fence = nil
                }
            } else if let f = Self.fenceMarker(body),
                f.char != UInt8(ascii: "`")
                    || !f.rest.contains(UInt8(ascii: "`"))
            {
                fence = (f.char, f.count)
                isCode = true
            } else if !isBlank {
                let indent = Self.indentation(line)
                if indent < 4 {
                    inList =
                        Self.startsListItem(line) || (inList && !previousBlank)
                        || (inList && indent > 0)
                }
                if indent >= 4 && (previousBlank || inIndentedCode) && !inList {
                    isCode = true
                }
            }
            inIndentedCode = isCode && fence == nil && !isBlank && Self.indentation(line) >= 4
            previousBlank = isBlank
            if isCode || isBlank {
                flushChunk()
                out.append(contentsOf: line)
                if !isLast {
                    out.append(10)
                    lineMap.append(lineNumber + 1)
                }
            } else {
                if chunk.isEmpty { chunkLine = lineNumber }
                chunk.append(contentsOf: line)
                if !isLast { chunk.append(10) }
            }
        }
        flushChunk()
        protected = String(decoding: out, as: UTF8.self)
        originalLine = lineMap
    }

    /// The chapter line of a line of the protected text.
    func chapterLine(_ protectedLine: Int) -> Int {
        protectedLine >= 1 && protectedLine <= originalLine.count
            ? originalLine[protectedLine - 1] : protectedLine
    }

    // MARK: - Scanning a run of text lines

    private mutating func scan(
        _ bytes: [UInt8], firstLine: Int, into out: inout [UInt8], lineMap: inout [Int]
    ) {
        var i = 0
        var line = firstLine
        var lineStart = 0
        let n = bytes.count
        let dollar = UInt8(ascii: "$")
        let backtick = UInt8(ascii: "`")
        let backslash = UInt8(ascii: "\\")
        // Searches for a closing delimiter that failed from some start fail from every later
        // start too (the run has no blank line, so nothing resets); remembering where they
        // failed keeps a line full of openers linear instead of quadratic.
        var noInlineCloseFrom = Int.max
        var noDisplayCloseFrom = Int.max
        var noBacktickCloseFrom: [Int: Int] = [:]
        func emit(_ b: UInt8) {
            out.append(b)
            if b == 10 {
                line += 1
                lineMap.append(line)
            }
        }
        func advanceLines(over range: Range<Int>) {
            for k in range where bytes[k] == 10 {
                line += 1
                lineStart = k + 1
            }
        }
        while i < n {
            let b = bytes[i]
            if b == backslash, i + 1 < n {
                emit(b)
                emit(bytes[i + 1])
                if bytes[i + 1] == 10 { lineStart = i + 2 }
                i += 2
            } else if b == backtick {
                var run = 0
                while i + run < n && bytes[i + run] == backtick { run += 1 }
                let end =
                    i + run >= noBacktickCloseFrom[run, default: Int.max]
                    ? nil : Self.closingBackticks(bytes, from: i + run, count: run)
                if let end {
                    for k in i..<end {
                        emit(bytes[k])
                        if bytes[k] == 10 { lineStart = k + 1 }
                    }
                    i = end
                } else {
                    noBacktickCloseFrom[run] = min(
                        i + run, noBacktickCloseFrom[run, default: Int.max])
                    for _ in 0..<run { emit(backtick) }
                    i += run
                }
            } else if b == dollar, i + 1 < n, bytes[i + 1] == dollar {
                let end =
                    i + 2 >= noDisplayCloseFrom ? nil : Self.closingDisplay(bytes, from: i + 2)
                guard let end else {
                    noDisplayCloseFrom = min(noDisplayCloseFrom, i + 2)
                    unclosedDisplay.append((line, i - lineStart + 1))
                    emit(b)
                    emit(b)
                    i += 2
                    continue
                }
                let tex = String(decoding: bytes[(i + 2)..<end], as: UTF8.self)
                placeholder(
                    Span(
                        tex: tex.trimmingWhitespace(), display: true, line: line,
                        column: i - lineStart + 1), into: &out)
                advanceLines(over: i..<(end + 2))
                i = end + 2
            } else if b == dollar, i + 1 < n, !Self.isSpace(bytes[i + 1]), bytes[i + 1] != dollar,
                i + 1 < noInlineCloseFrom
            {
                guard let end = Self.closingInline(bytes, from: i + 1) else {
                    noInlineCloseFrom = i + 1
                    emit(b)
                    i += 1
                    continue
                }
                let tex = String(decoding: bytes[(i + 1)..<end], as: UTF8.self)
                placeholder(
                    Span(tex: tex, display: false, line: line, column: i - lineStart + 1),
                    into: &out)
                advanceLines(over: i..<end)
                i = end + 1
            } else {
                emit(b)
                if b == 10 { lineStart = i + 1 }
                i += 1
            }
        }
    }

    private mutating func placeholder(_ span: Span, into out: inout [UInt8]) {
        out.append(contentsOf: String(Self.open).utf8)
        out.append(contentsOf: String(spans.count).utf8)
        out.append(contentsOf: String(Self.close).utf8)
        spans.append(span)
    }

    private static func closingBackticks(_ bytes: [UInt8], from start: Int, count: Int) -> Int? {
        var i = start
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "`") {
                var run = 0
                while i + run < bytes.count && bytes[i + run] == UInt8(ascii: "`") { run += 1 }
                if run == count { return i + run }
                i += run
            } else {
                i += 1
            }
        }
        return nil
    }

    private static func closingDisplay(_ bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: "\\") {
                i += 2
                continue
            }
            if bytes[i] == UInt8(ascii: "$") && bytes[i + 1] == UInt8(ascii: "$") { return i }
            i += 1
        }
        return nil
    }

    private static func closingInline(_ bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\\") {
                i += 2
                continue
            }
            if b == 10 && i + 1 < bytes.count && bytes[i + 1] == 10 { return nil }
            if b == UInt8(ascii: "$") {
                let before = bytes[i - 1]
                let after: UInt8? = i + 1 < bytes.count ? bytes[i + 1] : nil
                if !isSpace(before), !(after.map(isDigit) ?? false) { return i }
            }
            i += 1
        }
        return nil
    }

    // MARK: - Line classification

    /// The line without leading block-quote markers.
    private static func stripContainers(_ line: [UInt8]) -> ArraySlice<UInt8> {
        var s = line[...]
        while true {
            let trimmed = s.drop(while: { $0 == 32 })
            if trimmed.first == UInt8(ascii: ">") {
                s = trimmed.dropFirst()
            } else {
                return s
            }
        }
    }

    /// A code fence opening the (container-stripped) line: three or more backticks or tildes.
    static func fenceMarker(_ body: ArraySlice<UInt8>) -> (
        char: UInt8, count: Int, rest: ArraySlice<UInt8>
    )? {
        var s = body.drop(while: { $0 == 32 || $0 == 9 })
        // List markers before a fence ("- ```swift") also open it.
        if let first = s.first,
            first == UInt8(ascii: "-") || first == UInt8(ascii: "*")
                || first == UInt8(ascii: "+"), s.dropFirst().first == 32
        {
            s = s.dropFirst(2).drop(while: { $0 == 32 })
        }
        guard let c = s.first, c == UInt8(ascii: "`") || c == UInt8(ascii: "~") else { return nil }
        let count = s.prefix(while: { $0 == c }).count
        guard count >= 3 else { return nil }
        return (c, count, s.dropFirst(count))
    }

    private static func indentation(_ line: [UInt8]) -> Int {
        var width = 0
        for b in line {
            if b == 32 { width += 1 } else if b == 9 { width += 4 - width % 4 } else { break }
        }
        return width
    }

    private static func startsListItem(_ line: [UInt8]) -> Bool {
        let s = line.drop(while: { $0 == 32 })
        guard let c = s.first else { return false }
        if c == UInt8(ascii: "-") || c == UInt8(ascii: "*") || c == UInt8(ascii: "+") {
            return s.dropFirst().first == 32
        }
        let digits = s.prefix(while: isDigit)
        guard !digits.isEmpty, digits.count <= 9 else { return false }
        let rest = s.dropFirst(digits.count)
        return (rest.first == UInt8(ascii: ".") || rest.first == UInt8(ascii: ")"))
            && rest.dropFirst().first == 32
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 13 }
    private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}

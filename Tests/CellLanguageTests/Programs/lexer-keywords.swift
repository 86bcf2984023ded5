// features: enum-raw, case-iterable, enum-associated, characters, string-index, switch-patterns, custom-string
enum Keyword: String, CaseIterable {
    case `let`, `var`, `func`, `if`, `else`, `return`
}

enum Token: CustomStringConvertible, Equatable {
    case keyword(Keyword)
    case identifier(String)
    case integer(Int)
    case symbol(Character)
    case string(String)

    var description: String {
        switch self {
        case .keyword(let k): return "kw(\(k.rawValue))"
        case .identifier(let name): return "id(\(name))"
        case .integer(let n): return "int(\(n))"
        case .symbol(let c): return "sym(\(c))"
        case .string(let s): return "str(\(s))"
        }
    }
}

func lex(_ source: String) -> [Token] {
    var tokens: [Token] = []
    var i = source.startIndex
    while i < source.endIndex {
        let ch = source[i]
        if ch.isWhitespace {
            i = source.index(after: i)
        } else if ch.isLetter || ch == "_" {
            var j = i
            while j < source.endIndex && (source[j].isLetter || source[j].isNumber || source[j] == "_") {
                j = source.index(after: j)
            }
            let word = String(source[i..<j])
            tokens.append(Keyword(rawValue: word).map(Token.keyword) ?? .identifier(word))
            i = j
        } else if ch.isNumber {
            var j = i
            while j < source.endIndex && source[j].isNumber { j = source.index(after: j) }
            tokens.append(.integer(Int(source[i..<j])!))
            i = j
        } else if ch == "\"" {
            let start = source.index(after: i)
            var j = start
            while j < source.endIndex && source[j] != "\"" { j = source.index(after: j) }
            tokens.append(.string(String(source[start..<j])))
            i = j < source.endIndex ? source.index(after: j) : j
        } else {
            tokens.append(.symbol(ch))
            i = source.index(after: i)
        }
    }
    return tokens
}

let program = """
func area(w, h) { return w * h }
let big_room = area(12, 30)
if big_room > 300 { print("large") } else { print("small") }
"""
let tokens = lex(program)
print(tokens.count)
print(tokens.prefix(9).map(\.description).joined(separator: " "))
let keywordCounts = Keyword.allCases.map { k in (k, tokens.filter { $0 == .keyword(k) }.count) }
print(keywordCounts.filter { $0.1 > 0 }.map { "\($0.0.rawValue)=\($0.1)" })
let numbers = tokens.compactMap { token -> Int? in
    if case .integer(let n) = token { return n }
    return nil
}
print(numbers, numbers.reduce(0, +))
print(lex("x=\"unterminated"))

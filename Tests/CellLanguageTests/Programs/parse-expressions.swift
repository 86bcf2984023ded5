// features: enum-associated, indirect-enum, recursion, throws, characters, switch-patterns, parsers
enum Token: Equatable {
    case number(Int)
    case plus, minus, times, divide, lparen, rparen
}

enum ParseError: Error {
    case unexpectedCharacter(Character)
    case unexpectedEnd
    case divisionByZero
}

func tokenize(_ input: String) throws -> [Token] {
    var tokens: [Token] = []
    var number = ""
    for ch in input + " " {
        if ch.isNumber {
            number.append(ch)
            continue
        }
        if let n = Int(number) {
            tokens.append(.number(n))
            number = ""
        }
        switch ch {
        case " ": break
        case "+": tokens.append(.plus)
        case "-": tokens.append(.minus)
        case "*": tokens.append(.times)
        case "/": tokens.append(.divide)
        case "(": tokens.append(.lparen)
        case ")": tokens.append(.rparen)
        default: throw ParseError.unexpectedCharacter(ch)
        }
    }
    return tokens
}

struct Parser {
    var tokens: [Token]
    var position = 0

    mutating func next() -> Token? {
        guard position < tokens.count else { return nil }
        defer { position += 1 }
        return tokens[position]
    }

    func peek() -> Token? { position < tokens.count ? tokens[position] : nil }

    mutating func expression() throws -> Int {
        var value = try term()
        while let t = peek(), t == .plus || t == .minus {
            _ = next()
            let rhs = try term()
            value = t == .plus ? value + rhs : value - rhs
        }
        return value
    }

    mutating func term() throws -> Int {
        var value = try factor()
        while let t = peek(), t == .times || t == .divide {
            _ = next()
            let rhs = try factor()
            if t == .divide {
                guard rhs != 0 else { throw ParseError.divisionByZero }
                value /= rhs
            } else {
                value *= rhs
            }
        }
        return value
    }

    mutating func factor() throws -> Int {
        switch next() {
        case .number(let n)?: return n
        case .minus?: return -(try factor())
        case .lparen?:
            let v = try expression()
            guard next() == .rparen else { throw ParseError.unexpectedEnd }
            return v
        default: throw ParseError.unexpectedEnd
        }
    }
}

func evaluate(_ text: String) -> String {
    do {
        var parser = Parser(tokens: try tokenize(text))
        return "\(try parser.expression())"
    } catch ParseError.unexpectedCharacter(let c) {
        return "error: unexpected '\(c)'"
    } catch {
        return "error: \(error)"
    }
}

for input in ["1 + 2 * 3", "(1 + 2) * 3", "10 / (5 - 5)", "-4 * (2 + 3)", "7 $ 2", "(8 - 2", "100 / 7 / 2"] {
    print(input, "=", evaluate(input))
}

// features: enum-associated, throws, structs, switch-patterns, parsers, try-optional, do-catch, overloading
enum CalcError: Error, CustomStringConvertible {
    case stackUnderflow(needed: Int, have: Int)
    case unknownWord(String)
    case divideByZero

    var description: String {
        switch self {
        case let .stackUnderflow(needed, have): return "stack underflow: need \(needed), have \(have)"
        case .unknownWord(let w): return "unknown word '\(w)'"
        case .divideByZero: return "division by zero"
        }
    }
}

struct Calculator {
    private(set) var stack: [Double] = []
    private var words: [String: [String]] = [:]

    mutating func pop(_ n: Int) throws -> [Double] {
        guard stack.count >= n else { throw CalcError.stackUnderflow(needed: n, have: stack.count) }
        defer { stack.removeLast(n) }
        return Array(stack.suffix(n))
    }

    mutating func run(_ line: String) throws {
        var tokens = line.split(separator: " ").map(String.init)
        if tokens.first == ":" && tokens.last == ";" && tokens.count >= 3 {
            words[tokens[1]] = Array(tokens[2..<(tokens.count - 1)])
            return
        }
        while !tokens.isEmpty {
            let token = tokens.removeFirst()
            if let n = Double(token) { stack.append(n); continue }
            if let body = words[token] { tokens = body + tokens; continue }
            switch token {
            case "+", "-", "*", "/":
                let ab = try pop(2)
                let (a, b) = (ab[0], ab[1])
                switch token {
                case "+": stack.append(a + b)
                case "-": stack.append(a - b)
                case "*": stack.append(a * b)
                default:
                    guard b != 0 else { throw CalcError.divideByZero }
                    stack.append(a / b)
                }
            case "dup": stack.append(try pop(1)[0]); stack.append(stack.last!)
            case "swap": let ab = try pop(2); stack += [ab[1], ab[0]]
            case "drop": _ = try pop(1)
            default: throw CalcError.unknownWord(token)
            }
        }
    }
}

var calc = Calculator()
let session = ["3 4 +", "dup *", ": square dup * ;", "square", "2 swap /", "drop drop", "1 0 /", "5 frob", "10 3 - 2"]
for line in session {
    do {
        try calc.run(line)
        print(line, "->", calc.stack)
    } catch {
        print(line, "-> error:", error)
    }
}
print(calc.stack.count, (try? calc.pop(5)) == nil)

// features: generics, generic-constraints, mutating, optionals, extensions, custom-string, parsers
struct Stack<Element> {
    private var items: [Element] = []

    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }
    var top: Element? { items.last }

    mutating func push(_ item: Element) {
        items.append(item)
    }

    @discardableResult
    mutating func pop() -> Element? {
        items.popLast()
    }
}

extension Stack: CustomStringConvertible {
    var description: String {
        "[" + items.map { "\($0)" }.joined(separator: ", ") + "]<top"
    }
}

extension Stack where Element: Numeric {
    func sum() -> Element {
        items.reduce(0, +)
    }
}

func isBalanced(_ text: String) -> Bool {
    var stack = Stack<Character>()
    let pairs: [Character: Character] = [")": "(", "]": "[", "}": "{"]
    for ch in text {
        if "([{".contains(ch) {
            stack.push(ch)
        } else if let open = pairs[ch] {
            guard stack.pop() == open else { return false }
        }
    }
    return stack.isEmpty
}

func evaluateRPN(_ tokens: [String]) -> Int? {
    var stack = Stack<Int>()
    for token in tokens {
        if let n = Int(token) {
            stack.push(n)
            continue
        }
        guard let rhs = stack.pop(), let lhs = stack.pop() else { return nil }
        switch token {
        case "+": stack.push(lhs + rhs)
        case "-": stack.push(lhs - rhs)
        case "*": stack.push(lhs * rhs)
        case "/": stack.push(lhs / rhs)
        default: return nil
        }
    }
    return stack.count == 1 ? stack.top : nil
}

var numbers = Stack<Int>()
for n in 1...5 { numbers.push(n * n) }
print(numbers)
print("sum:", numbers.sum())
numbers.pop()
print(numbers, numbers.count)

for text in ["(a[b]{c})", "(]", "((", "{[()()]}"] {
    print(text, isBalanced(text))
}
print(evaluateRPN(["3", "4", "+", "2", "*"]) ?? -1)
print(evaluateRPN(["5", "1", "2", "+", "4", "*", "+", "3", "-"]) ?? -1)
print(evaluateRPN(["1", "+"]) as Any)

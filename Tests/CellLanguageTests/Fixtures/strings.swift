let a = 2
let b = 3.5
print("\(a) + \(b) = \(Double(a) + b)") // expect: 2 + 3.5 = 5.5
print("count: \([1, 2].count), list: \([1, 2]), nested: \("in" + "ner")") // expect: count: 2, list: [1, 2], nested: inner
func twice(_ s: String) -> String { s + s }
print("call: \(twice("ab")), bool: \(a > 1), ternary: \(a > 1 ? "big" : "small")") // expect: call: abab, bool: true, ternary: big
print("tuple: \((1, "x")), dict: \(["k": 1])") // expect: tuple: (1, "x"), dict: ["k": 1]
print("strings inside: \(["a", "b"])") // expect: strings inside: ["a", "b"]
let maybe: Int? = 3
print("optional: \(String(describing: maybe))") // expect: optional: Optional(3)
print("no interpolation: \\(a)") // expect: no interpolation: \(a)
// ---
print("tab:\tend") // expect: tab:	end
print("quote: \"q\", backslash: \\") // expect: quote: "q", backslash: \
print("line1\nline2") // expect: line1
// expect: line2
print("\u{E9}t\u{E9}", "\u{1F600}".count) // expect: été 1
print("single 'quotes'") // expect: single 'quotes'
// ---
let poem = """
    Roses are red,
      indented \(a)
    "quotes" inside
    """
print(poem) // expect: Roses are red,
// expect:   indented 2
// expect: "quotes" inside
let joinedLines = """
    one \
    two
    """
print(joinedLines) // expect: one two
let emptyLine = """

    x
    """
print(emptyLine.count) // expect: 2
// ---
let s = "Hello, World"
print(s.count, s.isEmpty, "".isEmpty) // expect: 12 false true
print(s.uppercased(), s.lowercased()) // expect: HELLO, WORLD hello, world
print(s.hasPrefix("Hell"), s.hasSuffix("x"), s.contains("lo, W")) // expect: true false true
print("héllo".count, "naïve café".count) // expect: 5 10
print(s.split(separator: ",")) // expect: ["Hello", " World"]
print("a b  c".split(separator: " ")) // expect: ["a", "b", "c"]
print(["x", "y", "z"].joined(separator: "-"), ["p", "q"].joined()) // expect: x-y-z pq
print(String(repeating: "ab", count: 3)) // expect: ababab
print(Array("abc")) // expect: ["a", "b", "c"]
// ---
var built = "a"
built += "b"
built = built + "c" + String(1)
print(built, built.count) // expect: abc1 4
print("apple" < "banana", "Zebra" < "apple", "a" == "a", "a" != "b") // expect: true true true true
for ch in "hey" { print(ch) } // expect: h
// expect: e
// expect: y
var letters = 0
for ch in "a1b2" where ch != "1" && ch != "2" { letters += 1 }
print(letters) // expect: 2
// ---
print(String(format: "%.2f", 3.14159), String(format: "%5.1f|%d", 2.25, 42)) // expect: 3.14   2.2|42
print(String(format: "%03d %e %g", 7, 1234.5, 0.0001)) // expect: 007 1.234500e+03 0.0001
print(String(3.5), String(describing: [1, 2]), String(true)) // expect: 3.5 [1, 2] true
// ---
print("a", "b", separator: ", ") // expect: a, b
print("no newline", terminator: ""); print(" then newline") // expect: no newline then newline
print(1, 2.0, "three", [4], separator: "|") // expect: 1|2.0|three|[4]
print() // expect: 
debugPrint("quoted", 1, 2.5) // expect: "quoted" 1 2.5
print([1.5, 2], ["a": [1]]) // expect: [1.5, 2.0] ["a": [1]]
// ---
let notString = "a" + 1 // expect error: binary operator '+' cannot be applied to operands of type 'String' and 'Int'

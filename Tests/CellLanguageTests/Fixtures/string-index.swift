// String.Index: positions by `startIndex`, `index(after:)`, `index(_:offsetBy:)` and
// `firstIndex(of:)`, compared with `<`, used in subscripts and ranges of substrings.
let text = "Hello, world"
let comma = text.firstIndex(of: ",")!
print(text[text.startIndex], text[..<comma], text[text.index(comma, offsetBy: 2)...]) // expect: H Hello world
print(text.distance(from: text.startIndex, to: comma), comma < text.endIndex, text.startIndex == text.startIndex) // expect: 5 true true
var i = text.startIndex
var vowels = 0
while i < text.endIndex {
    if "aeiou".contains(text[i]) { vowels += 1 }
    i = text.index(after: i)
}
print(vowels, text[text.index(before: text.endIndex)]) // expect: 3 d
print(text.index(text.startIndex, offsetBy: 50, limitedBy: text.endIndex) == nil) // expect: true
let o = text.index(text.startIndex, offsetBy: 4)
print(text[o...text.index(o, offsetBy: 2)], text.lastIndex(of: "o").map { text.distance(from: text.startIndex, to: $0) } ?? -1) // expect: o,  8
var edited = "cat"
edited.insert("s", at: edited.endIndex)
edited.remove(at: edited.startIndex)
print(edited, text.firstIndex(where: { $0 == "w" }).map { String(text[$0...]) } ?? "") // expect: ats world
// ---
// A subscript an extension gives String, beside the built-in one; enum cases named by
// keywords in backticks.
extension String {
    subscript(offset: Int) -> Character { self[index(startIndex, offsetBy: offset)] }
}
print("Swift"[1], "Swift"["Swift".startIndex]) // expect: w S
enum Keyword: String, CaseIterable { case `let`, `var`, plain }
print(Keyword.let, Keyword(rawValue: "var") == .var, Keyword.allCases.map(\.rawValue)) // expect: let true ["let", "var", "plain"]
struct Grid { var cells = [1, 2, 3, 4] }
extension Grid {
    subscript(row: Int, col: Int) -> Int { cells[row * 2 + col] }
}
print(Grid()[1, 0]) // expect: 3

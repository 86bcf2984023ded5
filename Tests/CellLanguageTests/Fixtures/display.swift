let answer = 42
answer
// ---
func next() -> Int {
    print("computing")
    return 10
}
next() // expect: computing
// ---
[1.5, 2.5].map { $0 * 2 }
// ---
"a displayed string"
// ---
print("a Void last line is not displayed") // expect: a Void last line is not displayed
// ---
var assigned = 0
assigned = 5
// ---
assigned += 1
// ---
print(assigned) // expect: 6
display(answer)
display([1, 2, 3])
print("after display") // expect: after display
// ---
(answer, "pair")
// ---
answer > 40 ? "big" : "small"
// ---
if answer > 40 { print("statement, not a value") } // expect: statement, not a value
// ---
func noResult() { print("side effect") }
noResult() // expect: side effect
// ---
Double(answer) / 8

let accuracy = 0.8132
#expect(accuracy > 0.5)
#expect(accuracy > 0.85)
print("after a failing #expect") // expect: after a failing #expect
#expect(accuracy > 0.9, "needs more training")
#expect([1, 2].count == 3)
#expect(!true)
print("still running") // expect: still running
// ---
func isSorted(_ xs: [Int]) -> Bool { xs == xs.sorted() }
#expect(isSorted([1, 2, 3]))
#expect(isSorted([2, 1]))
let names = ["a"]
#expect(names.isEmpty)
#expect(names.first == "a")
#expect(accuracy == 0.8132)
print("expectations with calls and members") // expect: expectations with calls and members
// ---
try #require(accuracy > 0.5)
print("after a passing #require") // expect: after a passing #require
let unwrapped = try #require(Int("42"))
print(unwrapped + 1) // expect: 43
// ---
print("before a failing #require") // expect: before a failing #require
try #require(accuracy > 0.9)
print("not reached")

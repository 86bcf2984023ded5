// Constructs of the conformance corpus, each printing what swiftc's build prints.
// User types print module-qualified in their debug form (inside collections, optionals,
// tuples, and as struct fields); a cell's module is `main`, as `swiftc main.swift` names it.
enum H { case a, b }
enum P { case x(Int), y(n: Int, s: String) }
struct Pt { var x = 1; var h = H.a }
class C { var v = 1 }
let maybe: H? = .b
print(H.a, [H.a], maybe as Any) // expect: a [main.H.a] Optional(main.H.b)
print([P.x(1), P.y(n: 2, s: "q")], P.y(n: 2, s: "q")) // expect: [main.P.x(1), main.P.y(n: 2, s: "q")] y(n: 2, s: "q")
print(Pt(), [Pt()]) // expect: Pt(x: 1, h: main.H.a) [main.Pt(x: 1, h: main.H.a)]
print(C(), [C()]) // expect: main.C [main.C]
print(["k": H.a], (H.a, 1), [[H.b]]) // expect: ["k": main.H.a] (main.H.a, 1) [[main.H.b]]
print("\(H.a) \([H.b])", Set([H.a])) // expect: a [main.H.b] [main.H.a]
print(String(describing: H.a), String(reflecting: H.a)) // expect: a main.H.a
debugPrint(H.a, "s") // expect: main.H.a "s"

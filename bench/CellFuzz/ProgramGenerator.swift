import CellLanguage

/// Generates random cell programs from a seed: grammar-based programs built from the cell
/// language's constructs (most of them valid Swift, some with type and runtime errors), and
/// mutations of them (tokens dropped, duplicated or swapped) that exercise the parser's and
/// the lowering's error paths.
struct ProgramGenerator {
    var rng: SplitMix64

    let names = ["a", "b", "xs", "total", "f", "g", "p", "count", "s", "i"]
    let fragments = [
        "let", "var", "func", "if", "else", "for", "in", "while", "return", "switch", "case",
        "default",
        "struct", "class", "init", "self", "(", ")", "{", "}", "[", "]", ",", ":", "=", "+", "-",
        "*", "/",
        "%", "==", "<", "&&", "||", "!", "?", "??", "..<", "...", "$0", ".", "\"", "\\(", "#expect",
        "0",
        "1.5", "nil", "true", "print", "\n", "guard", "break", "continue", "try", "_",
    ]

    /// Declarations of every name the statements use, so most programs lower and run (and
    /// reach the interpreter's run-time errors rather than stopping at unknown names).
    static let prelude = """
        var a = 1
        var b = 2.5
        var xs = [1, 2, 3]
        var total = 0.0
        var s = "s"
        var count = 3
        var p: Int? = nil
        var i = 0
        func f(_ x: Int, by y: Double = 1) -> Double { Double(x) * y }
        func g(_ x: Int) -> Int { x < 1 ? 0 : g(x - 1) + 1 }

        """

    mutating func program() -> String {
        var out = rng.int(0...3) == 0 ? "" : Self.prelude
        for _ in 0..<rng.int(1...8) { out += statement(depth: 0) + "\n" }
        switch rng.int(0...9) {
        case 0...5: return out
        case 6: return mutate(out, drop: true)
        case 7: return mutate(out, drop: false)
        case 8: return splice(out)
        default:
            return (0..<rng.int(1...40)).map { _ in fragments[rng.int(0...(fragments.count - 1))] }
                .joined(separator: " ")
        }
    }

    mutating func name() -> String { names[rng.int(0...(names.count - 1))] }

    mutating func statement(depth: Int) -> String {
        let deep = depth > 2
        switch rng.int(0...(deep ? 5 : 40)) {
        case 0: return "let v\(rng.int(0...999)) = \(expr(depth))"
        case 1: return "var w\(rng.int(0...999)) = \(expr(depth))"
        case 2: return "\(name()) = \(expr(depth))"
        case 3: return "\(name()) += \(expr(depth))"
        case 4: return "print(\(expr(depth)))"
        case 5:
            return
                "#expect(\(expr(depth)) \(["==", "<", ">", "!="][rng.int(0...3)]) \(expr(depth)))"
        case 6:
            return
                "if \(expr(depth)) { \(statement(depth: depth + 1)) } else { \(statement(depth: depth + 1)) }"
        case 7:
            return
                "for \(name()) in \(expr(depth))..<\(expr(depth)) { \(statement(depth: depth + 1)) }"
        case 8: return "while \(expr(depth)) { \(statement(depth: depth + 1)); break }"
        case 9:
            return
                "func \(name())(_ \(name()): Int, by \(name()): Double = 1) -> Double { \(statement(depth: depth + 1)); return \(expr(depth)) }"
        case 10:
            return
                "switch \(expr(depth)) { case \(expr(depth)): \(statement(depth: depth + 1)) case 0..<3: break default: \(statement(depth: depth + 1)) }"
        case 11:
            return
                "struct S\(rng.int(0...3)) { var \(name()): Int = \(expr(depth)); func m() -> Int { \(name()) } }"
        case 12:
            return
                "guard let \(name()) = Int(\"\(rng.int(0...9))\") else { \(statement(depth: depth + 1)) }"
        case 13:
            return
                "let v\(rng.int(0...999)) = [\(expr(depth)), \(expr(depth))].map { $0 \(["+", "*", "-"][rng.int(0...2)]) \(expr(depth)) }"
        case 14: return hostile()
        case 16:
            return
                "enum E\(rng.int(0...3)): Int, CaseIterable { case x = \(rng.int(0...3)), y, z; var next: Int { rawValue + 1 } }; print(E\(rng.int(0...3)).allCases.map(\\.rawValue))"
        case 17:
            return
                "enum K\(rng.int(0...2)) { case c(Int), d(label: Double), e }; switch K\(rng.int(0...2)).c(\(expr(depth))) { case .c(let \(name())) where \(expr(depth)): \(statement(depth: depth + 1)) case .d(let q): print(q) default: break }"
        case 18:
            return
                "enum Err: Error { case bad(Int) }; do { if \(expr(depth)) { throw Err.bad(\(rng.int(0...9))) }; \(statement(depth: depth + 1)) } catch Err.bad(let n) where n > 4 { print(n) } catch { print(error) }"
        case 19:
            return
                "func swapper(_ q: inout Int, _ r: inout Int) { (q, r) = (r, q) }; swapper(&\(name()), &\(name()))"
        case 20:
            return
                "protocol P\(rng.int(0...2)) { var n: Int { get } }; extension P\(rng.int(0...2)) { func twice() -> Int { n * 2 } }; struct T\(rng.int(0...2)): P\(rng.int(0...2)) { var n = \(expr(depth)) }"
        case 21:
            return
                "var set\(rng.int(0...9)): Set<Int> = [\(expr(depth)), \(expr(depth))]; set\(rng.int(0...9)).insert(\(expr(depth)))"
        case 22:
            return
                "let r\(rng.int(0...99)) = switch \(expr(depth)) { case 0: \(expr(depth)); default: \(expr(depth)) }"
        case 23:
            return
                "func deferred() -> Int { defer { print(\(expr(depth))) }; return \(expr(depth)) }; _ = deferred()"
        case 24:
            return
                "struct M { var g = [1, 2]; subscript(i: Int) -> Int { get { g[i] } set { g[i] = newValue } } }; var m = M(); m[\(expr(depth))] += 1"
        case 25:
            return
                "extension Int { var twice: Int { self * 2 } }; print(\(expr(depth)).twice, [3, 1, 2].sorted(by: >), xs.map(\\.description))"
        case 26...40: return construct(depth)
        default:
            return
                "print(String(format: \"\(["%d", "%.3f", "%*d", "%n", "%s %s", "%5.2e", "%%"][rng.int(0...6)])\", \(expr(depth))))"
        }
    }

    /// The constructs of the conformance corpus (issue 22), with arbitrary operands: overloads
    /// by labels and types, tuples compared, bitwise operators, String editing, implicit
    /// members through declared types, `self.init`, generic parameters as values, optional
    /// chains assigned, observers assigning their own property, typealiases, static members.
    mutating func construct(_ depth: Int) -> String {
        let e = expr(depth)
        let e2 = expr(depth)
        switch rng.int(0...24) {
        case 17:
            return
                "struct Deck { enum Suit: String, CaseIterable { case a = \"A\", b }; struct Card { var suit: Suit; var n: Int }; var cards: [Card] = [] }; var deck = Deck(); deck.cards.append(Deck.Card(suit: .b, n: \(e))); print(deck.cards, Deck.Suit.allCases, Deck.Suit(rawValue: \"A\") as Any)"
        case 18:
            return
                "struct Key: Hashable { var k: Int; var tag: String; static func == (a: Key, b: Key) -> Bool { a.k % 3 == b.k % 3 }; func hash(into h: inout Hasher) { h.combine(\(rng.bool() ? "k % 3" : "self")) } }; var seen: Set<Key> = [Key(k: \(e), tag: \"x\"), Key(k: \(e2), tag: \"y\")]; var d: [Key: Double] = [:]; d[Key(k: \(e), tag: \"z\"), default: 0] += 1; print(seen.count, d.count, seen.contains(Key(k: 3, tag: \"\")))"
        case 19:
            return
                "struct Down: Sequence, IteratorProtocol { var n: Int; mutating func next() -> Int? { n -= 1; return n \(rng.bool() ? ">= 0" : "!= -5") ? n : nil } }; for x in Down(n: \(e)) where x % 2 == 0 { print(x) }; print(Array(Down(n: \(e2))).count, Down(n: 4).map { $0 * 2 }, zip(Down(n: 3), [\(e)]).count)"
        case 20:
            return
                "struct Gen: Sequence { var top: Int; func makeIterator() -> AnyIterator<Int> { var i = 0; return AnyIterator { i += 1; return i <= top ? i : nil } } }; let it = AnyIterator(Gen(top: \(e)).makeIterator()); print(it.next() as Any, Gen(top: \(e2)).reduce(0, +), Array(Gen(top: 3)))"
        case 21:
            return
                "let s\(rng.int(0...3)) = \"\(rng.bool() ? "Hello, world" : "")\"; let str = s\(rng.int(0...3)); if let i = str.firstIndex(of: \"o\") { print(str[..<i], str[i...], str.distance(from: str.startIndex, to: i)) }; let j = str.index(str.startIndex, offsetBy: \(e), limitedBy: str.endIndex); print(j.map { str[$0..<str.endIndex] } as Any, str.indices.count, str[str.index(str.startIndex, offsetBy: \(e2))])"
        case 22:
            return
                "enum Fail: Error { case low, high(Int) }; func check(_ v: Int) -> Result<Int, Fail> { v < 0 ? .failure(.low) : v > 9 ? .failure(.high(v)) : .success(v) }; let res = check(\(e)); print(res, res.map { $0 * 2 }, (try? res.get()) as Any, Result { try check(\(e2)).get() })"
        case 23:
            return
                "protocol Walker { var legs: Int { get } }; protocol Pet: Walker {}; struct Dog: Pet { var legs = \(e) }; struct Rock {}; let things: [Any] = [Dog(), Rock(), \(e2)]; print(things.map { $0 is Walker }, things.compactMap { $0 as? Pet }.count, (things[1] as? Walker) == nil)"
        case 24:
            return
                "extension String { subscript(at: Int) -> Character { self[index(startIndex, offsetBy: at)] } }; enum Sign { case neg, pos(Int); init(_ n: Int) { if n < 0 { self = .neg } else { self = .pos(n) } } }; print(\"swift\"[\(e)], Sign(\(e2)))"
        case 15:
            return
                "var cap = \(e); let grab = { [cap] in cap }; cap = \(e2); print(grab(), { [k = cap] in k }())"
        case 16:
            return
                "final class Lazy { let n: Int; init(_ n: Int) { self.n = n }; lazy var twice: Int = n * 2 }; let lz = Lazy(\(e)); print(lz.twice, lz.twice)"
        case 0: return "print((\(e), 1) < (\(e2), 2), (\(e), \"a\") == (\(e2), \"a\"))"
        case 1:
            return "print(\(e) << \(e2), \(e) >> 3, \(e) & \(e2), \(e) | 1, \(e) ^ \(e2), ~\(e))"
        case 2:
            return
                "func over(_ x: Int) -> String { \"I\" }; func over(_ x: Double) -> String { \"D\" }; func over(_ x: [Int]) -> String { \"A\" }; print(over(\(e)), over([\(e2)]))"
        case 3:
            return
                "var text\(rng.int(0...3)) = \"ab\"; text\(rng.int(0...3)).append(\(e)); text\(rng.int(0...3)).removeLast(); print(String(\(e), radix: \(e2)), Int(\"\(e)\", radix: \(e2)) as Any)"
        case 4:
            return
                "enum Dir: Int, CaseIterable { case n, e, s, w }; struct Bot { var d: Dir = .n; var log: [Dir] = [] }; var bot = Bot(); bot.log = [.e, .s, \(e)]; bot.d = .w; print(bot.log.count, Dir.allCases.filter { $0.rawValue < \(e2) })"
        case 5:
            return
                "struct Money { let cents: Int; init(cents: Int) { self.cents = cents }; init(_ v: Double) { self.init(cents: Int(v * 100)) }; static func * (m: Money, k: Int) -> Money { Money(cents: m.cents * k) }; static func * (m: Money, k: Double) -> Money { Money(cents: Int(Double(m.cents) * k)) } }; print((Money(\(e)) * \(e2)).cents)"
        case 6:
            return
                "func fresh<T>(_ x: T) -> T { x }; func kind<T>(_ x: T) -> String { \"\\(T.self)\" }; print(fresh(\(e)), [\(e), \(e2)].map(String.init))"
        case 7:
            return
                "struct Box { var n: Int? }; var boxes: [String: Box] = [\"a\": Box(n: \(e))]; boxes[\"a\"]?.n = \(e2); boxes[\"b\"]?.n = 1; var counts = [\"k\": 1]; counts[\"k\"]! += \(e); print(boxes, counts)"
        case 8:
            return
                "class Gauge { var v: Double = 0 { didSet { if v > 10 { v = 10 }; hits += 1 } }; var hits = 0 }; let gauge = Gauge(); gauge.v = \(e); gauge.v += \(e2); print(gauge.v, gauge.hits)"
        case 9:
            return
                "typealias Row = [Double]; let row: Row = [\(e), \(e2)]; let zeros = [Double](repeating: 0, count: 3); print(row, zeros, 3 * 2 / \(e2))"
        case 10:
            return
                "enum Shape { case sq(Double), rect(Double, Double) }; let shapes: [Shape] = [.sq(\(e)), .rect(1, \(e2))]; for shape in shapes { switch shape { case .sq(let a), .rect(let a, _): print(a) } }"
        case 11:
            return
                "protocol Tog { mutating func flip() }; extension Tog { mutating func flip(times: Int) { for _ in 0..<max(0, min(times, 5)) { flip() } } }; struct L: Tog { var on = false; mutating func flip() { on.toggle() } }; var l = L(); l.flip(times: \(e)); print(l.on)"
        case 12:
            return
                "let xs2 = [\(e), \(e2), 3]; print(xs2.reduce(0) { $0 + Double($1) }, xs2.firstIndex { $0 > 1 } as Any, xs2.prefix { $0 < 2 })"
        case 13:
            return
                "struct Pt: Hashable { var x: Int; static let origin = Pt(x: 0) }; func far(_ p: Pt) -> Bool { p.x > 3 }; print(far(.origin), Pt(x: \(e)) == .origin, [Pt(x: 1), .origin].map(\\.x))"
        default:
            return
                "let maybe: Int? = \(e); switch maybe { case .some(let v) where v > \(e2): print(v) case .some: print(\"small\") case .none: print(\"none\") }"
        }
    }

    /// Requests that must end in a located error: huge allocations, deep nesting, overflow.
    mutating func hostile() -> String {
        switch rng.int(0...10) {
        case 7:
            // A Layer subclass whose call returns anything, used in a model.
            let n = rng.int(0...9)
            return
                "class L\(n): Layer { override func call(_ x: Tensor) -> Tensor { \(expr(2)) } }; "
                + "print(Sequential([Input(shape: [2]), L\(n)()]).predict(Tensor([[1, 2]])))"
        case 8:
            // A Layer subclass making weights of arbitrary shapes.
            let n = rng.int(0...9)
            return
                "class W\(n): Layer { var w: Tensor? = nil; override func build(_ s: [Int]) { w = addWeight(shape: [\(expr(2)), s.last!]) }; "
                + "override func call(_ x: Tensor) -> Tensor { matmul(x, w!) } }; print(W\(n)()(Tensor([[1, 2]])))"
        case 9:
            // A Model subclass trained on arbitrary targets.
            let n = rng.int(0...9)
            return
                "class M\(n): Model { let d = Dense(1); override func call(_ x: Tensor) -> Tensor { d(x) } }; "
                + "let m\(n) = M\(n)(); m\(n).compile(loss: \"mse\"); print(m\(n).fit(Tensor([[1], [2]]), Tensor([[\(expr(2))], [1]]), epochs: 2, verbose: 0).history)"
        case 10:
            // A Callback subclass whose hook runs arbitrary statements.
            let n = rng.int(0...9)
            return
                "class C\(n): Callback { override func onEpochEnd(_ epoch: Int, logs: [String: Double]) { \(statement(depth: 2)) } }; "
                + "let k\(n) = Sequential([Input(shape: [1]), Dense(1)]); k\(n).compile(loss: \"mse\"); k\(n).fit(Tensor([[1]]), Tensor([[1]]), epochs: 3, callbacks: [C\(n)()], verbose: 0)"
        case 0:
            return
                "print(Array(repeating: 0, count: \(["Int.max", "-1", "10_000_000_000", "3"][rng.int(0...3)])))"
        case 1:
            return
                "print(String(repeating: \"ab\", count: \(["Int.max", "-5", "4"][rng.int(0...2)])))"
        case 2: return "print((0..<Int.max).map { $0 }.count)"
        case 3:
            return "let n\(rng.int(0...99)) = " + String(repeating: "(", count: 300) + "1"
                + String(repeating: ")", count: 300)
        case 4: return "print(Int.random(in: Int.min..<Int.max) != 0 || true)"
        case 5: return "print(stride(from: 0.0, to: Double.infinity, by: 1.0).count)"
        default: return "func r\(rng.int(0...99))(_ n: Int) -> Int { r\(rng.int(0...99))(n + 1) }"
        }
    }

    mutating func expr(_ depth: Int) -> String {
        if depth > 3 || rng.int(0...2) == 0 { return atom() }
        switch rng.int(0...9) {
        case 0:
            return
                "(\(expr(depth + 1)) \(["+", "-", "*", "/", "%", "&&", "||", "==", "<", "??"][rng.int(0...9)]) \(expr(depth + 1)))"
        case 1: return "-\(expr(depth + 1))"
        case 2: return "!\(expr(depth + 1))"
        case 3: return "\(name())(\(expr(depth + 1)))"
        case 4: return "\(name())(\(expr(depth + 1)), by: \(expr(depth + 1)))"
        case 5: return "[\(expr(depth + 1)), \(expr(depth + 1))][\(expr(depth + 1))]"
        case 6: return "\(expr(depth + 1)) ? \(expr(depth + 1)) : \(expr(depth + 1))"
        case 7: return "\"v \\(\(expr(depth + 1)))\""
        case 8:
            return
                "\(name()).\(["count", "first", "map { $0 }", "sorted()", "isEmpty", "x"][rng.int(0...5)])"
        default: return "Double(\(expr(depth + 1)))"
        }
    }

    mutating func atom() -> String {
        switch rng.int(0...8) {
        case 0: return String(rng.int(-3...9))
        case 1: return ["0.5", "1e308", "-2.25", "0.0"][rng.int(0...3)]
        case 2: return ["true", "false", "nil"][rng.int(0...2)]
        case 3: return "\"s\(rng.int(0...9))\""
        case 4: return ["Int.max", "Int.min", "Double.nan", "Double.infinity"][rng.int(0...3)]
        default: return name()
        }
    }

    mutating func mutate(_ text: String, drop: Bool) -> String {
        var chars = Array(text)
        guard !chars.isEmpty else { return text }
        for _ in 0..<rng.int(1...4) {
            let i = rng.int(0...(chars.count - 1))
            if drop { chars.remove(at: i) } else { chars.insert(chars[i], at: i) }
            if chars.isEmpty { break }
        }
        return String(chars)
    }

    mutating func splice(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard words.count > 2 else { return text }
        let i = rng.int(0...(words.count - 1))
        let j = rng.int(0...(words.count - 1))
        words.swapAt(i, j)
        return words.joined(separator: " ")
    }
}

extension SplitMix64 {
    /// A uniform integer in `range` (modulo bias is irrelevant for fuzzing).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// A fair coin.
    mutating func bool() -> Bool { next() & 1 == 1 }
}

import Diagnostics
import Testing
@testable import CellLanguage

@Suite struct SessionTests {
    func run(_ session: Session, _ source: String) -> CellResult {
        session.run(source) { SourceLocation(file: "t.swift", line: $0, column: $1) }
    }

    @Test func cellsShareOneEnvironment() {
        let s = Session()
        #expect(run(s, "var n = 1\nfunc twice(_ x: Int) -> Int { 2 * x }").error == nil)
        #expect(run(s, "n = twice(n)\nprint(n)").stdout == "2\n")
    }

    @Test func lastExpressionIsDisplayed() {
        let r = run(Session(), "let a = 2\na * 21")
        #expect(r.displays == [.text("42")])
        #expect(run(Session(), "var b = 1\nb = 2").displays.isEmpty)
    }

    @Test func failedCellDeclarationsAreRolledBack() {
        let s = Session()
        #expect(run(s, "let x = 1\nlet y = undefinedThing").error?.phase == .lowering)
        #expect(run(s, "let x = 5\nprint(x)").stdout == "5\n")
    }

    @Test func namesOfAFailedCellThatNeverGotAValueCanBeDeclaredAgain() {
        let s = Session()
        let failed = run(s, "let ok = 1\nlet items = [1, 2]\nlet broken = items[5]")
        #expect(failed.error?.message == "index out of range: 5 is not in 0..<2")
        // `ok` and `items` got values and stay; `broken` never did and is free again.
        #expect(run(s, "let broken = items.count + ok\nprint(broken)").stdout == "3\n")
        #expect(run(s, "let ok = 2").error?.message == "invalid redeclaration of 'ok'")
    }

    @Test func snapshotRestoresValuesNamesAndRandomState() {
        let s = Session()
        _ = run(s, "var counter = 1\nvar xs = [1, 2]")
        let snap = s.snapshot()
        let first = run(s, "counter += 10\nxs.append(3)\nlet later = 0\nprint(Double.random(in: 0.0..<1.0))").stdout
        s.restore(snap)
        #expect(run(s, "print(counter, xs)").stdout == "1 [1, 2]\n")
        // `later` was declared after the snapshot: it is gone, so declaring it again works.
        #expect(run(s, "let later = 1\nprint(Double.random(in: 0.0..<1.0))").stdout == first.split(separator: "\n").last.map { $0 + "\n" })
    }

    @Test func seedMakesRunsRepeat() {
        let a = run(Session(seed: 7), "print(Int.random(in: 0..<1000), [1, 2, 3, 4].shuffled())").stdout
        let b = run(Session(seed: 7), "print(Int.random(in: 0..<1000), [1, 2, 3, 4].shuffled())").stdout
        #expect(a == b)
        #expect(run(Session(seed: 8), "print(Int.random(in: 0..<1000), [1, 2, 3, 4].shuffled())").stdout != a)
    }

    @Test func timeLimitStopsALoop() {
        let s = Session(timeLimit: 0.2)
        let r = run(s, "var i = 0\nwhile true { i += 1 }")
        #expect(r.error?.message.hasPrefix("the cell ran longer than its time limit of 0.2 s") == true)
        #expect(r.duration < 2)
    }
}

import Foundation
import Testing

/// Training that goes numerically wrong, and cells whose syntax or run time is hostile: deep
/// nesting, huge literals, runaway recursion and loops, traps of Swift arithmetic.
@Suite struct HostileTrainingTests {
    /// A model whose learning rate jumps to 1e30 at the third epoch.
    static let explodingFit = """
        let x = Tensor([[0, 1], [1, 0], [1, 1], [0, 0]])
        let y = Tensor([[1], [1], [0], [0]])
        let m = Sequential([Input(shape: [2]), Dense(4, activation: .tanh), Dense(1)])
        m.compile(loss: "mse", optimizer: SGD(learningRate: 0.01))
        let schedule = LearningRateScheduler { epoch, rate in epoch < 2 ? 0.01 : 1e30 }
        """

    @Test func aNaNLossStopsTrainingAndKeepsTheHistory() throws {
        let chapter =
            HostileCase.chapter(
                Self.explodingFit,
                "let h = m.fit(x, y, epochs: 6, batchSize: 2, callbacks: [schedule], verbose: 0)",
                "print(m.history!.epoch.count)") + "\n```output\n2\n```\n"
        let c = try HostileCase(chapter)
        defer { c.book.remove() }
        c.expectError("loss became ", at: "m.fit(")
        #expect(c.output.contains(" at epoch 3, batch "))
        #expect(c.output.contains("model.history keeps the 2 completed epochs"))
        // The cell after the failure runs and its output block matches.
        #expect(c.output.contains("passed, 1 failed"), "\(c.output)")
    }

    @Test func nanDetectionCanBeTurnedOff() throws {
        let chapter =
            HostileCase.chapter(
                Self.explodingFit,
                """
                let h = m.fit(x, y, epochs: 6, batchSize: 2, callbacks: [schedule], verbose: 0,
                              terminateOnNaN: false)
                print(h.epoch.count)
                """) + "\n```output\n6\n```\n"
        let c = try HostileCase(chapter)
        defer { c.book.remove() }
        #expect(c.status == 0, "\(c.output)")
        #expect(c.output.contains("0 failed"))
    }

    // MARK: - Syntax

    @Test func thousandDeepParenthesesAreASyntaxError() throws {
        let c = try HostileCase(
            HostileCase.chapter(
                "let p = " + String(repeating: "(", count: 1000) + "1"
                    + String(repeating: ")", count: 1000)), withGoodChapter: true)
        defer { c.book.remove() }
        #expect(c.status == 1)
        #expect(c.output.contains("chapters/01-hostile.md:4:"))
        #expect(c.output.contains("error: parsing has exceeded the maximum nesting level"))
        c.expectGoodChapterPassed()
        c.expectNoStrayFiles()
    }

    @Test func thousandDeepClosuresAreASyntaxError() throws {
        let c = try HostileCase(
            HostileCase.chapter(
                "let f = " + String(repeating: "{ ", count: 1000) + "1"
                    + String(repeating: " }", count: 1000)))
        defer { c.book.remove() }
        #expect(c.status == 1)
        #expect(c.output.contains("chapters/01-hostile.md:4:"))
        #expect(c.output.contains("error: parsing has exceeded the maximum nesting level"))
    }

    @Test func thousandDeepArrayLiteralsAreASyntaxError() throws {
        let c = try HostileCase(
            HostileCase.chapter(
                "let a = " + String(repeating: "[", count: 1000)
                    + String(repeating: "]", count: 1000)))
        defer { c.book.remove() }
        // The 13th bracket of the run is the culprit.
        c.expectError("more than 12 '[' in a row", at: "[", occurrence: 13)
    }

    @Test func aHundredThousandElementArrayLiteralRuns() throws {
        let elements = (0..<100_000).map(String.init).joined(separator: ", ")
        let chapter =
            HostileCase.chapter("let a = [\(elements)]\nprint(a.count)")
            + "\n```output\n100000\n```\n"
        let c = try HostileCase(chapter)
        defer { c.book.remove() }
        #expect(c.status == 0, "\(c.output.prefix(2000))")
        #expect(c.output.contains("2 passed, 0 failed"))
    }

    // MARK: - Run time

    @Test func infiniteRecursionIsStopped() throws {
        let c = try HostileCase(
            HostileCase.chapter(
                "func f(_ n: Int) -> Int { return f(n + 1) }\nprint(f(0))"))
        defer { c.book.remove() }
        c.expectError("recursion too deep: more than 3000 nested calls", at: "f(n + 1)")
    }

    @Test func anInfiniteLoopIsStoppedByTheCellTimeout() throws {
        let c = try HostileCase(
            HostileCase.chapter("var n = 0\nwhile true { n += 1 }"),
            arguments: ["test", "--cell-timeout", "1"], withGoodChapter: true)
        defer { c.book.remove() }
        #expect(c.output.contains("the cell ran longer than its time limit of 1 s"))
        #expect(c.output.contains("chapters/01-hostile.md:5:"), "\(c.output)")
        #expect(c.status == 1)
        c.expectGoodChapterPassed()
    }

    @Test func integerOverflowIsAnError() throws {
        let c = try HostileCase(HostileCase.chapter("var big = Int.max\nbig += 1"))
        defer { c.book.remove() }
        c.expectError(
            "arithmetic overflow: 9223372036854775807 + 1 does not fit in 'Int'", at: "+=")
    }

    @Test func indexOutOfRangeIsAnError() throws {
        let c = try HostileCase(HostileCase.chapter("let a = [1, 2, 3]\nprint(a[5])"))
        defer { c.book.remove() }
        c.expectError("index out of range: 5 is not in 0..<3", at: "a[5]")
    }

    @Test func forceUnwrappingNilIsAnError() throws {
        let c = try HostileCase(HostileCase.chapter("let o: Int? = nil\nprint(o!)"))
        defer { c.book.remove() }
        c.expectError("unexpectedly found nil while unwrapping an Optional value", at: "o!")
    }
}

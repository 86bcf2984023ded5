import Foundation
import Testing

@testable import Runner

/// `handson test --update` rewrites the `output` blocks that do not match, and nothing else.
@Suite struct OutputUpdateTests {
    func temporaryChapter(_ text: String, name: String = "01-t.md") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "handson-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func test(_ paths: [String], update: Bool, jobs: Int = 1) -> (Runner.ExitCode, String) {
        final class Box: @unchecked Sendable { var text = "" }
        let box = Box()
        var runner = Runner(cellTimeout: 10) { box.text += $0 + "\n" }
        runner.jobs = jobs
        let code = runner.test(paths, junit: nil, update: update)
        return (code, box.text)
    }

    func contents(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    static let chapter = """
        # Updating outputs  \t

        Text with *emphasis*, trailing spaces   
        and a [link][x].

        ```swift
        print(1 + 1)
        print("two lines")
        ```

        ```output
        3
        ```

        A kept block, written with fewer decimals than printed:

        ```swift
        print(0.8132)
        ```

        ```output
        0.81
        ```

        ```swift
        print("indented")
        print("")
        print("end")
        ```

          ```output
          old
          ```

        ```swift
        print("```")
        ```

        ```output
        x
        ```

        ```swift
        print("no block")
        ```

        [x]: https://example.org
        """

    static let expected = """
        # Updating outputs  \t

        Text with *emphasis*, trailing spaces   
        and a [link][x].

        ```swift
        print(1 + 1)
        print("two lines")
        ```

        ```output
        2
        two lines
        ```

        A kept block, written with fewer decimals than printed:

        ```swift
        print(0.8132)
        ```

        ```output
        0.81
        ```

        ```swift
        print("indented")
        print("")
        print("end")
        ```

          ```output
          indented

          end
          ```

        ```swift
        print("```")
        ```

        ````output
        ```
        ````

        ```swift
        print("no block")
        ```

        [x]: https://example.org
        """

    @Test func rewritesOnlyTheMismatchedBlocks() throws {
        let path = try temporaryChapter(Self.chapter)
        let (code, text) = test([path], update: true)
        #expect(code == .success, "\(text)")
        #expect(try contents(path) == Self.expected)
        #expect(text.contains("\(path):11:1: updated the 'output' block"), "\(text)")
        #expect(!text.contains("\(path):21:1: updated"), "a matching block is kept")
    }

    @Test func updatingTwiceChangesNothing() throws {
        let path = try temporaryChapter(Self.chapter)
        _ = test([path], update: true)
        let once = try contents(path)
        let (code, text) = test([path], update: true)
        #expect(code == .success)
        #expect(!text.contains("updated"), "\(text)")
        #expect(try contents(path) == once)
        let (checkCode, _) = test([path], update: false)
        #expect(checkCode == .success)
    }

    @Test func withoutUpdateTheFileIsNotTouched() throws {
        let path = try temporaryChapter(Self.chapter)
        let (code, _) = test([path], update: false)
        #expect(code == .failure)
        #expect(try contents(path) == Self.chapter)
    }

    @Test func crlfLineBreaksArePreserved() throws {
        let crlf = Self.chapter.replacingOccurrences(of: "\n", with: "\r\n")
        let path = try temporaryChapter(crlf)
        let (code, text) = test([path], update: true)
        #expect(code == .success, "\(text)")
        #expect(try contents(path) == Self.expected.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test func failingCellsKeepTheirBlocks() throws {
        let source = "```swift\nprint(\"partial\")\nlet x = [1][3]\n```\n\n```output\nold\n```\n"
        let path = try temporaryChapter(source)
        let (code, _) = test([path], update: true)
        #expect(code == .failure)
        #expect(try contents(path) == source)
    }

    @Test func errorCellsGetTheirErrorMessage() throws {
        let source = "```swift error\nlet x = [1][3]\n```\n\n```output\nold\n```\n"
        let path = try temporaryChapter(source)
        let (code, text) = test([path], update: true)
        #expect(code == .success, "\(text)")
        let updated = try contents(path)
        #expect(updated.hasPrefix("```swift error\nlet x = [1][3]\n```\n\n```output\nerror: "))
        #expect(test([path], update: false).0 == .success)
    }

    @Test func chaptersWithStructureErrorsAreLeftAlone() throws {
        let source = "```swift bogus\nprint(1)\n```\n\n```output\n2\n```\n"
        let path = try temporaryChapter(source)
        let (code, text) = test([path], update: true)
        #expect(code == .failure)
        #expect(text.contains("not updating its 'output' blocks"), "\(text)")
        #expect(try contents(path) == source)
    }

    @Test func parallelRunsGiveTheSameReport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "handson-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for k in 1...5 {
            let text = """
                # Chapter \(k)

                ```swift
                let model = Sequential([Input(shape: [2]), Dense(3), Dense(1)])
                model.compile(loss: "mse", optimizer: Adam(learningRate: 0.01))
                let x = Tensor.randomNormal([16, 2])
                let h = model.fit(x, Tensor.randomNormal([16, 1]), epochs: 3, batchSize: 4, verbose: 0)
                print(h.history["loss"]!, Tensor.randomNormal([2]))
                ```

                ```output
                \(k == 3 ? "wrong" : "")
                ```
                """
            try Data(text.utf8).write(to: folder.appendingPathComponent("0\(k)-c.md"))
        }
        let timing = #/\(\d+\.\d+ s\)/#
        let (one, serial) = test([folder.path], update: false, jobs: 1)
        let (three, parallel) = test([folder.path], update: false, jobs: 3)
        #expect(one == three)
        #expect(serial.replacing(timing, with: "") == parallel.replacing(timing, with: ""))
        #expect(serial.contains("5 passed, 5 failed"), "\(serial)")
    }
}

/// The step budget stops a runaway cell at the same place, whatever the machine's speed.
@Suite struct StepBudgetTests {
    @Test func anOverBudgetCellFailsTheSameWayEachTime() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "handson-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("01-loop.md").path
        try Data(
            "```swift\nvar n = 0\nwhile true {\n    n += 1\n}\n```\n\n```swift\nprint(n)\n```\n"
                .utf8
        )
        .write(to: URL(fileURLWithPath: path))
        func run() -> String {
            final class Box: @unchecked Sendable { var text = "" }
            let box = Box()
            var runner = Runner(cellTimeout: 60) { box.text += $0 + "\n" }
            runner.stepLimit = 10_000
            _ = runner.test([path], junit: nil)
            return box.text.replacing(#/\(\d+\.\d+ s\)/#, with: "")
        }
        let first = run()
        #expect(
            first.contains(
                "\(path):3:1: error: the cell used up its budget of 10,000 steps and was stopped (raise it with --step-limit)"
            ), "\(first)")
        #expect(run() == first)
    }
}

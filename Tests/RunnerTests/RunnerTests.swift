import Foundation
import Testing
@testable import Runner

@Suite struct RunnerTests {
    func temporaryChapter(_ text: String, name: String = "01-t.md") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("handson-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func capture(_ body: (Runner) -> Runner.ExitCode) -> (Runner.ExitCode, String) {
        final class Box: @unchecked Sendable { var text = "" }
        let box = Box()
        let code = body(Runner(cellTimeout: 5) { box.text += $0 + "\n" })
        return (code, box.text)
    }

    @Test func testReportEndsWithCountsAndNamesTheFailure() throws {
        let path = try temporaryChapter("# T\n\n```swift\nlet a = 0.5\n#expect(a > 0.85)\nprint(a)\n```\n\n```output\n0.5\n```\n")
        let (code, text) = capture { $0.test([path], junit: nil) }
        #expect(code == .failure)
        #expect(text.contains("\(path):5:1: error: expectation failed: (a → 0.5) > 0.85"))
        #expect(text.hasSuffix("2 passed, 1 failed\n"))
    }

    @Test func outputMismatchShowsADiff() throws {
        let path = try temporaryChapter("```swift\nprint(0.8132)\nprint(\"x\")\n```\n\n```output\n0.81\ny\n```\n")
        let (code, text) = capture { $0.test([path], junit: nil) }
        #expect(code == .failure)
        #expect(text.contains("--- expected\n+++ actual\n  0.8132\n+ x\n- y"))
    }

    @Test func errorCellsMustFail() throws {
        let path = try temporaryChapter("```swift error\nlet x = 1\n```\n\n```swift error\nlet y = 1 / 0\n```\n\n```output\nerror: division by zero\n```\n")
        let (code, text) = capture { $0.test([path], junit: nil) }
        #expect(code == .failure)
        #expect(text.contains("cell 1 is marked 'error' but ran without an error"))
        #expect(text.hasSuffix("2 passed, 1 failed\n"))
    }

    @Test func checkReportsSyntaxErrorsInChapterCoordinates() throws {
        let path = try temporaryChapter("# T\n\nText.\n\n```swift\nlet ok = 1\nlet x = (1 +\n```\n")
        let (code, text) = capture { $0.check([path]) }
        #expect(code == .failure)
        #expect(text.contains("\(path):7:13: error: expected expression after operator"))
    }

    @Test func missingFilesAreUsageErrors() {
        let (code, text) = capture { $0.test(["/nonexistent/chapter.md"], junit: nil) }
        #expect(code == .usage)
        #expect(text.contains("no such chapter file or folder: '/nonexistent/chapter.md'"))
    }

    @Test func runRejectsOutOfRangeCells() throws {
        let path = try temporaryChapter("```swift\nprint(1)\n```\n")
        #expect(capture { $0.run(path, cell: 3) }.0 == .usage)
        #expect(capture { $0.run(path, cell: 0) }.0 == .usage)
        let (code, text) = capture { $0.run(path, cell: 1) }
        #expect(code == .success)
        #expect(text.contains("── cell 1 · line 1"))
        let failing = try temporaryChapter("```swift\nlet n = 1\nprint(n / 0)\n```\n")
        let (failed, report) = capture { $0.run(failing, cell: nil) }
        #expect(failed == .failure)
        #expect(report.contains("\(failing):3:9: error: division by zero\nprint(n / 0)\n        ^"))
    }

    @Test func renderWritesPagesAtomicallyAndKeepsFailingChapters() throws {
        let good = try temporaryChapter("# Good\n\n```swift\nprint(1)\n```\n")
        let folder = (good as NSString).deletingLastPathComponent
        try "# Bad\n\n```swift\nprint(nope)\n```\n".write(toFile: folder + "/02-bad.md", atomically: true, encoding: .utf8)
        let out = folder + "/site"
        let (code, _) = capture { $0.render([folder], outputDirectory: out) }
        #expect(code == .failure)
        let bad = try String(contentsOfFile: out + "/02-bad.html", encoding: .utf8)
        #expect(bad.contains("cannot find &#39;nope&#39; in scope"))
        #expect(FileManager.default.fileExists(atPath: out + "/01-t.html"))
        #expect(FileManager.default.fileExists(atPath: out + "/index.html"))
    }

    @Test func junitReportIsWritten() throws {
        let path = try temporaryChapter("```swift\n#expect(1 == 2)\n```\n")
        let junit = (path as NSString).deletingLastPathComponent + "/report.xml"
        _ = capture { $0.test([path], junit: junit) }
        let xml = try String(contentsOfFile: junit, encoding: .utf8)
        #expect(xml.contains("<testsuites name=\"handson\" tests=\"2\" failures=\"1\">"))
        #expect(xml.contains("<failure message=\"expectation failed\">"))
    }

    @Test func numberRuleFollowsDoctest() {
        #expect(OutputComparison.matches(expected: "acc 0.85\n", actual: "acc 0.8512\n"))
        #expect(!OutputComparison.matches(expected: "acc 0.85\n", actual: "acc 0.8561\n"))
        #expect(OutputComparison.matches(expected: "loss 1.2e-3", actual: "loss 0.00123"))
        #expect(!OutputComparison.matches(expected: "3 items", actual: "3.2 items"))
        #expect(OutputComparison.matches(expected: "x  \n\n", actual: "x"))
        #expect(OutputComparison.matches(expected: "[0.5, -1.0]", actual: "[0.49999, -1.04]"))
        #expect(!OutputComparison.matches(expected: "a", actual: "a\nb"))
    }
}

@Suite struct ChapterOrderTests {
    /// Chapters are ordered by name with numbers compared as numbers: 10-2 before 10-10.
    @Test func numbersInNamesCompareByValue() throws {
        let names = ["10-10-b.md", "10-2-a.md", "10-1-c.md", "9-x.md", "10-02-d.md", "10-1-b.md", "a.md"]
        #expect(
            names.sorted(by: ChapterFiles.precedes)
                == ["9-x.md", "10-1-b.md", "10-1-c.md", "10-2-a.md", "10-02-d.md", "10-10-b.md", "a.md"])
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("handson-order-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["11-1-a.md", "10-11-z.md", "10-3-y.md"] {
            try Data("# T\n".utf8).write(to: folder.appendingPathComponent(name))
        }
        let files = try ChapterFiles.resolve([folder.path]).map { ($0 as NSString).lastPathComponent }
        #expect(files == ["10-3-y.md", "10-11-z.md", "11-1-a.md"])
    }
}

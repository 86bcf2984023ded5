import CellLanguage
import Foundation
import Notebook
import Testing

@testable import Runner

/// Per-cell resume: after an edit, a chapter runs again from its first changed cell, and its
/// results are those of a run from the start.
@Suite struct ResumeTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "handson-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    static func chapter(_ cells: [String]) -> String {
        "# Resume\n\nSome prose.\n\n" + cells.map { "```swift\n\($0)\n```\n\n" }.joined()
    }

    static let cells = [
        """
        let model = Sequential([Input(shape: [2]), Dense(4, activation: .relu), Dropout(rate: 0.3), Dense(1)])
        model.compile(loss: "mse", optimizer: Adam(learningRate: 0.01))
        let x = Tensor.randomNormal([8, 2])
        let y = Tensor.randomNormal([8, 1])
        class Counter { var n = 0 }
        let counter = Counter()
        func makeNext() -> () -> Int { var k = 0; return { k += 1; return k } }
        let next = makeNext()
        """,
        """
        let h = model.fit(x, y, epochs: 3, batchSize: 4, verbose: 0)
        counter.n += 1
        print(h.history["loss"]!, next())
        """,
        """
        let more = model.fit(x, y, epochs: 2, batchSize: 4, verbose: 0)
        print(more.history["loss"]!, counter.n, next(), Tensor.randomNormal([2]))
        """,
        """
        print(model.predict(x), Dense(1).name, Double.random(in: 0..<1))
        """,
    ]

    /// Everything a cell's result shows, without its duration.
    static func shown(_ report: ChapterReport) -> [String] {
        report.results.keys.sorted().map { i in
            let r = report.results[i]!
            return
                "\(i): \(r.outputs) \(r.error.map { "\($0)" } ?? "") \(r.failedExpectations.map(\.message))"
        }
    }

    func run(_ text: String, resume: ChapterResume?) throws -> ChapterReport {
        let url = folder.appendingPathComponent("01-resume.md")
        try Data(text.utf8).write(to: url)
        var runner = ChapterRunner(cellTimeout: 30)
        runner.outputDirectory = folder.appendingPathComponent("output").path
        runner.resume = resume
        return runner.run(url: url, file: url.path)
    }

    @Test func aChangedLastCellRunsOnlyThatCell() throws {
        let resume = ChapterResume()
        _ = try run(Self.chapter(Self.cells), resume: resume)
        #expect(resume.last.ran == [0, 1, 2, 3])
        var edited = Self.cells
        edited[3] = "print(model.predict(x), Dense(1).name, Double.random(in: 0..<1), 7)"
        let resumed = try run(Self.chapter(edited), resume: resume)
        #expect(resume.last.ran == [3])
        #expect(resume.last.reused == [0, 1, 2])
        #expect(resume.last.note == nil)
        let fresh = try run(Self.chapter(edited), resume: nil)
        #expect(Self.shown(resumed) == Self.shown(fresh))
    }

    @Test func aChangedFirstCellRunsEverything() throws {
        let resume = ChapterResume()
        _ = try run(Self.chapter(Self.cells), resume: resume)
        var edited = Self.cells
        edited[0] = edited[0].replacingOccurrences(of: "0.01", with: "0.02")
        let resumed = try run(Self.chapter(edited), resume: resume)
        #expect(resume.last.ran == [0, 1, 2, 3])
        #expect(resume.last.reused == [])
        #expect(Self.shown(resumed) == Self.shown(try run(Self.chapter(edited), resume: nil)))
    }

    @Test func aChangedMiddleCellRunsFromItAndRepeatedEditsStayExact() throws {
        let resume = ChapterResume()
        _ = try run(Self.chapter(Self.cells), resume: resume)
        var edited = Self.cells
        for epochs in [5, 1, 2, 4] {
            edited[2] = Self.cells[2].replacingOccurrences(
                of: "epochs: 2", with: "epochs: \(epochs)")
            let resumed = try run(Self.chapter(edited), resume: resume)
            #expect(resume.last.ran == [2, 3])
            #expect(Self.shown(resumed) == Self.shown(try run(Self.chapter(edited), resume: nil)))
        }
        // Back to the original text: cells 2 and 3 run again, and give the first run's numbers.
        let back = try run(Self.chapter(Self.cells), resume: resume)
        #expect(Self.shown(back) == Self.shown(try run(Self.chapter(Self.cells), resume: nil)))
    }

    @Test func anUnchangedChapterRunsNothing() throws {
        let resume = ChapterResume()
        let first = try run(Self.chapter(Self.cells), resume: resume)
        let again = try run(Self.chapter(Self.cells) + "More prose at the end.\n", resume: resume)
        #expect(resume.last.ran == [])
        #expect(Self.shown(first) == Self.shown(again))
    }

    @Test func movedCellsRunAgain() throws {
        let resume = ChapterResume()
        _ = try run(Self.chapter(Self.cells), resume: resume)
        let moved = Self.chapter(Self.cells).replacingOccurrences(
            of: "Some prose.", with: "Some prose,\nover two lines.")
        _ = try run(moved, resume: resume)
        #expect(resume.last.ran == [0, 1, 2, 3], "error locations must point at the new lines")
    }

    @Test func stateThatCannotBeSnapshottedRunsFromEarlierAndSaysWhy() throws {
        let resume = ChapterResume()
        let cells = [
            "let a = 1",
            "var space = SearchSpace()\nspace.choice(\"units\", [1])\nlet p = RandomSearch(space: space, trials: 1, seed: 1) { hp in Sequential([Input(shape: [1]), Dense(1)]) }\nprint(1)",
            "print(a + 1)",
        ]
        _ = try run(Self.chapter(cells), resume: resume)
        var edited = cells
        edited[2] = "print(a + 2)"
        let resumed = try run(Self.chapter(edited), resume: resume)
        #expect(resume.last.ran == [1, 2])
        #expect(resume.last.note?.contains("p: a RandomSearch") == true, "\(resume.last.note ?? "")")
        #expect(Self.shown(resumed) == Self.shown(try run(Self.chapter(edited), resume: nil)))
    }

    @Test func filesWrittenByLaterCellsForceAnEarlierStart() throws {
        let resume = ChapterResume()
        let cells = [
            "let model = Sequential([Input(shape: [2]), Dense(1)])",
            "print(1)",
            "try model.save(\"m.safetensors\")\nprint(2)",
        ]
        _ = try run(Self.chapter(cells), resume: resume)
        var edited = cells
        edited[2] = cells[2].replacingOccurrences(of: "print(2)", with: "print(3)")
        let resumed = try run(Self.chapter(edited), resume: resume)
        #expect(resume.last.ran == [0, 1, 2])
        #expect(resume.last.note?.contains("wrote files") == true, "\(resume.last.note ?? "")")
        #expect(Self.shown(resumed) == Self.shown(try run(Self.chapter(edited), resume: nil)))
    }

    @Test func aFailedRequirementStillStopsTheChapter() throws {
        let resume = ChapterResume()
        let cells = ["#require(1 > 2)", "print(1)"]
        let first = try run(Self.chapter(cells), resume: resume)
        let again = try run(Self.chapter(cells), resume: resume)
        #expect(first.results.count == 1)
        #expect(again.results.count == 1)
    }
}

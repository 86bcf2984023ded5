import Foundation
import Testing

@testable import Runner

/// A chapter's results depend only on the chapter and its seed: rendered alone, in the book, in
/// reverse order, or next to another chapter running at the same time in the same process.
@Suite struct ChapterIsolationTests {
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// Chapters that reach every engine sequence a cell can: layer names, initial weights,
    /// random tensors, `fit`'s shuffling, dropout, data generators, search and `seed(_:)`.
    static let probes: [String: String] = [
        "01-a.md": """
        # A

        ```swift
        let model = Sequential([Input(shape: [2]), Dense(3), Dropout(rate: 0.5), Dense(1)])
        model.compile(loss: "mse", optimizer: SGD(learningRate: 0.1))
        let data = SyntheticData.moons(count: 32, noise: 0.1)
        let history = model.fit(data.x, Tensor(data.labels.map { Double($0) }).reshaped([32, 1]), epochs: 2, batchSize: 8, verbose: 0)
        print(model.layers.map { $0.name })
        print(history.history["loss"]!)
        print(Tensor.randomNormal([2]))
        ```
        """,
        "02-b.md": """
        # B

        ```swift
        let model = Sequential([Input(shape: [2]), Dense(2)])
        print(model.layers[0].name)
        print(model.layers[0].getWeights()[0])
        print(Double.random(in: 0.0..<1.0))
        ```

        ```swift
        seed(7)
        let again = Sequential([Input(shape: [2]), Dense(2)])
        print(again.layers[0].name)
        print(again.layers[0].getWeights()[0])
        print(SyntheticData.xor(count: 4, noise: 0.1).x)
        ```
        """,
    ]

    /// A book of the tutorial's chapters (with their data) and the probe chapters.
    func makeBook() throws -> URL {
        let book = FileManager.default.temporaryDirectory
            .appendingPathComponent("handson-isolation-\(UUID().uuidString)")
        let chapters = book.appendingPathComponent("chapters")
        try FileManager.default.createDirectory(at: chapters, withIntermediateDirectories: true)
        let source = Self.root.appendingPathComponent("chapters")
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            // The chapters that train on Fashion-MNIST take tens of seconds each and this test
            // renders the book five times; they run here only in the long acceptance runs
            // (HANDSON_ACCEPTANCE=1). Every chapter runs once in ChapterTests either way.
            let path = source.appendingPathComponent(name).path
            if ProcessInfo.processInfo.environment["HANDSON_ACCEPTANCE"] == nil, name.hasSuffix(".md"),
                let text = try? String(contentsOfFile: path, encoding: .utf8),
                text.contains("FashionMNIST.load(")
            {
                continue
            }
            try FileManager.default.copyItem(
                at: source.appendingPathComponent(name), to: chapters.appendingPathComponent(name))
        }
        for (name, text) in Self.probes {
            try text.write(
                to: chapters.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return book
    }

    /// Renders `files` in this order into a new folder; the chapter part of each page (the
    /// `<main>` element without the previous/next links, which depend on the neighbours).
    func render(_ files: [String], book: URL) throws -> [String: String] {
        let out = book.appendingPathComponent("out-\(UUID().uuidString)")
        let runner = Runner(cellTimeout: 60) { _ in }
        _ = runner.render(files, outputDirectory: out.path)
        var pages: [String: String] = [:]
        for file in files {
            let name = ChapterFiles.pageName(for: file)
            let html = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            pages[name] = Self.chapterPart(html)
        }
        return pages
    }

    /// Also without the run-status header, which states how long this run took.
    static func chapterPart(_ html: String) -> String {
        guard let start = html.range(of: "<main>") else { return html }
        var rest = html[start.upperBound...]
        if let header = rest.range(of: "<header aria-label=\"Run status\""),
            let end = rest.range(of: "</header>", range: header.upperBound..<rest.endIndex)
        {
            rest = rest[end.upperBound...]
        }
        let end =
            rest.range(of: "<nav aria-label=\"Chapter navigation\" class=\"pager\"")?.lowerBound
            ?? rest.range(of: "</main>")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    @Test func pagesAreTheSameAloneInTheBookAndInReverseOrder() throws {
        let book = try makeBook()
        defer { try? FileManager.default.removeItem(at: book) }
        let files = try ChapterFiles.resolve([book.appendingPathComponent("chapters").path])
        #expect(files.count >= 4)
        var alone: [String: String] = [:]
        for file in files {
            alone.merge(try render([file], book: book)) { a, _ in a }
        }
        let inBook = try render(files, book: book)
        let reversed = try render(files.reversed(), book: book)
        let twice = try render(files + files.reversed(), book: book)
        for (name, page) in alone {
            #expect(page.contains("class=\"cell\""), "\(name) has no cells")
            // Only the cells marked `error` show an error, the one they must fail with.
            let source = files.first { ChapterFiles.pageName(for: $0) == name }
                .flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? ""
            let errorCells = source.split(separator: "\n").filter {
                $0.hasPrefix("```swift") && $0.split(separator: " ").contains("error")
            }.count
            #expect(
                page.components(separatedBy: "class=\"error\"").count - 1 == errorCells,
                "\(name) failed: \(page)")
            #expect(inBook[name] == page, "\(name) differs in the book")
            #expect(reversed[name] == page, "\(name) differs in reverse order")
            #expect(twice[name] == page, "\(name) differs when run a second time in one process")
        }
        // The probe chapters name their layers from a fresh counter and seed them from 42.
        let b = try #require(alone["02-b.html"])
        #expect(b.contains("<pre class=\"stdout\">dense\n"))
        #expect(b.components(separatedBy: "dense\n").count == 2, "seed(7) restarted the names")
        #expect(b.contains("<pre class=\"stdout\">dense_1\n"))
    }

    /// Two sessions running different chapters at the same time in one process compute what
    /// they compute apart.
    @Test func concurrentChaptersMatchSeparateRuns() throws {
        let book = try makeBook()
        defer { try? FileManager.default.removeItem(at: book) }
        let chapters = book.appendingPathComponent("chapters")
        let names = ["01-a.md", "02-b.md", "10-3-learning-xor.md"]
        let urls = names.map { chapters.appendingPathComponent($0) }
        let runner = ChapterRunner(cellTimeout: 60)
        func outputs(_ report: ChapterReport) -> [String] {
            report.results.keys.sorted().map { i in
                let r = report.results[i]
                return "\(i): \(r?.outputs.map { "\($0)" } ?? []) \(r?.error.map { "\($0)" } ?? "")"
            }
        }
        let apart = urls.map { outputs(runner.run(url: $0, file: $0.path)) }
        for round in 0..<3 {
            final class Results: @unchecked Sendable {
                let lock = NSLock()
                var byChapter: [Int: [String]] = [:]
            }
            let results = Results()
            DispatchQueue.concurrentPerform(iterations: urls.count * 2) { i in
                let k = i % urls.count
                let out = outputs(runner.run(url: urls[k], file: urls[k].path))
                results.lock.lock()
                defer { results.lock.unlock() }
                if let seen = results.byChapter[k], seen != out {
                    Issue.record("round \(round): two concurrent runs of \(names[k]) differ")
                }
                results.byChapter[k] = out
            }
            for (k, name) in names.enumerated() {
                #expect(
                    results.byChapter[k] == apart[k],
                    "round \(round): \(name) differs when run concurrently")
            }
        }
    }
}

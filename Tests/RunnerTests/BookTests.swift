import Foundation
import Testing

@testable import Runner

/// The book's configuration, `handson init`, and the per-chapter cache of `render`.
@Suite struct BookTests {
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("handson-book-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func capture(_ body: (Runner) -> Runner.ExitCode) -> (Runner.ExitCode, String) {
        final class Box: @unchecked Sendable { var text = "" }
        let box = Box()
        let code = body(Runner(cellTimeout: 30) { box.text += $0 + "\n" })
        return (code, box.text)
    }

    func write(_ text: String, _ path: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    // MARK: - Configuration

    @Test func configurationIsRead() throws {
        let configuration = try BookConfiguration.parse(
            """
            title: "My: Book"
            authors: [Ada, Alan]
            description: About things.
            language: fr-CA
            repository: https://example.org/b
            chapters: [00-preface.md]
            parts:
              - title: One
                chapters: [01-*.md, 02-b.md]
            """, file: "book.yml")
        #expect(configuration.metadata.title == "My: Book")
        #expect(configuration.metadata.authors == ["Ada", "Alan"])
        #expect(configuration.metadata.description == "About things.")
        #expect(configuration.metadata.language == "fr-CA")
        #expect(configuration.metadata.repository == "https://example.org/b")
        #expect(configuration.parts.map(\.title) == [nil, "One"])
        #expect(configuration.parts[1].entries.map(\.pattern) == ["01-*.md", "02-b.md"])
        #expect(
            try BookConfiguration.parse("authors: Solo\n", file: "b.yml").metadata.authors == [
                "Solo"
            ])
    }

    @Test(arguments: [
        (
            "title: [a\n",
            "book.yml:2:1: error: not valid YAML: did not find expected ',' or ']' (while parsing a flow sequence)"
        ),
        (
            "titel: X\n",
            "book.yml:1:1: error: unknown key 'titel'; did you mean 'title'? (known: title, authors, description, language, repository, chapters, parts)"
        ),
        ("title: X\nauthors: {a: 1}\n", "book.yml:2:10: error: 'authors' must be a list"),
        (
            "language: english please\n",
            "book.yml:1:11: error: 'language' must be a language tag such as en or pt-BR, not 'english please'"
        ),
        (
            "repository: javascript:x\n",
            "book.yml:1:13: error: 'repository' must be an http(s) address, not 'javascript:x'"
        ),
        ("parts:\n  - chapters: [a.md]\n", "book.yml:2:5: error: this part has no 'title'"),
        (
            "parts:\n  - title: P\n    chapters: [x/a.md]\n",
            "book.yml:3:16: error: 'x/a.md': chapters are named by file name, without a folder"
        ),
        (
            "- a\n- b\n",
            "book.yml:1:1: error: the book's configuration must be a mapping of keys (title: …, authors: …)"
        ),
        ("title: a\ntitle: b\n", "book.yml:1:1: error: 'title' is given twice"),
    ])
    func badConfigurationIsALocatedError(_ text: String, _ expected: String) {
        do {
            _ = try BookConfiguration.parse(text, file: "book.yml")
            Issue.record("no error for \(text)")
        } catch let invalid as BookConfiguration.Invalid {
            #expect(invalid.diagnostics.first?.description == expected)
            #expect(invalid.description.hasPrefix(expected))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func withoutAFileTheBookIsNamedAfterItsFolder() {
        #expect(
            BookConfiguration.defaults(forFolder: "/x/deep-learning/chapters").metadata.title
                == "Deep Learning")
        #expect(BookConfiguration.defaults(forFolder: "/x/my_notes").metadata.title == "My Notes")
    }

    @Test func layoutFollowsPartsThenFileNames() throws {
        let configuration = try BookConfiguration.parse(
            "chapters: [00-z.md]\nparts:\n  - title: A\n    chapters: [02-*.md, 01-a.md]\n",
            file: "book.yml")
        let files = ["c/00-z.md", "c/01-a.md", "c/02-b.md", "c/02-c.md", "c/03-d.md"]
        let layout = BookLayout(
            files: files, configuration: configuration, configurationFile: "book.yml")
        #expect(layout.problems.isEmpty)
        #expect(
            layout.chapters.map(\.file) == [
                "c/00-z.md", "c/02-b.md", "c/02-c.md", "c/01-a.md", "c/03-d.md",
            ])
        #expect(layout.chapters.map(\.part) == [nil, "A", "A", "A", nil])
    }

    @Test func renderRefusesAConfigurationNamingAMissingChapter() throws {
        let book = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: book) }
        try write("# A\n", "chapters/01-a.md", in: book)
        try write(
            "title: T\nparts:\n  - title: P\n    chapters: [01-a.md, 01-b.md]\n", "book.yml",
            in: book)
        let (code, text) = capture {
            $0.render(
                [book.appendingPathComponent("chapters").path],
                outputDirectory: book.appendingPathComponent("out").path)
        }
        #expect(code == .usage)
        #expect(text.contains("book.yml:4:25: error: no chapter file '01-b.md' in "))
        #expect(text.contains("did you mean '01-a.md'?"))
        #expect(
            !FileManager.default.fileExists(
                atPath: book.appendingPathComponent("out/index.html").path))
    }

    @Test func templateWithoutContentIsRefused() throws {
        let book = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: book) }
        try write("# A\n", "chapters/01-a.md", in: book)
        try write("<html>{{title}}</html>", "chapters/_template.html", in: book)
        let (code, text) = capture {
            $0.render(
                [book.appendingPathComponent("chapters").path],
                outputDirectory: book.appendingPathComponent("out").path)
        }
        #expect(code == .usage)
        #expect(
            text.contains(
                "_template.html:1:1: error: the page template has no {{content}} placeholder"))
    }

    @Test func userTemplateIsFilledWithoutInjection() throws {
        let book = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: book) }
        try write(
            "# A {{content}}\n\n```swift\nprint(\"{{sidebar}}\")\n```\n", "chapters/01-a.md",
            in: book)
        try write(
            "<html><head></head><body><h6>{{book}}</h6>{{content}}</body></html>",
            "chapters/_template.html", in: book)
        try write("title: \"{{sidebar}} <T>\"\n", "book.yml", in: book)
        let out = book.appendingPathComponent("out")
        let (code, _) = capture {
            $0.render([book.appendingPathComponent("chapters").path], outputDirectory: out.path)
        }
        #expect(code == .success)
        let page = try String(contentsOf: out.appendingPathComponent("01-a.html"), encoding: .utf8)
        #expect(page.contains("<h6>{{sidebar}} &lt;T&gt;</h6>"))
        #expect(page.contains("<pre class=\"stdout\">{{sidebar}}\n</pre>"))
        #expect(!page.contains("book-title"))  // the sidebar was never inserted
    }

    // MARK: - Cache

    @Test func unchangedChaptersAreNotRunAgain() throws {
        let book = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: book) }
        try write("# A\n\n```swift\nprint(\"a\")\n```\n", "chapters/01-a.md", in: book)
        try write(
            "# B\n\n```swift\nlet t = try CSVTable.load(\"data/t.csv\")\nprint(t)\n```\n",
            "chapters/02-b.md", in: book)
        try write("x,y\n1,2\n", "chapters/data/t.csv", in: book)
        let chapters = book.appendingPathComponent("chapters").path
        let out = book.appendingPathComponent("out").path
        func render(force: Bool = false) -> String {
            let (code, text) = capture { $0.render([chapters], outputDirectory: out, force: force) }
            #expect(code == .success, "\(text)")
            return text
        }
        let cold = render()
        #expect(!cold.contains(" cached"))
        let warm = render()
        #expect(warm.contains("01-a.md: 1 passed, 0 failed") && warm.contains("nothing changed"), "\(warm)")
        // A page that is gone is written again.
        try FileManager.default.removeItem(atPath: out + "/01-a.html")
        #expect(render().contains("(2 of 2 chapters from the cache"))
        let page = try String(contentsOfFile: out + "/01-a.html", encoding: .utf8)
        #expect(page.contains("<pre class=\"stdout\">a\n</pre>"))
        #expect(page.contains("1 cell run"))

        // A changed chapter runs again; the others are reused.
        try write("# A\n\n```swift\nprint(\"a2\")\n```\n", "chapters/01-a.md", in: book)
        let edited = render()
        #expect(
            edited.contains("01-a.md: 1 passed, 0 failed (")
                && !edited.contains("01-a.md: 1 passed, 0 failed (0.00 s) cached"))
        #expect(edited.contains("(1 of 2 chapters from the cache"))
        #expect(try String(contentsOfFile: out + "/01-a.html", encoding: .utf8).contains("a2\n"))

        // A data file no chapter read changes nothing; a changed data file runs the chapter
        // that read it again, and only that one.
        try write("unused\n", "chapters/data/other.csv", in: book)
        #expect(render().contains("nothing changed"))
        try write("x,y\n1,2\n3,4\n", "chapters/data/t.csv", in: book)
        let data = render()
        #expect(data.contains("(1 of 2 chapters from the cache"), "\(data)")
        #expect(try String(contentsOfFile: out + "/02-b.html", encoding: .utf8).contains("2 rows"))
        // So does a data file that is gone: the chapter runs again (and fails to read it).
        try FileManager.default.removeItem(atPath: book.path + "/chapters/data/t.csv")
        let (_, gone) = capture { $0.render([chapters], outputDirectory: out) }
        #expect(gone.contains("(1 of 2 chapters from the cache"), "\(gone)")
        try write("x,y\n1,2\n3,4\n", "chapters/data/t.csv", in: book)

        // --force runs everything.
        #expect(!render(force: true).contains("from the cache"))
        #expect(render().contains("nothing changed"))
    }

    @Test func corruptCacheEntryIsDiscarded() throws {
        let book = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: book) }
        try write("# A\n\n```swift\nprint(\"a\")\n```\n", "chapters/01-a.md", in: book)
        let chapters = book.appendingPathComponent("chapters").path
        let out = book.appendingPathComponent("out").path
        _ = capture { $0.render([chapters], outputDirectory: out) }
        let entry = out + "/.handson-cache/01-a.json"
        #expect(FileManager.default.fileExists(atPath: entry))
        try "{\"format\": 1, \"key\": tru".write(toFile: entry, atomically: true, encoding: .utf8)
        let (code, text) = capture { $0.render([chapters], outputDirectory: out) }
        #expect(code == .success)
        #expect(text.contains("note: cache entry 01-a.json is unreadable; discarded"))
        #expect(!text.contains("from the cache"))
        #expect(
            try String(contentsOfFile: out + "/01-a.html", encoding: .utf8).contains(
                "<pre class=\"stdout\">a\n</pre>"))
        // The fresh entry replaced it.
        #expect(capture { $0.render([chapters], outputDirectory: out) }.1.contains("nothing changed"))
    }

    @Test func failingChapterIsCachedWithItsFailureAndKeepsOtherPages() throws {
        let book = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: book) }
        try write("# A\n\n```swift\nprint(1)\n```\n", "chapters/01-a.md", in: book)
        try write("# B\n\n```swift id=boom\nprint(nope)\n```\n", "chapters/02-b.md", in: book)
        let chapters = book.appendingPathComponent("chapters").path
        let out = book.appendingPathComponent("out").path
        for _ in 0..<2 {
            let (code, _) = capture { $0.render([chapters], outputDirectory: out) }
            #expect(code == .failure)
            let page = try String(contentsOfFile: out + "/02-b.html", encoding: .utf8)
            #expect(page.contains("1 failure · first: <a href=\"#cell-boom\">boom</a>"))
            #expect(page.contains("cannot find &#39;nope&#39; in scope"))
            #expect(FileManager.default.fileExists(atPath: out + "/01-a.html"))
        }
    }

    // MARK: - init

    @Test func initCreatesABookThatRenders() throws {
        let parent = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let book = parent.appendingPathComponent("my-first-book")
        let (code, text) = capture { $0.initBook(book.path) }
        #expect(code == .success, "\(text)")
        for file in ["book.yml", "chapters/01-first-steps.md", "Makefile", ".gitignore"] {
            #expect(
                FileManager.default.fileExists(atPath: book.appendingPathComponent(file).path),
                "\(file)")
        }
        let configuration = try BookConfiguration.load(
            path: book.appendingPathComponent("book.yml").path)
        #expect(configuration.metadata.title == "My First Book")
        let makefile = try String(
            contentsOf: book.appendingPathComponent("Makefile"), encoding: .utf8)
        #expect(
            makefile.contains("render:\n\t$(HANDSON) render")
                && makefile.contains("test:\n\t$(HANDSON) test"))
        let (rendered, output) = capture {
            $0.render(
                [book.appendingPathComponent("chapters").path],
                outputDirectory: book.appendingPathComponent("output").path)
        }
        #expect(rendered == .success, "\(output)")
        let index = try String(
            contentsOf: book.appendingPathComponent("output/index.html"), encoding: .utf8)
        #expect(index.contains("<h2>Getting started</h2>"))
        #expect(
            FileManager.default.fileExists(
                atPath: book.appendingPathComponent("output/01-first-steps-cell-3.svg").path))
    }

    @Test func initNeverOverwritesUserFiles() throws {
        let book = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: book) }
        try write("mine", "Makefile", in: book)
        let (refused, text) = capture { $0.initBook(book.path) }
        #expect(refused == .usage)
        #expect(text.contains("is not empty; use --allow-non-empty"))
        let (stillRefused, text2) = capture { $0.initBook(book.path, allowNonEmpty: true) }
        #expect(stillRefused == .usage)
        #expect(text2.contains("already has Makefile; nothing was written"))
        #expect(
            try String(contentsOf: book.appendingPathComponent("Makefile"), encoding: .utf8)
                == "mine")
        #expect(
            !FileManager.default.fileExists(atPath: book.appendingPathComponent("book.yml").path))
        try FileManager.default.removeItem(at: book.appendingPathComponent("Makefile"))
        try write("notes", "notes.txt", in: book)
        #expect(capture { $0.initBook(book.path, allowNonEmpty: true) }.0 == .success)
        #expect(
            try String(contentsOf: book.appendingPathComponent("notes.txt"), encoding: .utf8)
                == "notes")
    }
}

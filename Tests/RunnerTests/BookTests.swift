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
        #expect(
            warm.contains("01-a.md: 1 passed, 0 failed") && warm.contains("nothing changed"),
            "\(warm)")
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
        #expect(
            capture { $0.render([chapters], outputDirectory: out) }.1.contains("nothing changed"))
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

    // MARK: - Rendering some chapters; chapters that left the book

    /// Text and notes (standard error) apart.
    func captureWithNotes(_ body: (Runner) -> Runner.ExitCode) -> (
        Runner.ExitCode, output: String, notes: String
    ) {
        final class Box: @unchecked Sendable {
            var text = ""
            var notes = ""
        }
        let box = Box()
        var runner = Runner(cellTimeout: 30) { box.text += $0 + "\n" }
        runner.note = { box.notes += $0 + "\n" }
        let code = body(runner)
        return (code, box.text, box.notes)
    }

    /// Every file under `folder` (cache included) with its modification date.
    func snapshot(_ folder: String) -> [String: Date] {
        var out: [String: Date] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let name = enumerator?.nextObject() as? String {
            let attributes = try? FileManager.default.attributesOfItem(
                atPath: folder + "/" + name)
            if attributes?[.type] as? FileAttributeType == .typeRegular {
                out[name] = attributes?[.modificationDate] as? Date
            }
        }
        return out
    }

    static func chapter(_ title: String, prints text: String, figure: Bool = false) -> String {
        var chapter = "# \(title)\n\n## Part of \(title)\n\n```swift\nprint(\"\(text)\")\n```\n"
        if figure {
            chapter +=
                "\n```swift\nvar axes = Axes(title: \"S\", xLabel: \"x\", yLabel: \"y\")\n"
                + "try axes.line(x: [1.0, 2.0], y: [1.0, 4.0], label: \"y\")\nFigure(axes)\n```\n"
        }
        return chapter
    }

    @Test func partialRenderKeepsEveryChapterInTheContents() throws {
        let book = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: book) }
        try write(Self.chapter("Alpha", prints: "a1"), "chapters/01-a.md", in: book)
        try write(Self.chapter("Beta", prints: "b1"), "chapters/02-b.md", in: book)
        try write(
            "title: T\nparts:\n  - title: First\n    chapters: [01-a.md, 02-b.md]\n"
                + "  - title: Second\n    chapters: [03-*.md]\n", "book.yml", in: book)
        let chapters = book.appendingPathComponent("chapters").path
        let out = book.appendingPathComponent("out").path
        #expect(capture { $0.render([chapters], outputDirectory: out) }.0 == .success)

        // A chapter added since, never rendered; then only 01-a is rendered.
        try write(Self.chapter("Gamma", prints: "c1"), "chapters/03-c.md", in: book)
        let before = snapshot(out)
        let b = try String(contentsOfFile: out + "/02-b.html", encoding: .utf8)
        let (code, text) = capture { $0.render([chapters + "/01-a.md"], outputDirectory: out) }
        #expect(code == .success, "\(text)")
        #expect(text.contains("01-a.md: 1 passed, 0 failed"))
        #expect(!text.contains("02-b.md") && !text.contains("03-c.md"), "\(text)")
        #expect(text.contains("the contents list all 3 chapters of the book"), "\(text)")
        // The others were neither run nor written.
        #expect(try String(contentsOfFile: out + "/02-b.html", encoding: .utf8) == b)
        #expect(!FileManager.default.fileExists(atPath: out + "/03-c.html"))
        #expect(!FileManager.default.fileExists(atPath: out + "/.handson-cache/03-c.json"))

        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(index.contains("<a href=\"01-a.html\">Alpha</a>"))
        // 02-b's status and sections come from its cache entry.
        #expect(index.contains("<a href=\"02-b.html\">Beta</a><span class=\"status passed\">✓ "))
        #expect(index.contains("<a href=\"02-b.html#part-of-beta\">Part of Beta</a>"))
        // 03-c is listed, in its part, without a link to a page that does not exist.
        #expect(index.contains("<h2>Second</h2>"))
        #expect(
            index.contains(
                "<li class=\"unrendered\"><span class=\"chapter-title\">Gamma</span>"
                    + "<span class=\"status pending\">not rendered yet</span></li>"), "\(index)")
        let print = try String(contentsOfFile: out + "/print.html", encoding: .utf8)
        for id in ["01-a", "02-b", "03-c"] {
            #expect(print.contains("id=\"\(id)\""), "\(id) missing from print.html")
        }
        #expect(print.contains("<pre class=\"stdout\">b1\n</pre>"))
        #expect(print.contains("results are not shown: not rendered yet."))
        let a = try String(contentsOfFile: out + "/01-a.html", encoding: .utf8)
        #expect(a.contains("<span>Gamma</span>") && a.contains("href=\"02-b.html\""))
        for page in [index, print, a] { #expect(!page.contains("href=\"03-c.html")) }

        // A partial render deletes nothing.
        for name in before.keys where name != ".handson-cache/site.key" {
            #expect(FileManager.default.fileExists(atPath: out + "/" + name), "\(name) removed")
        }

        // A chapter edited since its page was written is listed as out of date, not run.
        try write(Self.chapter("Beta", prints: "b2"), "chapters/02-b.md", in: book)
        let (_, again) = capture { $0.render([chapters + "/01-a.md"], outputDirectory: out) }
        #expect(!again.contains("02-b.md"), "\(again)")
        #expect(
            try String(contentsOfFile: out + "/index.html", encoding: .utf8).contains(
                "<a href=\"02-b.html\">Beta</a><span class=\"status pending\">out of date</span>"))
        #expect(try String(contentsOfFile: out + "/02-b.html", encoding: .utf8) == b)

        // The whole book: every chapter rendered and linked; then nothing changed.
        let (whole, all) = capture { $0.render([chapters], outputDirectory: out) }
        #expect(whole == .success)
        #expect(all.contains("(1 of 3 chapters from the cache"), "\(all)")
        let complete = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(complete.contains("<a href=\"03-c.html\">Gamma</a>"))
        #expect(!complete.contains("unrendered") && !complete.contains("pending"))
        #expect(
            capture { $0.render([chapters], outputDirectory: out) }.1.contains("nothing changed"))
        // With nothing changed, a render of one chapter writes nothing either.
        let settled = snapshot(out)
        let (_, one) = capture { $0.render([chapters + "/02-b.md"], outputDirectory: out) }
        #expect(one.contains("nothing changed"), "\(one)")
        #expect(snapshot(out) == settled)
    }

    @Test func navigationSkipsAChapterNeverRendered() throws {
        let book = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: book) }
        try write(Self.chapter("Alpha", prints: "a"), "chapters/01-a.md", in: book)
        try write(Self.chapter("Gamma", prints: "c"), "chapters/03-c.md", in: book)
        let chapters = book.appendingPathComponent("chapters").path
        let out = book.appendingPathComponent("out").path
        _ = capture { $0.render([chapters], outputDirectory: out) }
        try write(Self.chapter("Beta", prints: "b"), "chapters/02-b.md", in: book)
        let (code, text) = capture { $0.render([chapters + "/01-a.md"], outputDirectory: out) }
        #expect(code == .success, "\(text)")
        let a = try String(contentsOfFile: out + "/01-a.html", encoding: .utf8)
        #expect(a.contains("<li class=\"unrendered\"><span>Beta</span></li>"))
        #expect(a.contains("<a href=\"03-c.html\" rel=\"next\">Gamma →</a>"), "\(a)")
        #expect(!a.contains("02-b.html"))
    }

    @Test func manifestRemovesOnlyWhatItWroteInsideTheFolder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        try write("ours", "out/old.html", in: folder)
        try write("changed", "out/edited.html", in: folder)
        try write("outside", "outside.txt", in: folder)
        var manifest = OutputManifest()
        manifest.record(
            ["old.html": "ours", "edited.html": "as written", "../outside.txt": "outside"],
            for: "old")
        manifest.record(["new.html": "new"], for: "new")
        let removals = manifest.prune(keeping: ["new": ["new.html"]], in: out)
        #expect(removals == [OutputManifest.Removal(chapter: "old", files: ["old.html"])])
        #expect(!FileManager.default.fileExists(atPath: out.path + "/old.html"))
        #expect(FileManager.default.fileExists(atPath: out.path + "/edited.html"))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/outside.txt"))
        #expect(manifest.chapters == ["new": ["new.html": OutputManifest.digest("new")]])
    }

    @Test func fullRenderRemovesTheFilesOfChaptersThatLeftTheBook() throws {
        let book = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: book) }
        try write(Self.chapter("Alpha", prints: "a"), "chapters/01-a.md", in: book)
        try write(
            Self.chapter("Beta", prints: "b", figure: true), "chapters/02-b.md", in: book)
        let chapters = book.appendingPathComponent("chapters").path
        let out = book.appendingPathComponent("out").path
        #expect(capture { $0.render([chapters], outputDirectory: out) }.0 == .success)
        #expect(FileManager.default.fileExists(atPath: out + "/02-b-cell-2.svg"))
        // The user's own files in the output folder, one named like a page.
        try write("mine", "out/notes.txt", in: book)
        try write("<p>mine</p>", "out/02-old.html", in: book)

        // 02-b renamed: a render of one chapter removes nothing.
        try FileManager.default.moveItem(
            atPath: chapters + "/02-b.md", toPath: chapters + "/02-renamed.md")
        let (_, partial, quiet) = captureWithNotes {
            $0.render([chapters + "/01-a.md"], outputDirectory: out)
        }
        #expect(quiet.isEmpty, "\(quiet)")
        #expect(!partial.contains("removed"))
        for name in ["02-b.html", "02-b-cell-2.svg", ".handson-cache/02-b.json"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + name), "\(name)")
        }

        // The whole book: the old page, its figure and its cache entry go, with a note on
        // standard error; the user's files stay.
        let (code, text, notes) = captureWithNotes { $0.render([chapters], outputDirectory: out) }
        #expect(code == .success, "\(text)")
        #expect(
            notes
                == "note: removed 02-b.html and 1 figure from \(out)/: chapter '02-b' is no longer"
                + " in the book\n")
        #expect(!text.contains("removed"))
        for name in ["02-b.html", "02-b-cell-2.svg", ".handson-cache/02-b.json"] {
            #expect(!FileManager.default.fileExists(atPath: out + "/" + name), "\(name) kept")
        }
        for name in ["02-renamed.html", "02-renamed-cell-2.svg", "notes.txt", "02-old.html"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + name), "\(name) gone")
        }
        #expect(try String(contentsOfFile: out + "/notes.txt", encoding: .utf8) == "mine")
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(index.contains("02-renamed.html") && !index.contains("02-b.html"))

        // A figure the chapter no longer draws goes quietly; a page the user edited stays.
        try write(Self.chapter("Beta", prints: "b"), "chapters/02-renamed.md", in: book)
        try write("<p>edited by hand</p>", "out/01-a.html", in: book)
        try FileManager.default.removeItem(atPath: chapters + "/01-a.md")
        let (_, _, later) = captureWithNotes { $0.render([chapters], outputDirectory: out) }
        #expect(!FileManager.default.fileExists(atPath: out + "/02-renamed-cell-2.svg"))
        #expect(later.isEmpty, "\(later)")
        #expect(
            try String(contentsOfFile: out + "/01-a.html", encoding: .utf8)
                == "<p>edited by hand</p>")

        // Nothing changed: nothing is written, nothing removed.
        let settled = snapshot(out)
        let (_, same, none) = captureWithNotes { $0.render([chapters], outputDirectory: out) }
        #expect(same.contains("nothing changed"), "\(same)")
        #expect(none.isEmpty)
        #expect(snapshot(out) == settled)
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

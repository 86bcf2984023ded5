import Diagnostics
import Foundation
import HTMLRendering
import Notebook

/// The book as `handson serve` shows it: rendered in memory (nothing is written to the output
/// folder but the files cells save), rebuilt when a chapter changes, each chapter run again
/// from its first changed cell (``ChapterResume``).
///
/// Every page carries the preview's small reload script, which waits for the server to say that
/// the page changed. A book that cannot be rendered (a broken `book.yml` or page template)
/// gives an error page in place of every page, until it is fixed.
final class PreviewSite: @unchecked Sendable {
    let paths: [String]
    let runner: Runner
    let outputDirectory: String
    /// Whether to say, per chapter and build, which cells ran and why a run started earlier
    /// than the first changed cell.
    let verbose: Bool

    private let lock = NSLock()
    private var files: [String: Data] = [:]
    /// Each file's version: bumped when its content changes.
    private var versions: [String: Int] = [:]
    /// The message shown in place of every page while the book cannot be rendered.
    private var failure: String?
    private var resumes: [String: ChapterResume] = [:]
    /// Each chapter's run time as its page shows it: kept while nothing in it runs again, so
    /// an unchanged chapter's page stays the same and does not reload.
    private var durations: [String: Double] = [:]
    /// Seconds the cells that ran took in the current build.
    private var cellSeconds = 0.0

    init(paths: [String], runner: Runner, outputDirectory: String, verbose: Bool) {
        self.paths = paths
        self.runner = runner
        self.outputDirectory = outputDirectory
        self.verbose = verbose
    }

    /// The path the reload script is served at, and the prefix of the preview's own paths.
    static let prefix = "/.handson/"

    // MARK: - Reading (any thread)

    /// A file of the site, with its version; `nil` when there is no such file.
    func file(_ name: String) -> (data: Data, version: Int)? {
        lock.lock()
        defer { lock.unlock() }
        if let failure, name.hasSuffix(".html") {
            return (Data(Self.errorPage(failure, page: name, version: versions[name] ?? 0).utf8), 0)
        }
        return files[name].map { ($0, versions[name] ?? 0) }
    }

    func version(of name: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        return versions[name] ?? 0
    }

    // MARK: - Building (one thread)

    /// Parses the book, runs what changed and renders every page; returns a line for the
    /// terminal, and the problems found.
    @discardableResult
    func build() -> [String] {
        var messages: [String] = []
        let start = DispatchTime.now()
        let say: (String) -> Void = { messages.append($0) }
        cellSeconds = 0
        do {
            let built = try render(say: say)
            publish(built, failure: nil)
        } catch let problem as Problem {
            say(problem.description)
            publish([:], failure: problem.description)
        } catch {
            say("error: \(error)")
            publish([:], failure: "error: \(error)")
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        messages.append(
            "built in \(String(format: "%.3f", seconds)) s (cells \(String(format: "%.3f", cellSeconds)) s)"
        )
        return messages
    }

    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    /// Replaces the site's files; bumps the version of each file whose content changed (and,
    /// on a failure or its end, of every page).
    private func publish(_ built: [String: Data], failure: String?) {
        lock.lock()
        defer { lock.unlock() }
        let failureChanged = failure != self.failure
        for (name, data) in built where files[name] != data || failureChanged {
            versions[name, default: 0] += 1
        }
        if failureChanged {
            for name in versions.keys where built[name] == nil { versions[name, default: 0] += 1 }
        }
        if failure == nil { files = built }
        self.failure = failure
    }

    /// The site's files by name, pages without their reload script.
    private func render(say: (String) -> Void) throws -> [String: Data] {
        let files: [String]
        do {
            files = try ChapterFiles.resolve(paths)
        } catch {
            throw Problem(description: "\(error)")
        }
        guard !files.isEmpty else {
            throw Problem(
                description:
                    "error: no chapters found in \(paths.isEmpty ? "chapters/" : paths.joined(separator: ", "))"
            )
        }
        let book: Runner.Book
        switch runner.loadBook(files: files) {
        case .success(let b): book = b
        case .failure(let problem): throw Problem(description: problem.description)
        }
        let (layout, renderer) = (book.layout, book.renderer)

        var pages: [ChapterPage] = []
        for entry in layout.chapters {
            pages.append(chapterPage(entry.file, part: entry.part, say: say))
        }
        var out: [String: Data] = [:]
        for i in pages.indices {
            let page = renderer.renderChapter(at: i, of: pages)
            out[pages[i].fileName] = Data(page.html.utf8)
            for (name, svg) in page.figures { out[name] = Data(svg.utf8) }
        }
        out["index.html"] = Data(renderer.renderIndex(pages).utf8)
        out["print.html"] = Data(renderer.renderPrint(pages).utf8)
        out["style.css"] = Data(SiteRenderer.stylesheet.utf8)
        return out
    }

    /// Parses and runs one chapter (from its first changed cell) and makes its page.
    private func chapterPage(_ file: String, part: String?, say: (String) -> Void) -> ChapterPage {
        let fileName = ChapterFiles.pageName(for: file)
        let parsed: ChapterParser.Result
        do {
            parsed = try ChapterParser().parse(contentsOf: URL(fileURLWithPath: file), file: file)
        } catch {
            let message = Runner.unreadableMessage(error, file: file)
            say(message)
            let title = (fileName as NSString).deletingPathExtension
            let empty = Chapter(file: file, text: "", title: title, blocks: [], footnotes: [])
            return ChapterPage(
                chapter: empty, outcomes: [:], problems: [message], fileName: fileName, part: part)
        }
        let resume = resumes[file] ?? ChapterResume()
        resumes[file] = resume
        var chapterRunner = runner.chapterRunner(outputDirectory: outputDirectory)
        chapterRunner.resume = resume
        var report = ChapterReport(file: file)
        let start = DispatchTime.now()
        chapterRunner.run(parsed, into: &report)
        var seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        if resume.last.ran.isEmpty, let kept = durations[file] { seconds = kept }
        durations[file] = seconds
        report.duration = seconds
        cellSeconds += resume.last.ran.compactMap { report.results[$0]?.duration }.reduce(0, +)
        let formatter = DiagnosticFormatter(sources: [parsed.chapter.sourceText])
        let entry = ChapterCache.Entry(
            format: ChapterCache.format, key: "",
            outcomes: report.results.mapValues { Runner.outcome($0, formatter: formatter) },
            checks: report.checks, problems: report.problems, duration: seconds,
            cellsRun: report.results.count, reads: [:])
        var page = ChapterPage(
            chapter: parsed.chapter, outcomes: entry.outcomes, problems: report.problems,
            fileName: fileName, part: part)
        page.status = Runner.status(of: parsed.chapter, entry: entry, cached: false)
        let ran = resume.last.ran
        if !ran.isEmpty {
            say(runner.summaryLine(report) + Self.describe(ran, of: resume))
            for check in report.checks where !check.passed { say(check.message ?? "") }
        }
        if verbose, let note = resume.last.note {
            let from = ran.first.map { "cell \($0 + 1)" } ?? "the start"
            say("\(file): running again from \(from): \(note)")
        }
        return page
    }

    /// `; ran cells 4–5, reused 3` for the terminal.
    static func describe(_ ran: [Int], of resume: ChapterResume) -> String {
        guard let first = ran.first, let last = ran.last else { return "" }
        let cells = first == last ? "cell \(first + 1)" : "cells \(first + 1)–\(last + 1)"
        let reused = resume.last.reused.count
        return "; ran \(cells)" + (reused > 0 ? ", reused \(reused)" : "")
    }

    // MARK: - Pages as served

    /// The page `html` as served: its policy lets it run the preview's script, which it loads.
    static func injectingReload(_ html: String, page: String, version: Int) -> String {
        var html = html.replacingOccurrences(
            of: "script-src 'none'", with: "script-src 'self'; connect-src 'self'")
        let tag =
            "<script src=\"\(prefix)reload.js\" data-page=\"\(HTML.escape(page))\" data-version=\"\(version)\"></script>"
        if let end = html.range(of: "</body>", options: .backwards) {
            html.insert(contentsOf: tag + "\n", at: end.lowerBound)
        } else {
            html += tag
        }
        return html
    }

    /// A page that shows why the book cannot be rendered.
    static func errorPage(_ message: String, page: String, version: Int) -> String {
        injectingReload(
            """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            \(PageTemplate.contentSecurityPolicyMeta)
            <title>Cannot render the book</title>
            <link rel="stylesheet" href="style.css">
            </head>
            <body>
            <main class="content">
            <h1>Cannot render the book</h1>
            <pre class="cell-error">\(HTML.escape(message))</pre>
            <p>The page reloads when the problem is fixed.</p>
            </main>
            </body>
            </html>
            """, page: page, version: version)
    }

    /// The preview's script: waits for the server to say the page changed, then reloads it.
    static let reloadScript = """
        // handson serve: reloads this page when its chapter changes.
        (function () {
          var script = document.currentScript;
          var page = script.dataset.page, version = script.dataset.version;
          function wait() {
            fetch("\(prefix)wait?page=" + encodeURIComponent(page) + "&v=" + version, { cache: "no-store" })
              .then(function (response) { return response.text(); })
              .then(function (answer) { if (answer === "reload") location.reload(); else wait(); })
              .catch(function () { setTimeout(wait, 1000); });
          }
          wait();
        })();

        """
}

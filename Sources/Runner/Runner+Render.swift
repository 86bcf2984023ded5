import CellLanguage
import Diagnostics
import Foundation
import HTMLRendering
import Notebook

extension Runner {
    /// Runs and renders the book's chapters to `outputDirectory`.
    ///
    /// The book's configuration (`book.yml`) gives the title and the chapters' order and
    /// parts. A chapter whose inputs did not change since its last run is not run again: its
    /// results come from the cache (`force` runs every chapter). Each chapter's page is written
    /// as soon as the chapter is done; the index, the print edition and the stylesheet last.
    /// Pages of failing chapters are written too (with their errors shown), and no other page
    /// is touched.
    ///
    /// `paths` naming some chapters only renders those; the index and the print edition still
    /// list every chapter of the book (every chapter in the folders of the files named), the
    /// others with their cached results, or noted as not rendered yet or out of date — they
    /// are never run. A render of the whole book also removes the pages and figures it wrote
    /// earlier for chapters no longer in the book (only files it wrote, still as it wrote them),
    /// with a note for each such chapter; a render of some chapters removes nothing.
    public func render(_ paths: [String], outputDirectory: String, force: Bool = false) -> ExitCode
    {
        guard let given = resolve(paths) else { return .usage }
        let (files, requestedFiles) = Self.bookFiles(around: given)
        let partial = requestedFiles.count < files.count
        let book: Book
        switch loadBook(files: files) {
        case .success(let b): book = b
        case .failure(let problem):
            output(problem.description)
            return .usage
        }
        let (configurationFile, layout, template, renderer) =
            (book.configurationFile, book.layout, book.template, book.renderer)
        let out = URL(fileURLWithPath: outputDirectory)
        let cache = ChapterCache(outputDirectory: outputDirectory)
        // The chapters asked for, in the order they run: the book's order among them.
        let order = BookLayout(
            files: requestedFiles, configuration: book.configuration,
            configurationFile: configurationFile
        ).chapters.compactMap { entry in layout.chapters.firstIndex { $0.file == entry.file } }
        let requested = Set(order)

        // Parse every chapter first: pages link to each other by title.
        var parsed: [ChapterParser.Result?] = []
        var pages: [ChapterPage] = []
        var reports: [ChapterReport] = []
        for entry in layout.chapters {
            var report = ChapterReport(file: entry.file)
            let fileName = ChapterFiles.pageName(for: entry.file)
            do {
                let result = try ChapterParser().parse(
                    contentsOf: URL(fileURLWithPath: entry.file), file: entry.file)
                parsed.append(result)
                report.chapter = result.chapter
                pages.append(
                    ChapterPage(
                        chapter: result.chapter, outcomes: [:], problems: [], fileName: fileName,
                        part: entry.part))
            } catch {
                report.problems = [Self.unreadableMessage(error, file: entry.file)]
                report.unreadable = true
                report.checks.append(
                    Check(
                        kind: .structure, name: entry.file, passed: false,
                        message: report.problems[0]))
                parsed.append(nil)
                // An unreadable chapter still gets a page that shows why.
                let title = (fileName as NSString).deletingPathExtension
                let empty = Chapter(
                    file: entry.file, text: "", title: title, blocks: [], footnotes: [])
                pages.append(
                    ChapterPage(
                        chapter: empty, outcomes: [:], problems: report.problems,
                        fileName: fileName, part: entry.part))
            }
            reports.append(report)
        }

        let chapterRunner = self.chapterRunner(outputDirectory: outputDirectory)
        let options =
            ["cell-timeout \(cellTimeout)", "step-limit \(stepLimit.map(String.init) ?? "none")"]
            + allowedPaths.map { "allow-path \($0)" }
        // Every chapter's cache entry, when still valid (those of chapters to run again with
        // `force` are not looked up).
        var entries: [ChapterCache.Entry?] = Array(repeating: nil, count: pages.count)
        var keys: [String?] = Array(repeating: nil, count: pages.count)
        for i in pages.indices {
            guard let result = parsed[i] else { continue }
            let key = ChapterCache.renderKey(text: result.chapter.text, options: options)
            keys[i] = key
            if force && requested.contains(i) { continue }
            switch cache.lookup(pages[i].stem, key: key) {
            case .hit(let e): entries[i] = e
            case .miss: break
            case .discarded(let why): output("note: \(why)")
            }
        }
        // Nothing changed since the last render of the whole book (every chapter's entry still
        // valid, the same book, template and tool, every page still there): the site on disk is
        // this render's.
        let siteFile = cache.directory.appendingPathComponent("site.key")
        var site = StableHash()
        site.add(ChapterCache.executableStamp())
        site.add(
            configurationFile.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? "")
        site.add(template.html)
        for i in pages.indices {
            site.add(pages[i].fileName)
            if let key = keys[i] { site.add(key) }
        }
        let outputs = pages.map(\.fileName) + ["index.html", "print.html", "style.css"]
        if !force, entries.allSatisfy({ $0 != nil }),
            (try? String(contentsOf: siteFile, encoding: .utf8)) == site.hex,
            outputs.allSatisfy({
                FileManager.default.fileExists(atPath: out.appendingPathComponent($0).path)
            })
        {
            for i in order {
                guard let entry = entries[i] else { continue }
                reports[i].checks = entry.checks
                reports[i].problems = entry.problems
                reports[i].duration = entry.duration
                output(summaryLine(reports[i]) + " cached")
            }
            output(
                "nothing changed: the \(pages.count) pages in \(outputDirectory)/ are up to date"
                    + " (--force runs the chapters again)")
            return order.contains { reports[$0].failed > 0 } ? .failure : .success
        }
        try? FileManager.default.removeItem(at: siteFile)

        // The chapters not asked for: their cached results, or why there are none.
        for i in pages.indices where !requested.contains(i) {
            let exists = FileManager.default.fileExists(
                atPath: out.appendingPathComponent(pages[i].fileName).path)
            pages[i].hasPage = exists
            if let result = parsed[i], let entry = entries[i] {
                pages[i].outcomes = entry.outcomes
                pages[i].problems = entry.problems
                pages[i].status = Self.status(of: result.chapter, entry: entry, cached: true)
                if !exists { pages[i].note = "not rendered yet" }
            } else {
                pages[i].note = exists ? "out of date" : "not rendered yet"
            }
        }

        var manifest = OutputManifest.load(from: cache.directory)
        var writtenFiles: [String: Set<String>] = [:]
        var written = 0
        var cachedCount = 0
        var ranAny = false
        var renderProblems: [Diagnostic] = []
        for i in order {
            if let result = parsed[i], let key = keys[i] {
                let chapter = result.chapter
                // Looked up again once a chapter has run: it may have changed what this one read.
                var entry: ChapterCache.Entry? = force ? nil : entries[i]
                if !force, ranAny {
                    entry = nil
                    switch cache.lookup(pages[i].stem, key: key) {
                    case .hit(let e): entry = e
                    case .miss: break
                    case .discarded(let why): output("note: \(why)")
                    }
                }
                let cached = entry != nil
                if entry == nil {
                    ranAny = true
                    let start = DispatchTime.now()
                    var report = reports[i]
                    chapterRunner.run(result, into: &report)
                    report.duration =
                        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
                    let formatter = DiagnosticFormatter(sources: [chapter.sourceText])
                    let fresh = ChapterCache.Entry(
                        format: ChapterCache.format, key: key,
                        outcomes: report.results.mapValues {
                            Self.outcome($0, formatter: formatter)
                        },
                        checks: report.checks, problems: report.problems, duration: report.duration,
                        cellsRun: report.results.count,
                        reads: ChapterCache.reads(report.filesRead, excluding: [outputDirectory]))
                    cache.store(fresh, for: pages[i].stem)
                    entry = fresh
                }
                guard let entry else { continue }
                if cached { cachedCount += 1 }
                reports[i].checks = entry.checks
                reports[i].problems = entry.problems
                reports[i].duration = entry.duration
                pages[i].outcomes = entry.outcomes
                pages[i].problems = entry.problems
                pages[i].status = Self.status(of: chapter, entry: entry, cached: cached)
            }
            let page = renderer.renderChapter(at: i, of: pages)
            let formatter = DiagnosticFormatter(sources: [pages[i].chapter.sourceText])
            for problem in page.problems { output(formatter.format(problem)) }
            renderProblems += page.problems
            let files = page.figures.merging([pages[i].fileName: page.html]) { a, _ in a }
            // Listed before they are written, so that no file is written unlisted.
            manifest.record(files, for: pages[i].stem)
            manifest.save(to: cache.directory)
            do {
                try AtomicWriter.write(page.html, to: out.appendingPathComponent(pages[i].fileName))
                for (name, svg) in page.figures.sorted(by: { $0.key < $1.key }) {
                    try AtomicWriter.write(svg, to: out.appendingPathComponent(name))
                }
                written += 1 + page.figures.count
                writtenFiles[pages[i].stem] = Set(files.keys)
            } catch {
                output("error: cannot write to '\(outputDirectory)': \(error.localizedDescription)")
                return .usage
            }
            output(summaryLine(reports[i]) + (pages[i].status?.cached == true ? " cached" : ""))
            for c in reports[i].checks where !c.passed && c.kind == .structure {
                output(c.message ?? "")
            }
        }
        do {
            let rest = [
                ("index.html", renderer.renderIndex(pages)),
                ("print.html", renderer.renderPrint(pages)),
                ("style.css", SiteRenderer.stylesheet),
            ]
            for (name, content) in rest {
                try AtomicWriter.write(content, to: out.appendingPathComponent(name))
            }
            written += rest.count
        } catch {
            output("error: cannot write to '\(outputDirectory)': \(error.localizedDescription)")
            return .usage
        }
        // The whole book was rendered: what earlier renders wrote for chapters that are gone,
        // and figures chapters no longer draw, go (only files this tool wrote and nobody changed).
        if !partial {
            for removal in manifest.prune(keeping: writtenFiles, in: out) {
                let pageName = removal.chapter + ".html"
                let figures = removal.files.filter { $0 != pageName }.count
                let what =
                    (removal.files.contains(pageName) ? [pageName] : [])
                    + (figures > 0 ? ["\(figures) figure\(figures == 1 ? "" : "s")"] : [])
                note(
                    "note: removed \(what.joined(separator: " and ")) from \(outputDirectory)/: "
                        + "chapter '\(removal.chapter)' is no longer in the book")
            }
            manifest.save(to: cache.directory)
            cache.removeEntries(except: Set(pages.map(\.stem)))
        }
        // The next render may skip everything if nothing changes (only a clean, complete render).
        if !partial, !reports.contains(where: \.unreadable), renderProblems.isEmpty {
            try? AtomicWriter.write(site.hex, to: siteFile)
        }
        output(
            "wrote \(written) files to \(outputDirectory)/"
                + (cachedCount > 0
                    ? " (\(cachedCount) of \(order.count) chapters from the cache; --force runs them again)"
                    : "")
                + (partial
                    ? "; the contents list all \(pages.count) chapters of the book" : ""))
        if order.contains(where: { reports[$0].unreadable }) { return .usage }
        let renderErrors = renderProblems.contains { $0.severity == .error }
        return order.contains { reports[$0].failed > 0 } || renderErrors ? .failure : .success
    }

    /// The book around the chapter files `given` (in the order given): every chapter in their
    /// folders, then any file given that its folder does not list (a name starting with `_`),
    /// each spelled as given when it was; and the files given, once each.
    static func bookFiles(around given: [String]) -> (book: [String], requested: [String]) {
        func identity(_ path: String) -> String {
            URL(fileURLWithPath: path).standardizedFileURL.path
        }
        var requested: [String] = []
        var spelling: [String: String] = [:]
        for file in given where spelling[identity(file)] == nil {
            spelling[identity(file)] = file
            requested.append(file)
        }
        var book: [String] = []
        var seen = Set<String>()
        var folders = Set<String>()
        for file in requested {
            let folder = (file as NSString).deletingLastPathComponent
            guard folders.insert(identity(folder.isEmpty ? "." : folder)).inserted else {
                continue
            }
            let listed = (try? ChapterFiles.resolve([folder.isEmpty ? "." : folder])) ?? []
            for path in listed where seen.insert(identity(path)).inserted {
                book.append(spelling[identity(path)] ?? path)
            }
        }
        for file in requested where seen.insert(identity(file)).inserted {
            book.append(file)
        }
        return (book, requested)
    }

    /// What pages are made from, besides the chapters: the configuration (`book.yml` beside
    /// the chapters, or the defaults), the chapters' order and parts, and the page template.
    struct Book {
        var configurationFile: String?
        var configuration: BookConfiguration
        var layout: BookLayout
        var template: PageTemplate
        var renderer: SiteRenderer
    }

    /// The book around the chapter `files` (not empty), or the located message of what is wrong
    /// with its configuration or template. `render` and the preview both start here.
    func loadBook(files: [String]) -> Result<Book, TemplateProblem> {
        let folder = (files[0] as NSString).deletingLastPathComponent
        let configurationFile = BookConfiguration.find(forChaptersIn: folder)
        let configuration: BookConfiguration
        do {
            configuration =
                try configurationFile.map { try BookConfiguration.load(path: $0) }
                ?? .defaults(forFolder: folder.isEmpty ? "." : folder)
        } catch {
            return .failure(TemplateProblem("\(error)"))
        }
        let layout = BookLayout(
            files: files, configuration: configuration, configurationFile: configurationFile)
        if !layout.problems.isEmpty {
            let source = configurationFile.flatMap { path in
                (try? String(contentsOfFile: path, encoding: .utf8)).map {
                    SourceText(file: path, text: $0)
                }
            }
            return .failure(
                TemplateProblem(
                    DiagnosticFormatter(sources: source.map { [$0] } ?? []).format(layout.problems))
            )
        }
        switch loadTemplate(folder: folder) {
        case .success(let template):
            return .success(
                Book(
                    configurationFile: configurationFile, configuration: configuration,
                    layout: layout, template: template,
                    renderer: SiteRenderer(book: configuration.metadata, template: template)))
        case .failure(let problem): return .failure(problem)
        }
    }

    /// The page template: `_template.html` in the chapters' folder, else the built-in one.
    func loadTemplate(folder: String) -> Result<PageTemplate, TemplateProblem> {
        let path = ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(
            "_template.html")
        guard FileManager.default.fileExists(atPath: path) else { return .success(.builtIn) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(TemplateProblem("\(path):1:1: error: cannot read the page template"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(
                TemplateProblem("\(path):1:1: error: the page template is not UTF-8 text"))
        }
        if let missing = PageTemplate.missingPlaceholder(in: text) {
            return .failure(
                TemplateProblem(
                    "\(path):1:1: error: the page template has no {{\(missing)}} placeholder"))
        }
        return .success(PageTemplate(html: text))
    }

    /// A problem with the book's configuration or template, as its located message.
    struct TemplateProblem: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// A chapter's status from its checks.
    static func status(of chapter: Chapter, entry: ChapterCache.Entry, cached: Bool)
        -> ChapterStatus
    {
        let expectations = entry.checks.filter { $0.kind == .expectation || $0.kind == .output }
        let failed = entry.checks.filter { !$0.passed }
        var firstFailure: (anchor: String, name: String)?
        if let first = failed.first(where: { $0.cell != nil }), let index = first.cell,
            let cell = chapter.cells.first(where: { $0.index == index })
        {
            firstFailure = (ChapterPage.anchor(for: cell), cell.displayName)
        }
        return ChapterStatus(
            cellsRun: entry.cellsRun, cells: chapter.cells.filter { !$0.options.norun }.count,
            expectationsMet: expectations.filter(\.passed).count, expectations: expectations.count,
            failures: failed.count, duration: entry.duration, firstFailure: firstFailure,
            cached: cached)
    }

    static func unreadableMessage(_ error: Error, file: String) -> String {
        if let bad = error as? ChapterDecoder.Unreadable {
            return DiagnosticFormatter(sources: [SourceText(file: file, text: bad.text)]).format(
                bad.diagnostic)
        }
        return "\(file): error: cannot read the chapter: \(error.localizedDescription)"
    }
}

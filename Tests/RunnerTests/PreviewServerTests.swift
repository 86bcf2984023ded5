import Foundation
import Testing

@testable import Runner

/// `handson serve`: renders the book, reloads a page after an edit (running only the changed
/// cells), survives broken chapters and books, and answers only loopback names.
@Suite(.serialized) struct PreviewServerTests {
    let folder: URL
    let chapters: URL
    let output: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "handson-\(UUID().uuidString)")
        chapters = folder.appendingPathComponent("chapters")
        output = folder.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: chapters, withIntermediateDirectories: true)
        try write(
            "01-first.md", "# First\n\n```swift\nlet a = 20\n```\n\n```swift\nprint(a + 1)\n```\n")
        try write("02-second.md", "# Second\n\n```swift\nprint(\"second\")\n```\n")
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: chapters.appendingPathComponent(name), options: .atomic)
    }

    final class Log: @unchecked Sendable {
        let lock = NSLock()
        var lines: [String] = []
        func add(_ s: String) { lock.withLock { lines.append(s) } }
        var text: String { lock.withLock { lines.joined(separator: "\n") } }
    }

    func start(_ log: Log) async throws -> (PreviewServer, UInt16) {
        let runner = Runner(cellTimeout: 30) { log.add($0) }
        let server = PreviewServer(
            paths: [chapters.path], runner: runner, outputDirectory: output.path,
            host: "127.0.0.1", port: 0, verbose: true)
        return (server, try await server.start())
    }

    func version(_ page: String, port: UInt16) -> Int {
        let html = HTTPGet.get("/\(page)", port: port)?.body ?? ""
        guard let r = html.range(of: #"data-version="(\d+)""#, options: .regularExpression) else {
            return -1
        }
        return Int(html[r].filter(\.isNumber)) ?? -1
    }

    /// Waits (up to 10 s) for the server to say the page changed.
    func waitForReload(_ page: String, from version: Int, port: UInt16) -> Bool {
        HTTPGet.get("/.handson/wait?page=\(page)&v=\(version)", port: port)?.body == "reload"
    }

    @Test func rendersAndReloadsAfterAnEditRunningOnlyTheChangedCell() async throws {
        let log = Log()
        let (server, port) = try await start(log)
        defer { Task { await server.stop() } }
        let page = try #require(HTTPGet.get("/01-first.html", port: port))
        #expect(page.status == 200)
        #expect(page.body.contains("21"))
        #expect(page.body.contains(#"<script src="/.handson/reload.js""#))
        #expect(HTTPGet.get("/", port: port)?.body.contains("Second") == true)
        #expect(
            HTTPGet.get("/.handson/reload.js", port: port)?.body.contains("location.reload") == true
        )

        let before = version("01-first.html", port: port)
        let other = version("02-second.html", port: port)
        try write(
            "01-first.md", "# First\n\n```swift\nlet a = 20\n```\n\n```swift\nprint(a + 2)\n```\n")
        #expect(waitForReload("01-first.html", from: before, port: port))
        #expect(HTTPGet.get("/01-first.html", port: port)?.body.contains("22") == true)
        #expect(version("02-second.html", port: port) == other, "an unchanged page does not reload")
        #expect(log.text.contains("ran cell 2, reused 1"), "\(log.text)")

        // The script is the preview's alone: nothing is written to the output folder.
        let written = (try? FileManager.default.subpathsOfDirectory(atPath: output.path)) ?? []
        #expect(!written.contains { $0.hasSuffix(".js") || $0.hasSuffix(".html") }, "\(written)")
    }

    @Test func survivesABrokenChapterAndABrokenBook() async throws {
        let log = Log()
        let (server, port) = try await start(log)
        defer { Task { await server.stop() } }
        var v = version("01-first.html", port: port)
        try write(
            "01-first.md", "# First\n\n```swift\nlet a = = 20\n```\n\n```swift\nprint(a +\n```\n")
        #expect(waitForReload("01-first.html", from: v, port: port))
        let broken = try #require(HTTPGet.get("/01-first.html", port: port))
        #expect(broken.status == 200)
        #expect(broken.body.contains("error"), "the error is shown in the page")

        v = version("01-first.html", port: port)
        try Data([0x23, 0x20, 0xFF, 0xFE, 0x0A]).write(
            to: chapters.appendingPathComponent("01-first.md"))
        #expect(waitForReload("01-first.html", from: v, port: port))
        #expect(HTTPGet.get("/01-first.html", port: port)?.body.contains("UTF-8") == true)

        v = version("02-second.html", port: port)
        try Data("chapters: [: nope".utf8).write(to: chapters.appendingPathComponent("book.yml"))
        #expect(waitForReload("02-second.html", from: v, port: port))
        let bookError = try #require(HTTPGet.get("/02-second.html", port: port))
        #expect(bookError.body.contains("Cannot render the book"))
        #expect(bookError.body.contains("book.yml"))

        v = version("02-second.html", port: port)
        try FileManager.default.removeItem(at: chapters.appendingPathComponent("book.yml"))
        try write("01-first.md", "# First\n\n```swift\nprint(\"fixed\")\n```\n")
        #expect(waitForReload("02-second.html", from: v, port: port))
        // The two edits may be seen by two rebuilds: wait (up to 10 s) for the page to show the
        // second one.
        var fixed = false
        for _ in 0..<100 where !fixed {
            fixed = HTTPGet.get("/01-first.html", port: port)?.body.contains("fixed") == true
            if !fixed { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(fixed)
    }

    @Test func answersOnlyLoopbackNames() async throws {
        let (server, port) = try await start(Log())
        defer { Task { await server.stop() } }
        #expect(HTTPGet.get("/", port: port, host: "localhost:\(port)")?.status == 200)
        #expect(HTTPGet.get("/", port: port, host: "127.0.0.1:\(port)")?.status == 200)
        #expect(HTTPGet.get("/", port: port, host: "evil.example:\(port)")?.status == 403)
        #expect(HTTPGet.get("/../etc/passwd", port: port)?.status == 404)
        for address in HTTPGet.otherAddresses() {
            #expect(HTTPGet.connect(address, port) == nil, "bound to loopback only, not \(address)")
        }
    }

    @Test func badHostsAreRefused() async throws {
        let runner = Runner(cellTimeout: 30) { _ in }
        let server = PreviewServer(
            paths: [chapters.path], runner: runner, outputDirectory: output.path,
            host: "not-an-address", port: 0, verbose: false)
        await #expect(throws: PreviewServer.Failure.self) { _ = try await server.start() }
    }
}

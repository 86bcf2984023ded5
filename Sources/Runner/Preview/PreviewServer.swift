import FlyingFox
import FlyingSocks
import Foundation

/// `handson serve`: serves a ``PreviewSite`` over HTTP on one address (loopback unless the user
/// names another host), watches the book's files, and rebuilds the site when they change.
///
/// Bound to loopback, it answers only requests addressed to a loopback name (`localhost`,
/// `127.0.0.1`), so a web page elsewhere cannot read the book through a DNS name that points
/// at this machine.
public final class PreviewServer: @unchecked Sendable {
    let site: PreviewSite
    let host: String
    let requestedPort: UInt16
    let log: (String) -> Void
    private var server: HTTPServer?
    private var task: Task<Void, any Error>?
    private var watching = true
    private let stateLock = NSLock()
    /// How often the watcher looks at the book's files.
    static let pollInterval = 0.05

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// A server for the chapters at `paths` on `host:port` (port 0: any free port).
    public init(
        paths: [String], runner: Runner, outputDirectory: String, host: String, port: UInt16,
        verbose: Bool
    ) {
        site = PreviewSite(
            paths: paths, runner: runner, outputDirectory: outputDirectory, verbose: verbose)
        self.host = host
        requestedPort = port
        log = runner.output
    }

    /// Whether `host` is an IPv4 loopback address.
    static func isLoopback(_ host: String) -> Bool { host.hasPrefix("127.") }

    /// Builds the site, starts listening and watching; returns the port it listens on.
    public func start() async throws -> UInt16 {
        // Taken before the first build, so an edit made while it runs is seen.
        let initial = stamp()
        for line in site.build() { log(line) }
        let address: sockaddr_in
        do {
            address = try .inet(ip4: host, port: requestedPort)
        } catch {
            throw Failure(description: "error: --host must be an IPv4 address, not '\(host)'")
        }
        let server = HTTPServer(address: address, timeout: 60, logger: .disabled)
        await server.appendRoute(HTTPRoute("GET \(PreviewSite.prefix)wait")) { [self] request in
            await self.waitForChange(request)
        }
        await server.appendRoute("GET *") { [self] request in
            self.respond(to: request, port: await server.listeningPort)
        }
        await server.appendRoute("HEAD *") { [self] request in
            var response = self.respond(to: request, port: await server.listeningPort)
            response.headers[.contentLength] = nil
            return response
        }
        let task = Task { try await server.run() }
        do {
            // Binding takes microseconds, but the server's task may wait for a thread of the
            // cooperative pool on a busy machine (2 threads on 2 cores), so the bound is wide.
            try await server.waitUntilListening(timeout: 60)
        } catch {
            task.cancel()
            let reason = (try? await task.value).map { _ in "\(error)" } ?? "\(error)"
            throw Failure(
                description:
                    "error: cannot listen on \(host):\(requestedPort): \(reason)")
        }
        stateLock.withLock {
            self.server = server
            self.task = task
        }
        startWatching(from: initial)
        return await server.listeningPort ?? requestedPort
    }

    /// Stops serving and watching.
    public func stop() async {
        let (server, task) = stateLock.withLock {
            watching = false
            return (self.server, self.task)
        }
        await server?.stop(timeout: 1)
        task?.cancel()
    }

    // MARK: - Requests

    func respond(to request: HTTPRequest, port: UInt16?) -> HTTPResponse {
        if Self.isLoopback(host), !Self.isLoopbackName(request.headers[.host]) {
            return text(
                .forbidden,
                "This preview answers only requests to localhost or 127.0.0.1.\n")
        }
        var name = request.path.removingPercentEncoding ?? request.path
        if name.hasPrefix("/") { name.removeFirst() }
        if name.isEmpty { name = "index.html" }
        if "/" + name == PreviewSite.prefix + "reload.js" {
            return HTTPResponse(
                statusCode: .ok, headers: headers("text/javascript; charset=utf-8"),
                body: Data(PreviewSite.reloadScript.utf8))
        }
        guard !name.contains(".."), let (data, version) = site.file(name) else {
            return text(.notFound, "No page '\(name)' in this book.\n")
        }
        if name.hasSuffix(".html") {
            let html = PreviewSite.injectingReload(
                String(decoding: data, as: UTF8.self), page: name, version: version)
            return HTTPResponse(
                statusCode: .ok, headers: headers("text/html; charset=utf-8"),
                body: Data(html.utf8))
        }
        return HTTPResponse(statusCode: .ok, headers: headers(Self.contentType(name)), body: data)
    }

    /// Answers `reload` as soon as the page's version differs from the one the page has, or
    /// `wait` after 25 s (the script then asks again).
    func waitForChange(_ request: HTTPRequest) async -> HTTPResponse {
        if Self.isLoopback(host), !Self.isLoopbackName(request.headers[.host]) {
            return text(.forbidden, "forbidden\n")
        }
        let page = request.query.first { $0.name == "page" }?.value ?? ""
        let seen = Int(request.query.first { $0.name == "v" }?.value ?? "") ?? -1
        let deadline = Date().addingTimeInterval(25)
        while Date() < deadline {
            if site.version(of: page) != seen { return text(.ok, "reload") }
            try? await Task.sleep(nanoseconds: 20_000_000)
            if Task.isCancelled { break }
        }
        return text(.ok, "wait")
    }

    func headers(_ contentType: String) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers[.contentType] = contentType
        headers[HTTPHeader("Cache-Control")] = "no-store"
        return headers
    }

    func text(_ status: HTTPStatusCode, _ body: String) -> HTTPResponse {
        HTTPResponse(
            statusCode: status, headers: headers("text/plain; charset=utf-8"), body: Data(body.utf8)
        )
    }

    static func contentType(_ name: String) -> String {
        switch (name as NSString).pathExtension {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "js": return "text/javascript; charset=utf-8"
        default: return "application/octet-stream"
        }
    }

    /// Whether a `Host` header names this machine's loopback (`localhost:8000`, `127.0.0.1`).
    static func isLoopbackName(_ header: String?) -> Bool {
        guard var host = header?.lowercased() else { return false }
        if host.hasPrefix("[") {
            return host.hasPrefix("[::1]")
        }
        if let colon = host.lastIndex(of: ":") { host = String(host[..<colon]) }
        return host == "localhost" || host.hasPrefix("127.")
    }

    // MARK: - Watching

    /// Looks at the book's files every ``pollInterval`` seconds and rebuilds when they change.
    func startWatching(from initial: String) {
        let thread = Thread { [self] in
            var stamp = initial
            while true {
                Thread.sleep(forTimeInterval: Self.pollInterval)
                let go = stateLock.withLock { watching }
                guard go else { return }
                let now = self.stamp()
                guard now != stamp else { continue }
                stamp = now
                for line in site.build() { log(line) }
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The names, sizes and modification times of the chapters and the files beside them
    /// (data, `book.yml`, the page template), without the output folder.
    func stamp() -> String {
        var folders: [String] = []
        for path in site.paths.isEmpty ? ["chapters"] : site.paths {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            let isFolderPath = exists && isFolder.boolValue
            folders.append(isFolderPath ? path : (path as NSString).deletingLastPathComponent)
        }
        let output = URL(fileURLWithPath: site.outputDirectory).standardizedFileURL.path
        var lines: [String] = []
        for folder in Set(folders).sorted() {
            let root = folder.isEmpty ? "." : folder
            guard let enumerator = FileManager.default.enumerator(atPath: root) else { continue }
            while let name = enumerator.nextObject() as? String {
                let path = (root as NSString).appendingPathComponent(name)
                if (name as NSString).lastPathComponent.hasPrefix(".")
                    || URL(fileURLWithPath: path).standardizedFileURL.path == output
                {
                    enumerator.skipDescendants()
                    continue
                }
                let attributes = enumerator.fileAttributes ?? [:]
                let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
                let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                lines.append("\(path) \(size) \(time)")
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension HTTPServer {
    /// The port the server listens on.
    var listeningPort: UInt16? {
        if case .ip4(_, let port)? = listeningAddress { return port }
        if case .ip6(_, let port)? = listeningAddress { return port }
        return nil
    }
}

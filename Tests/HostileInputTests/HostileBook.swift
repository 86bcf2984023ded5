import Foundation
import Testing

/// A throw-away book in a temporary folder, run through the built `handson` executable the way a
/// user runs it, so a hostile case is judged by what users see: the message, its location, the
/// exit code, the pages written, and that nothing was written outside `output/` and the scratch
/// folder.
struct HostileBook {
    let root: URL
    var chapters: URL { root.appendingPathComponent("chapters") }
    var output: URL { root.appendingPathComponent("output") }

    /// A book holding `files` (paths relative to `chapters/`, contents as bytes).
    init(_ files: [String: Data]) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("handson-hostile-\(UUID().uuidString)")
        for (path, data) in files {
            let url = chapters.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
    }

    /// A book of text chapters.
    init(texts: [String: String]) throws {
        try self.init(texts.mapValues { Data($0.utf8) })
    }

    /// The built `handson` executable (the test bundle sits beside it).
    static var binary: URL {
        var url = Bundle.main.bundleURL
        while url.pathComponents.count > 1
            && !FileManager.default.fileExists(atPath: url.appendingPathComponent("handson").path)
        {
            url = url.deletingLastPathComponent()
        }
        return url.appendingPathComponent("handson")
    }

    /// Runs `handson` with `arguments` in the book's folder; stdout and stderr together. A run
    /// that takes longer than `timeLimit` seconds is a hang: it is killed and reported with
    /// status -1.
    func run(_ arguments: [String], timeLimit: Double = 300) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit, execute: watchdog)
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        let output = String(decoding: data, as: UTF8.self)
        if process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGTERM {
            return (-1, output + "\n[killed after \(Int(timeLimit)) s: the run hung]")
        }
        return (process.terminationStatus, output)
    }

    /// Every file under the book's folder, relative to it.
    func files() -> Set<String> {
        var out: Set<String> = []
        let base = root.standardizedFileURL.resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return out }
        while let path = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                out.insert(path)
            }
        }
        return out
    }

    /// The files written by a run: those that are new, outside `chapters/`, and outside
    /// `output/` (where pages and the per-run scratch folder live).
    func strayFiles(before: Set<String>) -> [String] {
        files().subtracting(before).filter {
            !$0.hasPrefix("output/") && !$0.hasPrefix("chapters/")
        }
        .sorted()
    }

    /// The text of a rendered page, if it was written.
    func page(_ name: String) -> String? {
        try? String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

import Foundation
import Testing

/// Reference-snapshot comparison for rendered pages.
///
/// A reviewed file `__Snapshots__/<name>` holds the expected bytes. Any difference fails
/// the test with the first differing line and the path of the actual output. Set
/// `HANDSON_RECORD_SNAPSHOTS=1` to (re)write the references, then review them (open them in
/// a browser) before committing.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")

    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["HANDSON_RECORD_SNAPSHOTS"] == "1"
    }

    static func assertMatches(
        _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let url = directory.appendingPathComponent(name)
        if isRecording {
            do {
                try FileManager.default.createDirectory(
                    at: directory, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url, options: .atomic)
            } catch {
                Issue.record(
                    "Could not record snapshot \(url.path): \(error)",
                    sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            let message =
                "No reference snapshot at \(url.path). Review the page, then record it with "
                + "HANDSON_RECORD_SNAPSHOTS=1 swift test --filter HTMLRenderingTests"
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let failed = FileManager.default.temporaryDirectory
            .appendingPathComponent("handson-snapshot-failures")
        try? FileManager.default.createDirectory(at: failed, withIntermediateDirectories: true)
        let actualURL = failed.appendingPathComponent(name)
        try? Data(actual.utf8).write(to: actualURL)
        let message =
            "Snapshot “\(name)” differs from \(url.lastPathComponent). "
            + firstDifference(expected, actual)
            + "Actual output: \(actualURL.path). If the change is intended, review it and "
            + "re-record with HANDSON_RECORD_SNAPSHOTS=1."
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }

    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let lhs = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let rhs = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(lhs.count, rhs.count) {
            let a = index < lhs.count ? String(lhs[index]) : "<end of file>"
            let b = index < rhs.count ? String(rhs[index]) : "<end of file>"
            if a != b {
                return
                    "First difference at line \(index + 1):\n"
                    + "  expected: \(a.prefix(200))\n  actual:   \(b.prefix(200))\n"
            }
        }
        return ""
    }
}

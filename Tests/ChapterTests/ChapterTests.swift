import Foundation
import Runner
import Testing

/// Every chapter of the tutorial runs as a test: it fails when any cell, `output` block or
/// `#expect` of the chapter fails.
@Suite struct ChapterTests {
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var chapters: [String] {
        let folder = root.appendingPathComponent("chapters").path
        return ((try? ChapterFiles.resolve([folder])) ?? []).map { ($0 as NSString).lastPathComponent }
    }

    @Test func thereAreChapters() {
        #expect(!Self.chapters.isEmpty)
    }

    @Test(arguments: chapters)
    func chapter(_ name: String) {
        let url = Self.root.appendingPathComponent("chapters").appendingPathComponent(name)
        let report = ChapterRunner().run(url: url, file: "chapters/\(name)")
        #expect(report.chapter != nil)
        #expect(report.checks.count > 0)
        for check in report.checks where !check.passed {
            Issue.record("\(check.message ?? check.name)")
        }
    }
}

import Diagnostics
import Foundation
import Testing

@testable import CellLanguage

/// Runs every program of `Programs/` as a one-cell chapter and compares its output with what
/// the same program printed when compiled by `swiftc` (`NAME.expected`).
@Suite struct ProgramTests {
    static var programURLs: [URL] {
        let folder = Bundle.module.resourceURL?.appendingPathComponent("Programs")
        let names =
            folder.flatMap { try? FileManager.default.contentsOfDirectory(atPath: $0.path) } ?? []
        return names.filter { $0.hasSuffix(".swift") }.sorted().compactMap {
            folder?.appendingPathComponent($0)
        }
    }

    @Test func programsExist() {
        #expect(!Self.programURLs.isEmpty)
    }

    @Test(arguments: programURLs)
    func programPrintsWhatSwiftcsBuildPrints(_ url: URL) throws {
        let source = try String(contentsOf: url, encoding: .utf8)
        let expected = try String(
            contentsOf: url.deletingPathExtension().appendingPathExtension("expected"),
            encoding: .utf8)
        let file = url.lastPathComponent
        let session = Session(timeLimit: 20)
        let result = session.run(source) { SourceLocation(file: file, line: $0, column: $1) }
        #expect(result.error == nil, "\(file): \(result.error?.description ?? "")")
        #expect(result.stdout == expected)
    }
}

import Diagnostics
import Foundation
import Testing
@testable import CellLanguage

/// Runs every file of `Fixtures/`. A fixture is split into cells at `// ---` lines; the cells run
/// in one session. `// expect: TEXT` lines give, in order, the lines a cell prints;
/// `// expect error: MESSAGE` on a line says the cell fails with an error located on that line
/// whose message contains MESSAGE; `// expect error:COLUMN: MESSAGE` also checks the column.
@Suite struct FixtureTests {
    struct Section {
        var firstLine: Int
        var source: String
        var expectedOutput: [String]
        var expectedErrors: [(line: Int, column: Int?, message: String)]
    }

    static func sections(of text: String) -> [Section] {
        var out: [Section] = []
        var current = Section(firstLine: 1, source: "", expectedOutput: [], expectedErrors: [])
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = i + 1
            if line.trimmingCharacters(in: .whitespaces) == "// ---" {
                out.append(current)
                current = Section(firstLine: number + 1, source: "", expectedOutput: [], expectedErrors: [])
                continue
            }
            current.source += line + "\n"
            if let r = line.range(of: "// expect error:") {
                var rest = line[r.upperBound...]
                var column: Int?
                if let colon = rest.firstIndex(of: ":"), let c = Int(rest[..<colon]) {
                    column = c
                    rest = rest[rest.index(after: colon)...]
                }
                current.expectedErrors.append((number, column, String(rest.drop(while: { $0 == " " }))))
            } else if let r = line.range(of: "// expect: ") {
                current.expectedOutput.append(String(line[r.upperBound...]))
            }
        }
        out.append(current)
        return out
    }

    static var fixtureURLs: [URL] {
        let folder = Bundle.module.resourceURL?.appendingPathComponent("Fixtures")
        let names = folder.flatMap { try? FileManager.default.contentsOfDirectory(atPath: $0.path) } ?? []
        return names.filter { $0.hasSuffix(".swift") }.sorted().compactMap { folder?.appendingPathComponent($0) }
    }

    @Test func fixturesExist() {
        #expect(Self.fixtureURLs.count >= 2)
    }

    @Test(arguments: fixtureURLs)
    func fixture(_ url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        let file = url.lastPathComponent
        let session = Session(timeLimit: 1)
        // Files a fixture saves go to a scratch folder of its own.
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("handson-fixture-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        session.fileAccess = FileAccess(
            readRoots: [url.deletingLastPathComponent().path], writeRoots: [scratch],
            baseDirectory: url.deletingLastPathComponent().path, scratchDirectory: scratch)
        for section in Self.sections(of: text) {
            let first = section.firstLine
            let result = session.run(section.source) { SourceLocation(file: file, line: first + $0 - 1, column: $1) }
            let printed = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let lines = printed.last == "" ? Array(printed.dropLast()) : printed
            if section.expectedErrors.isEmpty {
                #expect(result.error == nil, "\(file):\(first): unexpected error: \(result.error?.description ?? "")")
            } else {
                let diagnostics = result.error?.diagnostics ?? []
                for (line, column, message) in section.expectedErrors {
                    let found = diagnostics.contains {
                        $0.range.start.line == line && (column == nil || $0.range.start.column == column)
                            && $0.message.contains(message)
                    }
                    #expect(found, "\(file):\(line):\(column ?? 0): expected error containing '\(message)', got: \(diagnostics.map(\.description))")
                }
            }
            #expect(lines == section.expectedOutput, "\(file):\(first): printed output differs")
        }
    }
}

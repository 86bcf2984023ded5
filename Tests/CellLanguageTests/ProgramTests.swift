import Diagnostics
import Foundation
import Testing

@testable import CellLanguage

/// Runs every program of `Programs/` as a one-cell chapter and compares its output with what
/// the same program printed when compiled by `swiftc` (`NAME.expected`).
///
/// The corpus measures the interpreter: it reports the pass rate and the failures grouped by
/// the features each program names in its `// features:` header, and it fails when the pass
/// rate drops below `ProgramCorpus.threshold` or when the outcome of a program differs from
/// `KNOWN-FAILURES` in either direction (a program not listed fails, or a listed one passes).
@Suite struct ProgramTests {
    static var folder: URL? { Bundle.module.resourceURL?.appendingPathComponent("Programs") }

    static var programURLs: [URL] {
        let names =
            folder.flatMap { try? FileManager.default.contentsOfDirectory(atPath: $0.path) } ?? []
        return names.filter { $0.hasSuffix(".swift") }.sorted().compactMap {
            folder?.appendingPathComponent($0)
        }
    }

    @Test func programsExist() {
        #expect(Self.programURLs.count >= 150)
    }

    @Test func everyProgramNamesItsFeatures() throws {
        for url in Self.programURLs {
            let source = try String(contentsOf: url, encoding: .utf8)
            #expect(
                !ProgramCorpus.features(of: source).isEmpty,
                "\(url.lastPathComponent) has no `// features:` header")
        }
    }

    @Test func corpusPassRateAndKnownFailures() throws {
        var outcomes: [ProgramCorpus.Outcome] = []
        for url in Self.programURLs {
            outcomes.append(try ProgramCorpus.run(url))
        }
        let knownText =
            Self.folder.flatMap {
                try? String(
                    contentsOf: $0.appendingPathComponent("KNOWN-FAILURES"), encoding: .utf8)
            } ?? ""
        let known = ProgramCorpus.knownFailures(knownText)
        let report = ProgramCorpus.Report(outcomes: outcomes, knownFailures: known)
        // Written at once, unbuffered: the test runner's own output interleaves with stdout's.
        FileHandle.standardError.write(Data((report.text + "\n").utf8))
        if let path = ProcessInfo.processInfo.environment["HANDSON_CONFORMANCE_REPORT"] {
            try report.text.write(toFile: path, atomically: true, encoding: .utf8)
        }

        #expect(
            report.passRate >= ProgramCorpus.threshold,
            "pass rate \(report.passed)/\(report.total) is below \(ProgramCorpus.threshold)")
        for name in report.newFailures {
            let reason = outcomes.first { $0.name == name }?.reason ?? ""
            Issue.record("\(name) fails and is not in KNOWN-FAILURES: \(reason)")
        }
        for name in report.newPasses {
            Issue.record("\(name) passes now: remove it from KNOWN-FAILURES")
        }
        for name in report.unknownNames {
            Issue.record("KNOWN-FAILURES names \(name), which is not a program")
        }
    }
}

/// Running the corpus and summarizing it.
enum ProgramCorpus {
    /// The lowest pass rate the corpus accepts.
    static let threshold = 0.85

    struct Outcome {
        var name: String
        var features: [String]
        var passed: Bool
        /// Why it failed: the interpreter's error, or the first line that differs.
        var reason: String
    }

    /// The features a program names in its `// features: a, b, c` header.
    static func features(of source: String) -> [String] {
        for line in source.split(separator: "\n").prefix(5) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("// features:") else { continue }
            return trimmed.dropFirst("// features:".count).split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces)
            }.filter { !$0.isEmpty }
        }
        return []
    }

    /// The program names of a `KNOWN-FAILURES` file: one a line, `#` starts a comment.
    static func knownFailures(_ text: String) -> Set<String> {
        var names: Set<String> = []
        for line in text.split(separator: "\n") {
            let name =
                line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                .first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if !name.isEmpty { names.insert(name) }
        }
        return names
    }

    static func run(_ url: URL) throws -> Outcome {
        let source = try String(contentsOf: url, encoding: .utf8)
        let expected = try String(
            contentsOf: url.deletingPathExtension().appendingPathExtension("expected"),
            encoding: .utf8)
        let file = url.lastPathComponent
        let name = url.deletingPathExtension().lastPathComponent
        let session = Session(timeLimit: 20)
        // record.sh builds each program as `program`, so swiftc named its module `program`.
        session.moduleName = "program"
        let result = session.run(source) { SourceLocation(file: file, line: $0, column: $1) }
        let features = features(of: source)
        if let error = result.error {
            let message = error.description.split(separator: "\n").first.map(String.init) ?? ""
            return Outcome(name: name, features: features, passed: false, reason: message)
        }
        if result.stdout == expected {
            return Outcome(name: name, features: features, passed: true, reason: "")
        }
        let got = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line =
            zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(got.count, want.count)
        let gotLine = line < got.count ? String(got[line]) : "(end of output)"
        let wantLine = line < want.count ? String(want[line]) : "(end of output)"
        return Outcome(
            name: name, features: features, passed: false,
            reason: "output line \(line + 1): got \"\(gotLine)\", swiftc printed \"\(wantLine)\"")
    }

    struct Report {
        var outcomes: [Outcome]
        var knownFailures: Set<String>

        var total: Int { outcomes.count }
        var passed: Int { outcomes.filter(\.passed).count }
        var passRate: Double { total == 0 ? 0 : Double(passed) / Double(total) }
        var failures: [Outcome] { outcomes.filter { !$0.passed } }
        var newFailures: [String] {
            failures.map(\.name).filter { !knownFailures.contains($0) }
        }
        var newPasses: [String] {
            outcomes.filter { $0.passed && knownFailures.contains($0.name) }.map(\.name)
        }
        var unknownNames: [String] {
            let names = Set(outcomes.map(\.name))
            return knownFailures.filter { !names.contains($0) }.sorted()
        }

        /// Per feature: programs naming it, and the failing ones, most failures first.
        var byFeature: [(feature: String, programs: Int, failing: [String])] {
            var programs: [String: Int] = [:]
            var failing: [String: [String]] = [:]
            for outcome in outcomes {
                for feature in outcome.features {
                    programs[feature, default: 0] += 1
                    if !outcome.passed { failing[feature, default: []].append(outcome.name) }
                }
            }
            return failing.map { ($0.key, programs[$0.key] ?? 0, $0.value) }.sorted {
                ($1.failing.count, $0.feature) < ($0.failing.count, $1.feature)
            }
        }

        var text: String {
            let percent = (passRate * 1000).rounded() / 10
            var lines = [
                "Cell-language conformance: \(passed) of \(total) programs pass (\(percent)%)"
            ]
            if !failures.isEmpty {
                lines.append("Failures by feature (failing / programs naming it):")
                for row in byFeature {
                    lines.append(
                        "  \(row.feature): \(row.failing.count)/\(row.programs) — "
                            + row.failing.joined(separator: ", "))
                }
                lines.append("Failures:")
                for failure in failures {
                    lines.append("  \(failure.name): \(failure.reason)")
                }
            }
            return lines.joined(separator: "\n")
        }
    }
}

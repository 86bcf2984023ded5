import Foundation
import Testing

/// The `handson` executable as users run it: whole help texts and exit codes.
@Suite struct CLITests {
    /// The folder of the built products (the test bundle sits beside the executable).
    static var binary: URL {
        var url = Bundle.main.bundleURL
        while url.pathComponents.count > 1
            && !FileManager.default.fileExists(atPath: url.appendingPathComponent("handson").path)
        {
            url = url.deletingLastPathComponent()
        }
        return url.appendingPathComponent("handson")
    }

    func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Runs the executable with standard output and standard error apart.
    func runApart(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let (output, errors) = (Pipe(), Pipe())
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Small outputs: read one pipe, then the other, once the process is done.
        process.waitUntilExit()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        return (
            process.terminationStatus, String(decoding: out, as: UTF8.self),
            String(decoding: err, as: UTF8.self)
        )
    }

    /// `render FILE` keeps the whole book in the contents; `render` of the whole book removes
    /// what it wrote for a chapter that was renamed, saying so on standard error.
    @Test func renderKeepsTheContentsAndRemovesPagesOfRenamedChapters() throws {
        let book = FileManager.default.temporaryDirectory
            .appendingPathComponent("handson-cli-\(UUID().uuidString)")
        let chapters = book.appendingPathComponent("chapters")
        try FileManager.default.createDirectory(at: chapters, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: book) }
        func chapter(_ name: String, _ title: String) throws {
            try "# \(title)\n\n```swift\nprint(1)\n```\n".write(
                to: chapters.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try chapter("01-a.md", "Alpha")
        try chapter("02-b.md", "Beta")
        let out = book.appendingPathComponent("out").path
        #expect(try runApart(["render", chapters.path, "-o", out]).status == 0)
        try "mine".write(toFile: out + "/notes.txt", atomically: true, encoding: .utf8)

        try FileManager.default.moveItem(
            at: chapters.appendingPathComponent("02-b.md"),
            to: chapters.appendingPathComponent("02-c.md"))
        let one = try runApart([
            "render", chapters.appendingPathComponent("01-a.md").path, "-o", out,
        ])
        #expect(one.status == 0, "\(one.output)\(one.errors)")
        #expect(one.errors == "")
        let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(index.contains("<a href=\"01-a.html\">Alpha</a>"))
        #expect(index.contains("<span class=\"status pending\">not rendered yet</span>"))
        #expect(FileManager.default.fileExists(atPath: out + "/02-b.html"))

        let all = try runApart(["render", chapters.path, "-o", out])
        #expect(all.status == 0)
        #expect(
            all.errors
                == "note: removed 02-b.html from \(out)/: chapter '02-b' is no longer in the book\n"
        )
        #expect(!all.output.contains("removed"))
        #expect(!FileManager.default.fileExists(atPath: out + "/02-b.html"))
        #expect(FileManager.default.fileExists(atPath: out + "/02-c.html"))
        #expect(try String(contentsOfFile: out + "/notes.txt", encoding: .utf8) == "mine")
    }

    @Test func rootHelp() throws {
        let (status, output) = try run(["--help"])
        #expect(status == 0)
        #expect(
            output == """
                OVERVIEW: Run literate neural-network tutorials written as Markdown chapters
                with Swift cells.

                A chapter is a Markdown file in chapters/. Its ```swift cells run in order in
                one environment; `output` blocks and #expect(…) state what they must produce.

                Exit codes: 0 success, 1 a cell or expectation failed, 2 bad usage or
                unreadable input.

                USAGE: handson <subcommand>

                OPTIONS:
                  --version               Show the version.
                  -h, --help              Show help information.

                SUBCOMMANDS:
                  render                  Execute chapters and render them to static HTML.
                  test                    Execute chapters and check every expectation.
                  run                     Execute one chapter in the terminal and show what its
                                          cells print.
                  check                   Parse chapters and their cells without running
                                          anything.
                  serve                   Preview the book in a browser, re-running chapters as
                                          they change.
                  repl                    Run a chapter, then an interactive Swift prompt in
                                          the state it leaves.
                  init                    Create a new book: book.yml, one example chapter and
                                          a Makefile.

                  See 'handson help <subcommand>' for detailed help.

                """)
    }

    @Test func testHelp() throws {
        let (status, output) = try run(["test", "--help"])
        #expect(status == 0)
        #expect(
            output == """
                OVERVIEW: Execute chapters and check every expectation.

                Each cell that must run, each `output` block and each #expect/#require is one
                check. The report ends with the line `N passed, N failed`.

                USAGE: handson test [<paths> ...] [--junit <file>] [--update] [--jobs <N>] [--cell-timeout <seconds>] [--allow-path <folder> ...] [--step-limit <steps>]

                ARGUMENTS:
                  <paths>                 Chapter files or folders (default: chapters/).

                OPTIONS:
                  --junit <file>          Also write a JUnit XML report to this file.
                  --update                Rewrite every 'output' block that does not match with
                                          what its cell now prints (only those blocks change;
                                          the rest of each file stays byte for byte).
                  -j, --jobs <N>          Run this many chapters at a time (the results are the
                                          same). (default: 1)
                  --cell-timeout <seconds>
                                          Seconds a cell may run before it is stopped.
                                          (default: 300.0)
                  --allow-path <folder>   Also let cells read and write files in this folder
                                          (repeatable; by default they read the chapters'
                                          folder and write to output/).
                  --step-limit <steps>    Interpreter steps (loop iterations and calls) a cell
                                          may take before it is stopped, the same on every
                                          machine; 0 for no limit. (default: 500000000)
                  --version               Show the version.
                  -h, --help              Show help information.


                """)
    }

    @Test func renderRunAndCheckHelpName() throws {
        #expect(
            try run(["render", "--help"]).output.contains(
                "USAGE: handson render [<paths> ...] [--output <folder>] [--force] [--cell-timeout <seconds>] [--allow-path <folder> ...] [--step-limit <steps>]"
            ))
        #expect(
            try run(["init", "--help"]).output.contains(
                "USAGE: handson init <folder> [--allow-non-empty]"))
        #expect(
            try run(["run", "--help"]).output.contains(
                "--cell <N>              Run cells 1 through N and show cell N's output only."))
        #expect(try run(["check", "--help"]).output.contains("USAGE: handson check [<paths> ...]"))
    }

    @Test func badUsageExitsWithTwo() throws {
        let missing = try run(["run"])
        #expect(missing.status == 2)
        #expect(missing.output.hasPrefix("Error: Missing expected argument '<file>'"))
        #expect(try run(["bogus"]).status == 2)
        #expect(try run(["test", "--cell-timeout", "0"]).status == 2)
        let notAFolder = try run(["test", "--allow-path", "/nonexistent-folder"])
        #expect(notAFolder.status == 2)
        #expect(
            notAFolder.output.hasPrefix(
                "Error: --allow-path must name an existing folder: '/nonexistent-folder' is not one"
            ))
        let absent = try run(["test", "/nonexistent.md"])
        #expect(absent.status == 2)
        #expect(absent.output == "error: no such chapter file or folder: '/nonexistent.md'\n")
    }
}

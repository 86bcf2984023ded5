import ArgumentParser
import Foundation
import Runner

@main
struct HandsOn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handson",
        abstract:
            "Run literate neural-network tutorials written as Markdown chapters with Swift cells.",
        discussion: """
            A chapter is a Markdown file in chapters/. Its ```swift cells run in order in one \
            environment; `output` blocks and #expect(…) state what they must produce.

            Exit codes: 0 success, 1 a cell or expectation failed, 2 bad usage or unreadable input.
            """,
        version: "0.1.0",
        subcommands: [
            Render.self, Test.self, Run.self, Check.self, Serve.self, Repl.self, Init.self,
        ]
    )

    /// Runs the command; bad usage exits with 2 (the spec's code) instead of sysexits' 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// Options shared by the verbs that execute cells.
struct ExecutionOptions: ParsableArguments {
    @Option(
        name: .customLong("cell-timeout"),
        help: ArgumentHelp("Seconds a cell may run before it is stopped.", valueName: "seconds"))
    var cellTimeout: Double = 300

    @Option(
        name: .customLong("allow-path"),
        help: ArgumentHelp(
            "Also let cells read and write files in this folder (repeatable; by default they "
                + "read the chapters' folder and write to output/).",
            valueName: "folder"))
    var allowPaths: [String] = []

    @Option(
        name: .customLong("step-limit"),
        help: ArgumentHelp(
            "Interpreter steps (loop iterations and calls) a cell may take before it is stopped, "
                + "the same on every machine; 0 for no limit.",
            valueName: "steps"))
    var stepLimit: Int = 500_000_000

    /// A runner with these options.
    var runner: Runner {
        var runner = Runner(cellTimeout: cellTimeout)
        runner.allowedPaths = allowPaths
        runner.stepLimit = stepLimit == 0 ? nil : stepLimit
        return runner
    }

    func validate() throws {
        guard cellTimeout > 0, cellTimeout.isFinite else {
            throw ValidationError(
                "--cell-timeout must be a positive number of seconds, not \(cellTimeout)")
        }
        guard stepLimit >= 0 else {
            throw ValidationError(
                "--step-limit must be 0 (no limit) or a positive number of steps, not \(stepLimit)")
        }
        for path in allowPaths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
                isFolder.boolValue
            else {
                throw ValidationError(
                    "--allow-path must name an existing folder: '\(path)' is not one")
            }
        }
    }
}

extension ParsableCommand {
    /// Ends the process with a Runner exit code.
    func finish(_ code: Runner.ExitCode) throws {
        if code != .success { throw ExitCode(code.rawValue) }
    }
}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Execute chapters and render them to static HTML.",
        discussion:
            "Writes one page per chapter (and its figures as .svg files), index.html, print.html and style.css. The title, chapter order and parts come from book.yml. A chapter whose text, data files and tool did not change is not run again: its results come from output/.handson-cache. Pages of failing chapters are written with their errors shown. Naming some chapters renders only those; index.html and print.html still list every chapter of the book. A render of the whole book removes the pages and figures it wrote for chapters no longer in the book."
    )

    @Argument(
        help: ArgumentHelp("Chapter files or folders (default: chapters/).", valueName: "paths"))
    var paths: [String] = []

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("The folder to write the site to.", valueName: "folder"))
    var output = "output"

    @Flag(help: "Run every chapter again instead of reusing cached results.")
    var force = false

    @OptionGroup var execution: ExecutionOptions

    func run() throws {
        try finish(execution.runner.render(paths, outputDirectory: output, force: force))
    }
}

struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Execute chapters and check every expectation.",
        discussion:
            "Each cell that must run, each `output` block and each #expect/#require is one check. The report ends with the line `N passed, N failed`."
    )

    @Argument(
        help: ArgumentHelp("Chapter files or folders (default: chapters/).", valueName: "paths"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("Also write a JUnit XML report to this file.", valueName: "file"))
    var junit: String?

    @Flag(
        help: ArgumentHelp(
            "Rewrite every 'output' block that does not match with what its cell now prints "
                + "(only those blocks change; the rest of each file stays byte for byte)."))
    var update = false

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Run this many chapters at a time (the results are the same).", valueName: "N"))
    var jobs = 1

    @OptionGroup var execution: ExecutionOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
    }

    func run() throws {
        var runner = execution.runner
        runner.jobs = jobs
        try finish(runner.test(paths, junit: junit, update: update))
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Execute one chapter in the terminal and show what its cells print.")

    @Argument(help: ArgumentHelp("The chapter file.", valueName: "file"))
    var file: String

    @Option(
        help: ArgumentHelp("Run cells 1 through N and show cell N's output only.", valueName: "N"))
    var cell: Int?

    @OptionGroup var execution: ExecutionOptions

    func run() throws {
        var runner = execution.runner
        runner.terminal = .detect()
        try finish(runner.run(file, cell: cell))
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse chapters and their cells without running anything.",
        discussion:
            "Reports syntax errors, unknown names and malformed chapters with their file, line and column. Fast enough for editors and CI."
    )

    @Argument(
        help: ArgumentHelp("Chapter files or folders (default: chapters/).", valueName: "paths"))
    var paths: [String] = []

    func run() throws {
        try finish(Runner().check(paths))
    }
}

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new book: book.yml, one example chapter and a Makefile.",
        discussion:
            "Refuses a folder that is not empty unless --allow-non-empty; never replaces a file.")

    @Argument(
        help: ArgumentHelp(
            "The folder of the new book (created when missing).", valueName: "folder"))
    var directory: String

    @Flag(help: "Add the book's files to a folder that already has files (none is replaced).")
    var allowNonEmpty = false

    func run() throws {
        try finish(Runner().initBook(directory, allowNonEmpty: allowNonEmpty))
    }
}

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the book in a browser, re-running chapters as they change.",
        discussion:
            "Listens on 127.0.0.1 only, unless --host names another address. A changed chapter runs again from its first changed cell, and its open page reloads. Pages are kept in memory and carry a small reload script; nothing but the files cells save is written to the output folder."
    )

    @Argument(
        help: ArgumentHelp("Chapter files or folders (default: chapters/).", valueName: "paths"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("The port to listen on (0: any free port).", valueName: "port"))
    var port = 8000

    @Option(
        help: ArgumentHelp(
            "Listen on this IPv4 address instead of 127.0.0.1 (0.0.0.0: every interface; anyone who can reach it can read the book).",
            valueName: "address"))
    var host: String?

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("The folder cells may write to.", valueName: "folder"))
    var output = "output"

    @Flag(
        help:
            "Say which cells each change ran, and why a run started before the first changed cell.")
    var verbose = false

    @OptionGroup var execution: ExecutionOptions

    func run() throws {
        setvbuf(stdout, nil, _IOLBF, 0)
        try finish(
            execution.runner.serve(
                paths, host: host, port: port, outputDirectory: output, verbose: verbose))
    }
}

struct Repl: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a chapter, then an interactive Swift prompt in the state it leaves.",
        discussion:
            "Input continues over several lines while a bracket is open. :help lists the commands (:vars, :reset, :quit); ↑ and ↓ recall earlier input."
    )

    @Argument(help: ArgumentHelp("The chapter file.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("Run only cells 1 through N before the prompt.", valueName: "N"))
    var cell: Int?

    @OptionGroup var execution: ExecutionOptions

    func run() throws {
        setvbuf(stdout, nil, _IOLBF, 0)
        var runner = execution.runner
        runner.terminal = .detect()
        try finish(runner.repl(file, cell: cell))
    }
}

import Foundation
import Testing

/// `handson run` in a terminal (a pseudo-terminal made by `script`) draws a progress bar for
/// `fit` and colours; through a pipe it prints plain lines only; `NO_COLOR` turns colours off.
@Suite struct TerminalTests {
    static let chapter = """
        # Fit

        ```swift
        let x = Tensor.randomNormal([64, 2])
        let y = Tensor.randomNormal([64, 1])
        let model = Sequential([Input(shape: [2]), Dense(8, activation: .relu), Dense(1)])
        model.compile(loss: "mse", optimizer: Adam(learningRate: 0.01), metrics: ["mae"])
        let history = model.fit(x, y, epochs: 2, batchSize: 4)
        ```

        ```swift
        var curve = Axes(title: "loss", xLabel: "epoch", yLabel: "loss")
        try curve.line(x: [1.0, 2.0], y: history.history["loss"]!, label: "loss")
        Figure(curve)
        ```
        """

    func chapterFile() throws -> (folder: URL, file: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "handson-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("01-fit.md")
        try Data(Self.chapter.utf8).write(to: file)
        return (folder, file)
    }

    func run(
        _ executable: String, _ arguments: [String], in folder: URL,
        environment: [String: String] = [:]
    )
        throws -> String
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        env["TERM"] = "xterm-256color"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static let script = "/usr/bin/script"

    @Test(.enabled(if: FileManager.default.fileExists(atPath: script)))
    func aTerminalGetsAProgressBarAndColours() throws {
        let (folder, file) = try chapterFile()
        let command = "'\(CLITests.binary.path)' run '\(file.path)'"
        let tty = try run(Self.script, ["-qec", command, "/dev/null"], in: folder)
        #expect(tty.contains("\r\u{1B}[K"), "the bar is drawn and erased in place")
        #expect(tty.contains("Epoch 1/2\u{1B}[0m [=>"), "\(tty)")
        #expect(tty.contains("/16 · "), "\(tty)")
        #expect(tty.contains("\u{1B}[32m"), "colours on a terminal")
        #expect(tty.contains("Epoch 2/2 - 16 steps - "), "the epoch lines stay")
        #expect(tty.contains("[figure: output/run/01-fit-cell-2.svg]"))
        #expect(
            FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("output/run/01-fit-cell-2.svg").path))

        let noColor = try run(
            Self.script, ["-qec", command, "/dev/null"], in: folder, environment: ["NO_COLOR": "1"])
        #expect(noColor.contains("Epoch 1/2 ["), "NO_COLOR keeps the bar")
        #expect(!noColor.contains("\u{1B}[3"), "NO_COLOR: no colours")
    }

    @Test func aPipeGetsPlainLines() throws {
        let (folder, file) = try chapterFile()
        let piped = try run(CLITests.binary.path, ["run", file.path], in: folder)
        #expect(!piped.contains("\u{1B}"), "\(piped)")
        #expect(piped.contains("Epoch 1/2 - 16 steps - "))
        #expect(piped.contains("Epoch 2/2 - 16 steps - "))
        #expect(piped.hasSuffix("2 passed, 0 failed (\(piped.split(separator: "(").last ?? "")"))
    }
}

import Foundation
import Testing

/// `handson repl`: the chapter's state, multi-line input, `:vars`, `:reset`, located errors.
@Suite struct ReplTests {
    @Test func runsInputInTheChaptersState() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "handson-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("01-r.md")
        try Data("# R\n\n```swift\nvar a = 21\n```\n\n```swift\nlet b = a * 2\n```\n".utf8).write(
            to: file)
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = ["repl", file.path, "--cell", "1"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        input.fileHandleForWriting.write(
            Data(
                "a += 1\n:vars\nfor i in 0..<2 {\n  print(i * a)\n}\nprint(nope)\n:reset\nprint(a)\n:help\n"
                    .utf8))
        try input.fileHandleForWriting.close()
        let text = String(
            decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.contains("ran 1 cell"))
        #expect(text.contains("a  Int"), "only cell 1 ran: no b")
        #expect(!text.contains("b  Int"))
        #expect(text.contains("0\n22\n"), "multi-line input runs once, complete")
        #expect(text.contains("<input 3>:1:7: error: cannot find 'nope' in scope"), "\(text)")
        #expect(text.contains("handson> 21\n"), ":reset runs the chapter again")
        #expect(text.contains(":vars   the variables and their types"))
    }
}

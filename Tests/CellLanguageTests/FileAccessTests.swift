import CellLanguage
import Diagnostics
import Foundation
import Testing

@Suite struct FileAccessTests {
    /// A book folder with `chapters/data/a.csv` and an empty `output/`.
    static func book() throws -> (root: String, policy: FileAccess) {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("handson-access-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(
            atPath: root + "/chapters/data", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            atPath: root + "/output", withIntermediateDirectories: true)
        try Data("a\n1\n".utf8).write(to: URL(fileURLWithPath: root + "/chapters/data/a.csv"))
        let policy = FileAccess(
            readRoots: [root + "/chapters"], writeRoots: [root + "/output"],
            baseDirectory: root + "/chapters", scratchDirectory: root + "/output/.scratch/01")
        return (root, policy)
    }

    @Test func relativePathsReadFromTheChapterAndWriteToScratch() throws {
        let (root, policy) = try Self.book()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let real = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        #expect(try policy.pathToRead("data/a.csv") == real + "/chapters/data/a.csv")
        let written = try policy.pathToWrite("sub/m.safetensors")
        #expect(written == real + "/output/.scratch/01/sub/m.safetensors")
        // The scratch folder is made on demand, and a file saved there is read back first.
        try Data().write(to: URL(fileURLWithPath: written))
        #expect(try policy.pathToRead("sub/m.safetensors") == written)
    }

    @Test func escapesAndLinksOutOfTheRootsAreRefused() throws {
        let (root, policy) = try Self.book()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(
            atPath: root + "/chapters/data/out", withDestinationPath: "/etc")
        #expect(throws: FileAccessError.self) { try policy.pathToRead("../../secret") }
        #expect(throws: FileAccessError.self) { try policy.pathToRead("/etc/passwd") }
        #expect(throws: FileAccessError.self) { try policy.pathToRead("data/out/passwd") }
        #expect(throws: FileAccessError.self) { try policy.pathToWrite("/tmp/x") }
        #expect(throws: FileAccessError.self) { try policy.pathToWrite("../../../chapters/x.md") }
        do {
            _ = try policy.pathToRead("data/out/passwd")
        } catch let error as FileAccessError {
            #expect(error.resolved == "/etc/passwd")
            #expect(
                error.description.hasPrefix(
                    "cannot read 'data/out/passwd' (it leads to '/etc/passwd')"))
        }
    }

    @Test func theDefaultConfinesToTheBaseDirectory() throws {
        let (root, _) = try Self.book()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let session = Session()
        session.baseDirectory = root + "/chapters"
        #expect(session.fileAccess == .confined(to: root + "/chapters"))
        #expect(throws: FileAccessError.self) { try session.fileAccess.pathToWrite(root + "/x") }
        #expect(try session.fileAccess.pathToWrite("x").hasSuffix("/chapters/x"))
    }
}

@Suite struct FileErrorPathTests {
    /// An error about a file names it as the cell wrote it, not by where it resolved to.
    @Test func errorsNameFilesAsTheCellDid() throws {
        let (root, policy) = try FileAccessTests.book()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let session = Session(timeLimit: 10)
        session.fileAccess = policy
        let cell = """
            let m = Sequential([Input(shape: [2]), Dense(1)])
            m.saveWeights("sub/w.safetensors")
            let again = loadModel("sub/w.safetensors")
            """
        let result = session.run(cell) { SourceLocation(file: "t.md", line: $0, column: $1) }
        let message = result.error?.diagnostics.first?.message ?? ""
        #expect(message.hasPrefix("sub/w.safetensors: the file holds only weights"))
        #expect(!message.contains(root))
        #expect(!message.contains(".scratch"))
    }
}

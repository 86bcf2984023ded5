import Foundation
import Testing

/// Cells that reach for files they must not touch, or for more memory, output or figure than a
/// page can hold: each ends in a located error (or an elided output), never a crash, and
/// writes nothing outside `output/`.
@Suite struct HostileCellTests {
    // MARK: - Syntax that stops the parser's own diagnostics

    /// Found by fuzzing the cell target: an unprintable character between a space and `=`
    /// made swift-syntax's Fix-It builder stop the process (`handson` died with SIGILL).
    @Test func anUnprintableCharacterBeforeAnEqualsSignIsAnError() throws {
        let c = try HostileCase(
            HostileCase.chapter("let half = 1 / 2", "let x \u{3}= 1.0 / 2\nprint(x)"),
            withGoodChapter: true)
        defer { c.book.remove() }
        c.expectError("'=' must have consistent whitespace on both sides", at: "= 1.0", status: 1)
        c.expectGoodChapterPassed()
    }

    // MARK: - File access

    @Test func readingEtcPasswdIsRefused() throws {
        let c = try HostileCase(
            HostileCase.chapter(#"let t = CSVTable.load("/etc/passwd")"#),
            withGoodChapter: true)
        defer { c.book.remove() }
        c.expectError(
            "cannot read '/etc/passwd': cells may read files only under chapters/, output/",
            at: #""/etc/passwd""#)
        c.expectGoodChapterPassed()
    }

    @Test func dotDotEscapeIsRefused() throws {
        let c = try HostileCase(
            HostileCase.chapter(#"let t = Iris.load(path: "../../../etc/passwd")"#))
        defer { c.book.remove() }
        c.expectError("cannot read '../../../etc/passwd' (it leads to '/", at: #"path: "../"#)
        #expect(c.output.contains("allow another folder with --allow-path DIR"))
    }

    @Test func symlinkInChaptersLeadingOutsideIsRefused() throws {
        let c = try HostileCase(
            HostileCase.chapter(#"let t = CSVTable.load("data/link.csv")"#),
            files: ["data/real.csv": Data("a\n1\n".utf8)]
        ) { book in
            let secret = book.root.appendingPathComponent("secret.csv")
            try Data("a\n42\n".utf8).write(to: secret)
            try FileManager.default.createSymbolicLink(
                at: book.chapters.appendingPathComponent("data/link.csv"),
                withDestinationURL: secret)
        }
        defer { c.book.remove() }
        c.expectError("cannot read 'data/link.csv' (it leads to '", at: #""data/link.csv""#)
        #expect(c.output.contains("secret.csv')"))
    }

    @Test func writingToAnAbsolutePathIsRefused() throws {
        let target = "/tmp/handson-hostile-\(UUID().uuidString).safetensors"
        let c = try HostileCase(
            HostileCase.chapter(
                "let m = Sequential([Input(shape: [2]), Dense(1)])", "m.save(\"\(target)\")"))
        defer { c.book.remove() }
        c.expectError(
            "cannot write '\(target)': cells may write files only under output/",
            at: "\"\(target)\"")
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func writingOutOfTheScratchFolderWithDotDotIsRefused() throws {
        let c = try HostileCase(
            HostileCase.chapter(
                "var ax = Axes()", "ax.line(x: [1, 2], y: [3, 4])",
                #"Figure(ax).save("../../../stray.svg")"#))
        defer { c.book.remove() }
        c.expectError("cannot write '../../../stray.svg' (it leads to '", at: #""../../../stray"#)
    }

    @Test func allowPathOpensOneFolder() throws {
        let outside = FileManager.default.temporaryDirectory
            .appendingPathComponent("handson-allowed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        let target = outside.appendingPathComponent("w.safetensors").path
        let c = try HostileCase(
            HostileCase.chapter(
                "let m = Sequential([Input(shape: [2]), Dense(1)])",
                "m.saveWeights(\"\(target)\")", "m.loadWeights(\"\(target)\")"),
            arguments: ["test", "--allow-path", outside.path])
        defer { c.book.remove() }
        #expect(c.status == 0, "\(c.output)")
        #expect(c.output.contains("3 passed, 0 failed"))
        #expect(FileManager.default.fileExists(atPath: target))
        c.expectNoStrayFiles()
    }

    @Test func saveThenLoadWorksWithinTheScratchFolder() throws {
        let c = try HostileCase(
            HostileCase.chapter(
                """
                let m = Sequential([Input(shape: [2]), Dense(3), Dense(1)])
                m.compile(loss: "mse", optimizer: SGD(learningRate: 0.1))
                m.save("m.safetensors")
                let back = loadModel("m.safetensors")
                print(back.layers.count)
                """,
                """
                let x = Tensor([[0, 1], [1, 0]])
                let y = Tensor([[1], [0]])
                m.fit(x, y, epochs: 2, validationData: (x, y), callbacks: [
                    CSVLogger("log.csv"), TensorBoard(logDir: "logs"), ModelCheckpoint("best.safetensors"),
                ], verbose: 0)
                """))
        defer { c.book.remove() }
        #expect(c.status == 0, "\(c.output)")
        let files = c.book.files()
        #expect(files.contains("output/.scratch/01-hostile/m.safetensors"))
        #expect(files.contains("output/.scratch/01-hostile/log.csv"))
        #expect(files.contains("output/.scratch/01-hostile/best.safetensors"))
        #expect(files.contains { $0.hasPrefix("output/.scratch/01-hostile/logs/train/") })
        c.expectNoStrayFiles()
    }

    // MARK: - Memory, output and figure limits

    @Test func aHugeTensorIsOverTheMemoryBudget() throws {
        let c = try HostileCase(HostileCase.chapter("let z = Tensor.zeros([100000, 100000])"))
        defer { c.book.remove() }
        c.expectError(
            "cannot allocate a tensor of shape [100000, 100000] (40.0 GB): over the memory budget of ",
            at: "Tensor.zeros")
    }

    @Test func aHugeDenseKernelIsOverTheMemoryBudget() throws {
        let c = try HostileCase(
            HostileCase.chapter(
                "let m = Sequential([Input(shape: [100000]), Dense(100000)])"),
            withGoodChapter: true)
        defer { c.book.remove() }
        c.expectError(
            "cannot allocate a tensor of shape [100000, 100000] (40.0 GB)", at: "Sequential(")
        c.expectGoodChapterPassed()
    }

    @Test func anOuterProductByBroadcastingAndMatmulIsOverTheBudget() throws {
        let c = try HostileCase(
            HostileCase.chapter(
                "let a = Tensor.ones([200000, 1])", "let b = Tensor.ones([1, 200000])",
                "let s = a + b",
                "let p = a.matmul(b)"))
        defer { c.book.remove() }
        c.expectError("cannot allocate a tensor of shape [200000, 200000] (160.0 GB)", at: "+ b")
        c.expectError(
            "cannot allocate a tensor of shape [200000, 200000] (160.0 GB)", at: "a.matmul(b)")
    }

    @Test func twoMegabytesOfPrintingAreElidedWithANotice() throws {
        let chapter = HostileCase.chapter(
            #"for i in 0..<40000 { print("line \(i): 0123456789012345678901234567890123456789") }"#)
        let c = try HostileCase(chapter, arguments: ["run", "chapters/01-hostile.md"])
        defer { c.book.remove() }
        #expect(c.status == 0, "\(c.output.suffix(500))")
        #expect(c.output.contains("line 0: "))
        #expect(!c.output.contains("line 39999: "))
        #expect(c.output.contains("… output truncated: 1."))
        #expect(c.output.contains(" MB more"))
        #expect(c.output.utf8.count < 1_100_000)
        c.expectNoStrayFiles()
    }

    @Test func aFigureOfTenMillionPointsIsRefused() throws {
        let c = try HostileCase(
            HostileCase.chapter(
                "let xs = Array(repeating: 0.5, count: 10_000_000)", "var ax = Axes()",
                "ax.scatter(x: xs, y: xs)"))
        defer { c.book.remove() }
        c.expectError(
            "this figure would draw 20000000 points, more than the limit of 1000000",
            at: "ax.scatter")
    }
}

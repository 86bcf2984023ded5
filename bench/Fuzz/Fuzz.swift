import CellLanguage
import Diagnostics
import Foundation
import HTMLRendering
import Notebook

/// Fuzz targets for libFuzzer: chapter parsing and rendering, TeX → MathML, and the cell
/// language. Every input must end in a page, a formula or a located error within the time
/// limit; a crash, a stack overflow or a hang is a finding (RELIABILITY.md has the commands).
///
/// Built with `-sanitize=fuzzer -DFUZZING`, libFuzzer's driver runs ``fuzzOneInput(_:_:)`` with the
/// target named by `HANDSON_FUZZ_TARGET` (`chapter`, `math` or `cell`). Built normally,
/// `handson-fuzz TARGET FILE…` runs the same target on saved inputs (a crash to reproduce, or
/// a corpus to replay).
enum FuzzTarget: String, CaseIterable {
    case chapter, math, cell

    func run(_ data: Data) {
        switch self {
        case .chapter:
            guard let text = try? ChapterDecoder.decode(data, file: "fuzz.md") else { return }
            let parsed = ChapterParser().parse(text, file: "fuzz.md")
            let page = ChapterPage(
                chapter: parsed.chapter, outcomes: [:],
                problems: parsed.diagnostics.map(\.description), fileName: "fuzz.html")
            _ = SiteRenderer(bookTitle: "Fuzz").render([page])
        case .math:
            guard let first = data.first else { return }
            let tex = String(decoding: data.dropFirst(), as: UTF8.self)
            _ = MathML.render(tex, display: first & 1 == 1)
        case .cell:
            let source = String(decoding: data, as: UTF8.self)
            let session = Session(timeLimit: 2)
            session.stepLimit = 10_000
            _ = session.run(source) { SourceLocation(file: "fuzz.swift", line: $0, column: $1) }
        }
    }

    /// The target named by `HANDSON_FUZZ_TARGET` (the chapter target when unset).
    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["HANDSON_FUZZ_TARGET"] ?? "chapter"
        return FuzzTarget(rawValue: name) ?? .chapter
    }()
}

/// libFuzzer's entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    FuzzTarget.selected.run(Data(bytes: bytes, count: count))
    return 0
}

#if FUZZING
    /// libFuzzer's driver, run from this executable's own entry point.
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32
    ) -> Int32

    @main enum Fuzz {
        static func main() {
            // Run the seeds once before the driver starts, so that values built once per
            // process (tables of built-ins, lazily made statics) are not reported as leaks of
            // the first input that happens to build them.
            if let folder = ProcessInfo.processInfo.environment["HANDSON_FUZZ_WARMUP"],
                let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
            {
                for name in names.sorted() {
                    if let data = FileManager.default.contents(atPath: folder + "/" + name) {
                        FuzzTarget.selected.run(data)
                    }
                }
            }
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
        }
    }
#else
    /// Replays saved inputs through a target: `handson-fuzz chapter crash-1234 corpus/*`.
    @main enum Replay {
        static func main() {
            let arguments = CommandLine.arguments.dropFirst()
            if arguments.first == "highlight", let path = arguments.dropFirst().first,
                let data = FileManager.default.contents(atPath: path)
            {
                let start = Date()
                _ = SwiftHighlighter.highlight(String(decoding: data, as: UTF8.self))
                print("highlight: \(Date().timeIntervalSince(start)) s")
                return
            }
            guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
                let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
                FileHandle.standardError.write(Data("usage: handson-fuzz \(names) FILE…\n".utf8))
                exit(2)
            }
            for path in arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("error: cannot read '\(path)'\n".utf8))
                    exit(2)
                }
                let start = Date()
                target.run(data)
                print("\(path): ok (\(String(format: "%.3f", Date().timeIntervalSince(start))) s)")
            }
        }
    }
#endif

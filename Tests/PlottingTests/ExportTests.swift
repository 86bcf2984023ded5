import Foundation
import Testing

@testable import Plotting

@Suite struct ExportTests {
    @Test func checksumsMatchKnownValues() {
        #expect(Checksums.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(Checksums.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398)
    }

    @Test func pngHasSignatureAndChunks() {
        let png = PNGEncoder.grayscale(width: 2, height: 2, pixels: [0, 255, 128, 64])
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(Array(png[12..<16]) == Array("IHDR".utf8))
        #expect(Array(png.suffix(8).prefix(4)) == Array("IEND".utf8))
    }

    @Test func imageGridExportsPNG() throws {
        let images = (0..<4).map { SyntheticData.fashionImage(label: $0, seed: 1) }
        let figure = try Figure.imageGrid(images, width: 28, columns: 2)
        let png = try figure.pngData(scale: 2)
        // 2 × (28·2 + 2) = 116 pixels square, stored uncompressed: ~ 116 · 117 bytes.
        #expect(png.count > 116 * 117)
        #expect(Array(png[16..<24]) == [0, 0, 0, 116, 0, 0, 0, 116])
    }

    @Test func pngExportOfLineChartIsRefused() throws {
        var axes = Axes()
        try axes.line(x: [0, 1], y: [0, 1])
        #expect(throws: PlotError.self) { try Figure(axes).pngData() }
    }

    @Test func writeIsAtomicAndCreatesFolders() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("plotting-export-\(ProcessInfo.processInfo.processIdentifier)")
        let url = folder.appendingPathComponent("output/figure.svg")
        var axes = Axes()
        try axes.line(x: [0, 1], y: [1, 0])
        try Figure(axes).write(to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == Figure(axes).svg())
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func denseLineIsSimplifiedBelow200KB() throws {
        var random = SeededRandom(seed: 17)
        let n = 100_000
        let xs = (0..<n).map { Double($0) / 1_000 }
        let ys = xs.map { 0.3 + exp(-$0 / 20) + random.normal(std: 0.03) }
        var axes = Axes(title: "Dense curve", xLabel: "epoch", yLabel: "loss")
        try axes.line(x: xs, y: ys, label: "batch loss")
        let svg = Figure(axes).svg()
        #expect(svg.utf8.count < 200_000, "\(svg.utf8.count) bytes")
        #expect(SVGValidator.problems(in: svg).isEmpty)
        // HANDSON_DENSE_DIR=folder also writes the unsimplified drawing, to compare renderings.
        if let folder = ProcessInfo.processInfo.environment["HANDSON_DENSE_DIR"],
            var line = axes.marks.first as? LineMark
        {
            line.simplifies = false
            axes.marks = [line]
            let url = URL(fileURLWithPath: folder)
            try Figure.writeAtomically(Data(svg.utf8), to: url.appendingPathComponent("dense.svg"))
            try Figure(axes).write(to: url.appendingPathComponent("dense-full.svg"))
        }
    }

    @Test func m4KeepsColumnExtremes() {
        let points = (0..<1_000).map { Point(x: Double($0) / 100, y: Double($0 % 7)) }
        let kept = LineMark.columnExtremes(points)
        #expect(kept.count <= 4 * 21)
        #expect(kept.first == points.first)
        #expect(kept.last == points.last)
        #expect(kept.contains { $0.y == 6 } && kept.contains { $0.y == 0 })
    }
}

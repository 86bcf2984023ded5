import Foundation
import Testing

/// Damaged data files written into the book by the test: IDX, CSV, safetensors and their JSON.
/// Each is an error at the cell's call naming the file and what is wrong, where it makes sense
/// at a line and column or byte offset of the file.
@Suite struct HostileDataTests {
    // MARK: - Builders

    /// An IDX file: two zero bytes, the type byte 0x08, the rank, big-endian dimensions, values.
    static func idx(rank: UInt8? = nil, magic: UInt8 = 8, dimensions: [Int], values: Int) -> Data {
        var bytes: [UInt8] = [0, 0, magic, rank ?? UInt8(dimensions.count)]
        for d in dimensions { bytes += [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: d >> $0) } }
        bytes += (0..<values).map { UInt8($0 % 10) }
        return Data(bytes)
    }

    /// The four Fashion-MNIST files (uncompressed) in `chapters/fm/`, with replacements.
    static func fashionFiles(_ replacing: [String: Data] = [:]) -> [String: Data] {
        var files = [
            "fm/train-images-idx3-ubyte": idx(dimensions: [2, 28, 28], values: 2 * 784),
            "fm/train-labels-idx1-ubyte": idx(dimensions: [2], values: 2),
            "fm/t10k-images-idx3-ubyte": idx(dimensions: [1, 28, 28], values: 784),
            "fm/t10k-labels-idx1-ubyte": idx(dimensions: [1], values: 1),
        ]
        files.merge(replacing) { $1 }
        return files
    }

    /// A safetensors file: the 8-byte little-endian header length, the header, the data.
    static func safetensors(header: String, data: [UInt8] = []) -> Data {
        var bytes = withUnsafeBytes(of: UInt64(header.utf8.count).littleEndian) { Array($0) }
        bytes += Array(header.utf8) + data
        return Data(bytes)
    }

    static let loadFashion = #"let data = FashionMNIST.load(directory: "fm")"#

    // MARK: - IDX

    @Test func goodIDXFilesLoad() throws {
        let c = try HostileCase(
            HostileCase.chapter(Self.loadFashion, "print(data.trainImages.shape)")
                + "\n```output\n[2, 28, 28]\n```\n", files: Self.fashionFiles())
        defer { c.book.remove() }
        #expect(c.status == 0, "\(c.output)")
    }

    @Test func aTruncatedIDXFile() throws {
        let c = try HostileCase(
            HostileCase.chapter(Self.loadFashion),
            files: Self.fashionFiles([
                "fm/train-images-idx3-ubyte": Self.idx(dimensions: [2, 28, 28], values: 100)
            ]))
        defer { c.book.remove() }
        c.expectError("cannot load Fashion-MNIST: ", at: "FashionMNIST.load")
        #expect(
            c.output.contains(
                "train-images-idx3-ubyte: truncated IDX data: dimensions [2, 28, 28] need 1568 values but the file holds 100"
            ))
    }

    @Test func anIDXFileWithAWrongMagicNumber() throws {
        let c = try HostileCase(
            HostileCase.chapter(Self.loadFashion),
            files: Self.fashionFiles([
                "fm/train-images-idx3-ubyte": Self.idx(dimensions: [2], values: 2)
            ]))
        defer { c.book.remove() }
        c.expectError("cannot load Fashion-MNIST: ", at: "FashionMNIST.load")
        #expect(
            c.output.contains("train-images-idx3-ubyte: bad IDX magic number 2049, expected 2051"))
    }

    @Test func anIDXFileWithWrongDimensions() throws {
        let c = try HostileCase(
            HostileCase.chapter(Self.loadFashion),
            files: Self.fashionFiles([
                "fm/t10k-images-idx3-ubyte": Self.idx(dimensions: [1, 28, 28], values: 3 * 784)
            ]))
        defer { c.book.remove() }
        c.expectError("cannot load Fashion-MNIST: ", at: "FashionMNIST.load")
        #expect(
            c.output.contains(
                "t10k-images-idx3-ubyte: oversized IDX data: dimensions [1, 28, 28] need 784 values but the file holds 2352"
            ))
    }

    @Test func labelsAndImagesOfDifferentCounts() throws {
        let c = try HostileCase(
            HostileCase.chapter(Self.loadFashion),
            files: Self.fashionFiles([
                "fm/train-labels-idx1-ubyte": Self.idx(dimensions: [3], values: 3)
            ]))
        defer { c.book.remove() }
        c.expectError("cannot load Fashion-MNIST: ", at: "FashionMNIST.load")
        #expect(c.output.contains("train-labels-idx1-ubyte: 3 labels for 2 images"))
    }

    // MARK: - CSV

    @Test func aCSVWithARaggedRow() throws {
        let c = try HostileCase(
            HostileCase.chapter(#"let t = CSVTable.load("data/bad.csv")"#),
            files: ["data/bad.csv": Data("a,b\n1,2\n3\n".utf8)])
        defer { c.book.remove() }
        c.expectError("cannot read ", at: "CSVTable.load")
        #expect(
            c.output.contains(
                "data/bad.csv:3:1: note: expected 2 fields as in the first row, found 1"))
    }

    @Test func aCSVWithANonNumber() throws {
        let c = try HostileCase(
            HostileCase.chapter(#"let t = CSVTable.load("data/bad.csv")"#, "let x = t.numbers()"),
            files: ["data/bad.csv": Data("a,b\n1,2\n3,x\n".utf8)])
        defer { c.book.remove() }
        c.expectError("cannot read ", at: "t.numbers()")
        #expect(
            c.output.contains("data/bad.csv:3:3: note: expected a number in column 'b', found 'x'"))
    }

    @Test func anEmptyCSV() throws {
        let c = try HostileCase(
            HostileCase.chapter(#"let t = Iris.load(path: "data/empty.csv")"#),
            files: ["data/empty.csv": Data()])
        defer { c.book.remove() }
        c.expectError("cannot read ", at: "Iris.load")
        #expect(c.output.contains("data/empty.csv:1:1: note: the file has no rows"))
    }

    @Test func aMissingCSV() throws {
        let c = try HostileCase(HostileCase.chapter(#"let t = CSVTable.load("data/none.csv")"#))
        defer { c.book.remove() }
        c.expectError("none.csv not found. Searched: ", at: "CSVTable.load")
    }

    // MARK: - safetensors and JSON

    @Test func aTruncatedSafetensorsFile() throws {
        let whole = Self.safetensors(
            header: #"{"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}"#)
        let c = try HostileCase(
            HostileCase.chapter(#"let m = loadModel("cut.safetensors")"#),
            files: ["cut.safetensors": whole.prefix(30)])
        defer { c.book.remove() }
        c.expectError(
            "cut.safetensors: not a valid safetensors file: the header is ", at: "loadModel")
        #expect(c.output.contains("bytes but the file ends after 22"))
    }

    @Test func safetensorsOffsetsPastTheEnd() throws {
        let file = Self.safetensors(
            header: #"{"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}"#, data: [0, 0, 0, 0])
        let c = try HostileCase(
            HostileCase.chapter(
                "let m = Sequential([Input(shape: [1]), Dense(2)])",
                #"m.loadWeights("w.safetensors")"#),
            files: ["w.safetensors": file])
        defer { c.book.remove() }
        c.expectError(
            "not a valid safetensors file: the data of 'w' lies outside the file (4 data bytes)",
            at: "m.loadWeights")
    }

    @Test func aSafetensorsHeaderOfDeeplyNestedArrays() throws {
        let file = Self.safetensors(
            header: String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000))
        let c = try HostileCase(
            HostileCase.chapter(#"let m = loadModel("deep.safetensors")"#),
            files: ["deep.safetensors": file], withGoodChapter: true)
        defer { c.book.remove() }
        c.expectError(
            "the header is nested more than 256 levels deep (at byte 264)", at: "loadModel")
        c.expectGoodChapterPassed()
    }

    @Test func loadWeightsOfAModelOfOtherShapes() throws {
        let c = try HostileCase(
            HostileCase.chapter(
                """
                let a = Sequential([Input(shape: [2]), Dense(3)])
                a.saveWeights("a.safetensors")
                """,
                """
                let b = Sequential([Input(shape: [2]), Dense(4)])
                b.loadWeights("a.safetensors")
                """))
        defer { c.book.remove() }
        c.expectError("expects weight 0 of shape [2, 4], the file has [2, 3]", at: "b.loadWeights")
        #expect(c.output.contains("1 passed, 1 failed"))
    }

    @Test func garbageJSONInTheModelConfig() throws {
        let header =
            #"{"__metadata__":{"format":"handson.model","format_version":"1","#
            + #""layers":"[]","model_config":"{not json at all"}}"#
        let c = try HostileCase(
            HostileCase.chapter(#"let m = loadModel("garbage.safetensors")"#),
            files: ["garbage.safetensors": Self.safetensors(header: header)])
        defer { c.book.remove() }
        c.expectError("the 'model_config' metadata is not JSON", at: "loadModel")
    }

    @Test func deeplyNestedJSONInTheModelConfig() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let header =
            #"{"__metadata__":{"format":"handson.model","format_version":"1","#
            + #""layers":"[]","model_config":""# + deep + #""}}"#
        let c = try HostileCase(
            HostileCase.chapter(#"let m = loadModel("deep.safetensors")"#),
            files: ["deep.safetensors": Self.safetensors(header: header)])
        defer { c.book.remove() }
        c.expectError(
            "the 'model_config' metadata is JSON nested more than 256 levels deep (at byte 256)",
            at: "loadModel")
    }
}

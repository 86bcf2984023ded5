import Foundation
import Testing

@testable import NeuralNetwork

@Suite struct FashionMNISTTests {
    /// Whether Debian's `dataset-fashion-mnist` package is installed.
    static let debianFiles = FileManager.default.fileExists(
        atPath: "/usr/share/datasets/fashion-mnist")

    /// Reference values computed independently with Python's `gzip` module on Debian's files.
    @Test(.enabled(if: debianFiles, "needs the dataset-fashion-mnist package"))
    func loadsTheRealFilesWithTheirExactContents() throws {
        let data = try FashionMNIST.load(scaled: false)
        #expect(data.trainImages.shape == [60000, 28, 28])
        #expect(data.testImages.shape == [10000, 28, 28])
        #expect(data.trainLabels.count == 60000)
        #expect(data.testLabels.count == 10000)
        #expect(Array(data.trainLabels.prefix(10)) == [9, 0, 0, 3, 0, 2, 7, 2, 5, 5])
        #expect(Array(data.testLabels.prefix(10)) == [9, 2, 1, 1, 6, 1, 4, 6, 5, 7])
        let trainSum = data.trainImages.withUnsafeBufferPointer { p in
            p.reduce(0.0) { $0 + Double($1) }
        }
        let testSum = data.testImages.withUnsafeBufferPointer { p in
            p.reduce(0.0) { $0 + Double($1) }
        }
        #expect(trainSum == 3_431_114_169)
        #expect(testSum == 573_469_082)
        #expect(data.classNames[9] == "Ankle boot")
        #expect(data.directory == "/usr/share/datasets/fashion-mnist")
    }

    /// Keras's `load_data()` returns the raw 0…255 pixels, and so does `load()` by default.
    @Test(.enabled(if: debianFiles, "needs the dataset-fashion-mnist package"))
    func loadReturnsRawPixelsAsKerasDoes() throws {
        let data = try FashionMNIST.load()
        let first = try data.testImages.row(0).scalars
        #expect(first.reduce(0, +) == 33456)
        #expect(first.max()! > 1)
    }

    @Test(.enabled(if: debianFiles, "needs the dataset-fashion-mnist package"))
    func scaledImagesAreInTheUnitInterval() throws {
        let dir = "/usr/share/datasets/fashion-mnist"
        let images = try FashionMNIST.readImages(dir + "/t10k-images-idx3-ubyte.gz", scaled: true)
        let first = try images.row(0).scalars
        #expect(abs(first.reduce(0, +) - 33456 / 255) < 1e-2)
        #expect(first.max()! <= 1 && first.min()! >= 0)
    }

    @Test func readsAFolderGivenExplicitly() throws {
        let dir = try GzipFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try GzipFixture.writeTinyDataSet(in: dir)
        let data = try FashionMNIST.load(scaled: false, directory: dir)
        #expect(data.trainImages.shape == [3, 2, 3])
        #expect(try data.trainImages.element(at: [1, 0, 2]) == 80)
        #expect(data.testLabels == [0, 1, 2])
    }

    /// Several gzip members are decoded one after another, as `gunzip` does; trailing zero
    /// padding is ignored.
    @Test func concatenatedGzipMembersAreDecodedInOrder() throws {
        let dir = try GzipFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let labels: [UInt8] = (0..<100_000).map { UInt8($0 % 10) }
        let idx = GzipFixture.idx(magic: 2049, dimensions: [100_000], values: labels)
        let path = dir + "/labels.gz"
        let split = 70_001
        try GzipFixture.write(
            GzipFixture.gzip(Array(idx[..<split])) + GzipFixture.gzip(Array(idx[split...]))
                + [0, 0, 0, 0],
            to: path)
        #expect(try FashionMNIST.readLabels(path) == labels.map(Int.init))
    }

    @Test func missingFilesNameEverySearchedPath() throws {
        let dir = try GzipFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(
            throws: DatasetError.fileNotFound(
                name: "Fashion-MNIST (train-images-idx3-ubyte.gz)",
                searched: [dir + "/train-images-idx3-ubyte.gz"])
        ) { try FashionMNIST.load(directory: dir) }
    }

    @Test func cacheFolderComesFromTheEnvironmentOrHome() {
        let folder = FashionMNIST.cacheDirectory
        if let custom = ProcessInfo.processInfo.environment["HANDSON_DATA"], !custom.isEmpty {
            #expect(folder == custom)
        } else {
            #expect(folder.hasSuffix("/.cache/handson"))
        }
        #expect(FashionMNIST.searchDirectories.first == "/usr/share/datasets/fashion-mnist")
    }

    /// Every way a file can be damaged is a thrown error naming the file, never a crash.
    @Test(arguments: Damage.allCases)
    func damagedFilesThrowWithThePath(_ damage: Damage) throws {
        let dir = try GzipFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try GzipFixture.writeTinyDataSet(in: dir, n: 2000)
        let path = dir + "/" + damage.file
        let original = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        try GzipFixture.write(damage.apply(original), to: path)
        do {
            _ = try FashionMNIST.load(directory: dir)
            Issue.record("no error for \(damage)")
        } catch let error as DatasetError {
            guard case .corruptFile(let errorPath, let reason) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(errorPath == path)
            #expect(reason.contains(damage.expectedReason), "\(reason)")
        }
    }

    enum Damage: CaseIterable, CustomTestStringConvertible {
        case truncatedGzip, garbledGzip, notGzip, emptyFile, badCRC, wrongMagic, truncatedIDX,
            labelCountMismatch, labelOutOfRange

        var file: String {
            switch self {
            case .labelCountMismatch, .labelOutOfRange: "train-labels-idx1-ubyte.gz"
            default: "train-images-idx3-ubyte.gz"
            }
        }

        var expectedReason: String {
            switch self {
            case .truncatedGzip, .emptyFile: "truncated"
            case .garbledGzip, .badCRC: "corrupt gzip data"
            case .notGzip: "not a gzip file"
            case .wrongMagic: "bad IDX magic number 2049, expected 2051"
            case .truncatedIDX: "truncated IDX data"
            case .labelCountMismatch: "1999 labels for 2000 images"
            case .labelOutOfRange: "label 10 at index 5"
            }
        }

        var testDescription: String { "\(self)" }

        func apply(_ bytes: [UInt8]) -> [UInt8] {
            switch self {
            case .truncatedGzip:
                return Array(bytes.prefix(bytes.count / 2))
            case .garbledGzip:
                var b = bytes
                b[10] = 0x07  // an invalid block type (BTYPE = 11)
                return b
            case .notGzip:
                return Array("hello, not gzip at all".utf8)
            case .emptyFile:
                return []
            case .badCRC:
                var b = bytes
                b[b.count - 6] ^= 0xff
                return b
            case .wrongMagic:
                return GzipFixture.gzip(
                    GzipFixture.idx(
                        magic: 2049, dimensions: [2000], values: .init(repeating: 0, count: 2000)))
            case .truncatedIDX:
                return GzipFixture.gzip(
                    GzipFixture.idx(magic: 2051, dimensions: [2000, 2, 3], values: [1, 2, 3]))
            case .labelCountMismatch:
                return GzipFixture.gzip(
                    GzipFixture.idx(
                        magic: 2049, dimensions: [1999], values: .init(repeating: 1, count: 1999)))
            case .labelOutOfRange:
                var labels = [UInt8](repeating: 1, count: 2000)
                labels[5] = 10
                return GzipFixture.gzip(
                    GzipFixture.idx(magic: 2049, dimensions: [2000], values: labels))
            }
        }
    }
}

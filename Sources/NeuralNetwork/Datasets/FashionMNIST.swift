import Foundation
import Tensors

/// Fashion-MNIST (Xiao, Rasul & Vollgraf 2017): 70,000 grayscale 28 × 28 images of clothing in
/// 10 classes, split into 60,000 training and 10,000 test images.
///
/// ``load(scaled:directory:)`` reads the four original IDX gzip files
/// (`train-images-idx3-ubyte.gz`, `train-labels-idx1-ubyte.gz`, `t10k-images-idx3-ubyte.gz`,
/// `t10k-labels-idx1-ubyte.gz`, or the same files uncompressed, without `.gz`) from the first of
/// ``searchDirectories`` that holds them: Debian's `dataset-fashion-mnist` package (`/usr/share/datasets/fashion-mnist`), then the cache
/// folder (`$HANDSON_DATA/fashion-mnist`, else `~/.cache/handson/fashion-mnist`).
public struct FashionMNIST {
    /// The names of the ten classes, indexed by label.
    public static let classNames = [
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
        "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
    ]

    /// The training images, `[60000, 28, 28]`: the raw pixel values 0…255, as Keras's
    /// `load_data()` returns them (scale them yourself, `trainImages / 255`), or in [0, 1]
    /// (`value / 255`) when loaded `scaled`.
    public let trainImages: Tensor
    /// The training labels, each in `0..<10`.
    public let trainLabels: [Int]
    /// The test images, `[10000, 28, 28]`, scaled like the training images.
    public let testImages: Tensor
    /// The test labels.
    public let testLabels: [Int]
    /// The directory the files were read from.
    public let directory: String

    /// The names of the ten classes (``classNames``).
    public var classNames: [String] { Self.classNames }

    /// The file names of the four archives.
    public static let fileNames = (
        trainImages: "train-images-idx3-ubyte.gz", trainLabels: "train-labels-idx1-ubyte.gz",
        testImages: "t10k-images-idx3-ubyte.gz", testLabels: "t10k-labels-idx1-ubyte.gz"
    )

    /// The directories searched, in order: Debian's package path, then the cache folder.
    public static var searchDirectories: [String] {
        ["/usr/share/datasets/fashion-mnist", cacheDirectory + "/fashion-mnist"]
    }

    /// The cache folder for data sets: `$HANDSON_DATA` when set, else `~/.cache/handson`.
    public static var cacheDirectory: String {
        let environment = ProcessInfo.processInfo.environment
        if let custom = environment["HANDSON_DATA"], !custom.isEmpty { return custom }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.cache/handson"
    }

    /// Loads the data set from `directory`, or from the first of ``searchDirectories`` holding
    /// the training images. Pixels are the raw 0…255 values as in Keras, divided by 255 only
    /// when `scaled` is true.
    ///
    /// Throws ``DatasetError/fileNotFound(name:searched:)`` when no directory holds the files and
    /// ``DatasetError/corruptFile(path:reason:)`` for a truncated or garbled file.
    public static func load(scaled: Bool = false, directory: String? = nil) throws -> FashionMNIST {
        let names = fileNames
        let candidates = directory.map { [$0] } ?? searchDirectories
        guard
            let folder = candidates.first(where: {
                locate(names.trainImages, in: $0) != nil
            })
        else {
            throw DatasetError.fileNotFound(
                name: "Fashion-MNIST (\(names.trainImages))",
                searched: candidates.map { $0 + "/" + names.trainImages })
        }
        func path(_ name: String) -> String { locate(name, in: folder) ?? folder + "/" + name }
        let trainImages = try readImages(path(names.trainImages), scaled: scaled)
        let trainLabels = try readLabels(path(names.trainLabels))
        let testImages = try readImages(path(names.testImages), scaled: scaled)
        let testLabels = try readLabels(path(names.testLabels))
        try checkCounts(trainImages, trainLabels, labelsPath: path(names.trainLabels))
        try checkCounts(testImages, testLabels, labelsPath: path(names.testLabels))
        return FashionMNIST(
            trainImages: trainImages, trainLabels: trainLabels, testImages: testImages,
            testLabels: testLabels, directory: folder)
    }

    /// The path of the archive `name` in `folder`, or of the same file uncompressed (its name
    /// without `.gz`), whichever exists first; nil when neither does.
    static func locate(_ name: String, in folder: String) -> String? {
        let plain = name.hasSuffix(".gz") ? String(name.dropLast(3)) : name
        return [name, plain].map { folder + "/" + $0 }.first {
            FileManager.default.fileExists(atPath: $0)
        }
    }

    /// Reads an IDX image file (magic 2051, `[n, rows, columns]`), gzipped when its name ends in
    /// `.gz`, as a tensor of that shape: raw 0…255 values, or divided by 255 when `scaled`.
    public static func readImages(_ path: String, scaled: Bool = false) throws -> Tensor {
        let idx = try IDXFile(readDecompressed(path), path: path, expectedMagic: 2051)
        let factor: Float = scaled ? 1 / 255 : 1
        var images = try Tensor.zeros(idx.dimensions)
        idx.values.withUnsafeBufferPointer { source in
            images.withUnsafeMutableBufferPointer { p in
                for i in 0..<p.count { p[i] = Float(source[i]) * factor }
            }
        }
        return images
    }

    /// Reads an IDX label file (magic 2049, `[n]`), gzipped when its name ends in `.gz`; every
    /// label must be below 10.
    public static func readLabels(_ path: String) throws -> [Int] {
        let idx = try IDXFile(readDecompressed(path), path: path, expectedMagic: 2049)
        let labels = idx.values.map(Int.init)
        if let index = labels.firstIndex(where: { $0 >= classNames.count }) {
            throw DatasetError.corruptFile(
                path: path,
                reason:
                    "label \(labels[index]) at index \(index) is outside 0..<\(classNames.count)")
        }
        return labels
    }

    private static func readDecompressed(_ path: String) throws -> [UInt8] {
        let limit = 1 << 30
        let data: Data
        switch FileReading.contents(of: path, limit: limit) {
        case .success(let d): data = d
        case .failure(.missing):
            throw DatasetError.fileNotFound(
                name: (path as NSString).lastPathComponent, searched: [path])
        case .failure(let failure):
            throw DatasetError.corruptFile(
                path: path, reason: "the file " + FileReading.describe(failure, limit: limit))
        }
        let bytes = [UInt8](data)
        return path.hasSuffix(".gz") ? try Gzip.decompress(bytes, path: path) : bytes
    }

    private static func checkCounts(_ images: Tensor, _ labels: [Int], labelsPath: String) throws {
        guard images.shape.first == labels.count else {
            throw DatasetError.corruptFile(
                path: labelsPath,
                reason: "\(labels.count) labels for \(images.shape.first ?? 0) images")
        }
    }
}

import Foundation

/// Fashion-MNIST from the IDX gzip files of Debian's `dataset-fashion-mnist` (or `FMNIST_DIR`),
/// split as in Hands-On ML: the first 55,000 training images train, the last 5,000 validate.
struct FashionData {
    var trainX: [Float]
    var trainY: [Int32]
    var validX: [Float]
    var validY: [Int32]
    var testX: [Float]
    var testY: [Int32]
    static let pixels = 784

    static func load() throws -> FashionData {
        let dir =
            ProcessInfo.processInfo.environment["FMNIST_DIR"]
            ?? "/usr/share/datasets/fashion-mnist"
        let images = try idx("\(dir)/train-images-idx3-ubyte.gz")
        let labels = try idx("\(dir)/train-labels-idx1-ubyte.gz")
        let split = 55_000
        let trainX = pixelsToFloats(images, 0..<(split * pixels))
        let validX = pixelsToFloats(images, (split * pixels)..<images.count)
        let testImages = try idx("\(dir)/t10k-images-idx3-ubyte.gz")
        let testLabels = try idx("\(dir)/t10k-labels-idx1-ubyte.gz")
        return FashionData(
            trainX: trainX, trainY: labels.prefix(split).map { Int32($0) },
            validX: validX, validY: labels.dropFirst(split).map { Int32($0) },
            testX: pixelsToFloats(testImages, 0..<testImages.count),
            testY: testLabels.map { Int32($0) })
    }

    /// Pixels `range` of an IDX payload scaled to [0, 1].
    static func pixelsToFloats(_ bytes: ArraySlice<UInt8>, _ range: Range<Int>) -> [Float] {
        let base = bytes.startIndex
        return [Float](unsafeUninitializedCapacity: range.count) { buffer, count in
            for i in 0..<range.count { buffer[i] = Float(bytes[base + range.lowerBound + i]) / 255 }
            count = range.count
        }
    }

    /// The payload of an unsigned-byte IDX file, decompressed by `gzip -dc`.
    static func idx(_ path: String) throws -> ArraySlice<UInt8> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let bytes = [UInt8](data)
        guard bytes.count > 4, bytes[2] == 0x08 else { throw BenchError.data("bad IDX \(path)") }
        let rank = Int(bytes[3])
        return bytes[(4 + 4 * rank)...]
    }

    /// Standardizes every pixel with the training set's mean and standard deviation (as the
    /// book does for SELU networks); constant pixels keep a divisor of 1.
    mutating func standardize() {
        let n = trainY.count
        var mean = [Double](repeating: 0, count: Self.pixels)
        var square = [Double](repeating: 0, count: Self.pixels)
        for r in 0..<n {
            for j in 0..<Self.pixels {
                let v = Double(trainX[r * Self.pixels + j])
                mean[j] += v
                square[j] += v * v
            }
        }
        var std = [Double](repeating: 1, count: Self.pixels)
        for j in 0..<Self.pixels {
            mean[j] /= Double(n)
            let s = (square[j] / Double(n) - mean[j] * mean[j]).squareRoot()
            std[j] = s.isFinite && s > 0 ? s : 1
        }
        func apply(_ x: inout [Float]) {
            for i in x.indices {
                let j = i % Self.pixels
                x[i] = Float((Double(x[i]) - mean[j]) / std[j])
            }
        }
        apply(&trainX)
        apply(&validX)
        apply(&testX)
    }
}

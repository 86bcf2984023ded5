import Foundation
import Tensors

/// Fashion-MNIST as tensors, decoded straight from the IDX bytes into tensor storage (no
/// second copy of the 172 MB training images): train 55,000, validation 5,000, test 10,000.
struct FashionTensors {
    var trainX: Tensor
    var trainY: Tensor
    var validX: Tensor
    var validY: Tensor
    var testX: Tensor
    var testY: Tensor

    static func load(standardized: Bool) throws -> FashionTensors {
        let dir =
            ProcessInfo.processInfo.environment["FMNIST_DIR"]
            ?? "/usr/share/datasets/fashion-mnist"
        let pixels = FashionData.pixels
        let split = 55_000
        var trainX: Tensor
        var validX: Tensor
        do {
            let images = try FashionData.idx("\(dir)/train-images-idx3-ubyte.gz")
            trainX = try images.floats(0..<(split * pixels), shape: [split, pixels])
            validX = try images.floats(
                (split * pixels)..<images.count, shape: [images.count / pixels - split, pixels])
        }
        let labels = try FashionData.idx("\(dir)/train-labels-idx1-ubyte.gz")
        let testImages = try FashionData.idx("\(dir)/t10k-images-idx3-ubyte.gz")
        var testX = try testImages.floats(
            0..<testImages.count, shape: [testImages.count / pixels, pixels])
        let testLabels = try FashionData.idx("\(dir)/t10k-labels-idx1-ubyte.gz")
        if standardized {
            let (mean, std) = trainX.columnStatistics()
            for i in 0..<3 {
                func apply(_ t: inout Tensor) {
                    t.withUnsafeMutableBufferPointer { b in
                        for k in b.indices {
                            let j = k % pixels
                            b[k] = Float((Double(b[k]) - mean[j]) / std[j])
                        }
                    }
                }
                if i == 0 {
                    apply(&trainX)
                } else if i == 1 {
                    apply(&validX)
                } else {
                    apply(&testX)
                }
            }
        }
        let y = labels.map { Float($0) }
        return FashionTensors(
            trainX: trainX, trainY: Tensor(Array(y.prefix(split))), validX: validX,
            validY: Tensor(Array(y.dropFirst(split))), testX: testX,
            testY: Tensor(testLabels.map { Float($0) }))
    }
}

extension ArraySlice<UInt8> {
    /// Bytes `range` (offsets from the start) scaled to [0, 1] as a tensor of `shape`.
    func floats(_ range: Range<Int>, shape: [Int]) throws -> Tensor {
        var t = try Tensor.zeros(shape)
        let base = startIndex + range.lowerBound
        t.withUnsafeMutableBufferPointer { b in
            for i in b.indices { b[i] = Float(self[base + i]) / 255 }
        }
        return t
    }
}

extension Tensor {
    /// Per column of a `[rows, columns]` tensor: the mean and the standard deviation (1 where
    /// it is 0), in double precision, as the references standardize.
    func columnStatistics() -> (mean: [Double], std: [Double]) {
        let (n, columns) = (shape[0], shape[1])
        var mean = [Double](repeating: 0, count: columns)
        var square = [Double](repeating: 0, count: columns)
        withUnsafeBufferPointer { b in
            for r in 0..<n {
                for j in 0..<columns {
                    let v = Double(b[r * columns + j])
                    mean[j] += v
                    square[j] += v * v
                }
            }
        }
        var std = [Double](repeating: 1, count: columns)
        for j in 0..<columns {
            mean[j] /= Double(n)
            let s = (square[j] / Double(n) - mean[j] * mean[j]).squareRoot()
            std[j] = s.isFinite && s > 0 ? s : 1
        }
        return (mean, std)
    }
}

import Foundation
import Tensors
import Testing

@testable import NeuralNetwork

@Suite struct DataHelpersTests {
    @Test func trainTestSplitPartitionsTheRowsReproducibly() throws {
        let x = try Tensor(shape: [10, 2], scalars: (0..<20).map(Float.init))
        let labels = Array(0..<10)
        let a = try trainTestSplit(x, labels, testFraction: 0.25, seed: 7)
        let b = try trainTestSplit(x, labels, testFraction: 0.25, seed: 7)
        #expect(a.yTest.count == 3)  // ⌈10 · 0.25⌉
        #expect(a.yTrain.count == 7)
        #expect(Set(a.yTrain + a.yTest) == Set(labels))
        #expect(a.yTrain == b.yTrain && a.xTest == b.xTest)
        // Rows stay paired with their labels.
        for (i, label) in a.yTest.enumerated() {
            #expect(try a.xTest.row(i).scalars == [Float(2 * label), Float(2 * label + 1)])
        }
        let c = try trainTestSplit(x, labels, testFraction: 0.25, seed: 8)
        #expect(c.yTrain != a.yTrain)
    }

    @Test func trainTestSplitWithoutShuffleKeepsOrderAndSplitsTensors() throws {
        let x = try Tensor(shape: [4, 1], scalars: [0, 1, 2, 3])
        let y = try Tensor(shape: [4, 1], scalars: [10, 11, 12, 13])
        let s = try trainTestSplit(x, y, testFraction: 0.5, shuffle: false)
        #expect(s.xTrain.scalars == [0, 1])
        #expect(s.yTest.scalars == [12, 13])
    }

    @Test func trainTestSplitRejectsBadArguments() throws {
        let x = try Tensor.zeros([4, 1])
        #expect(throws: DatasetError.self) { try trainTestSplit(x, [0, 1, 2]) }
        #expect(throws: DatasetError.self) { try trainTestSplit(x, [0, 1, 2, 3], testFraction: 1) }
        #expect(throws: DatasetError.self) { try trainTestSplit(x, [0, 1, 2, 3], testFraction: 0) }
    }

    @Test func standardScalerCentersAndScalesEachFeature() throws {
        let x = try Tensor([[1, 10, 5], [3, 20, 5], [5, 30, 5]])
        let scaler = try StandardScaler(fitting: x)
        #expect(scaler.mean.scalars == [3, 20, 5])
        // Biased standard deviations: √(8/3), √(200/3); the constant column keeps σ = 1.
        let sd = scaler.standardDeviation.scalars
        #expect(abs(sd[0] - (8.0 / 3).squareRoot()) < 1e-6)
        #expect(abs(sd[1] - Float((200.0 / 3).squareRoot())) < 1e-4)
        #expect(sd[2] == 1)
        let z = try scaler.transform(x)
        let column0 = try z.transposed().row(0).scalars
        #expect(abs(column0[0] + 1.2247449) < 1e-5 && abs(column0[2] - 1.2247449) < 1e-5)
        #expect(try z.transposed().row(2).scalars == [0, 0, 0])
        let back = try scaler.inverseTransform(z).scalars
        for (u, v) in zip(back, x.scalars) { #expect(abs(u - v) < 1e-5) }
        let s = try standardized(x)
        #expect(s == z)
    }

    @Test func xorIsTheTruthTable() throws {
        let data = try SyntheticData.xor()
        #expect(data.x.scalars == [0, 0, 0, 1, 1, 0, 1, 1])
        #expect(data.labels == [0, 1, 1, 0])
        #expect(data.y.shape == [4, 1])
        let noisy = try SyntheticData.xor(count: 400, noise: 0.1, seed: 3)
        #expect(noisy.x.shape == [400, 2])
        #expect(try noisy == SyntheticData.xor(count: 400, noise: 0.1, seed: 3))
        // Noise of σ = 0.1 keeps every point near its corner.
        for (i, v) in noisy.x.scalars.enumerated() {
            let corner: Float = i % 2 == 0 ? Float((i / 2 % 4) / 2) : Float(i / 2 % 2)
            #expect(abs(v - corner) < 0.6)
        }
    }

    @Test func moonsLieOnTheirArcsWithoutNoise() throws {
        let data = try SyntheticData.moons(count: 101, seed: 1)
        #expect(data.x.shape == [101, 2])
        #expect(data.labels.filter { $0 == 0 }.count == 50)
        for i in 0..<101 {
            let p = try data.x.row(i).scalars
            let (cx, cy): (Float, Float) = data.labels[i] == 0 ? (0, 0) : (1, 0.5)
            let r = ((p[0] - cx) * (p[0] - cx) + (p[1] - cy) * (p[1] - cy)).squareRoot()
            #expect(abs(r - 1) < 1e-5)
            #expect(data.labels[i] == 0 ? p[1] >= -1e-6 : p[1] <= 0.5 + 1e-6)
        }
        #expect(try data == SyntheticData.moons(count: 101, seed: 1))
        #expect(try data != SyntheticData.moons(count: 101, seed: 2))
    }

    @Test func blobsClusterAroundTheirCenters() throws {
        let centers: [[Float]] = [[-5, 0], [5, 5], [0, 10]]
        let data = try SyntheticData.blobs(
            count: 3000, centers: centers, standardDeviation: 0.5, seed: 4)
        #expect(data.x.shape == [3000, 2])
        for k in 0..<3 {
            let rows = data.labels.indices.filter { data.labels[$0] == k }
            #expect(rows.count == 1000)
            let points = try data.x.gathering(rows: rows)
            let mean = try points.mean(alongAxis: 0).scalars
            let sd = try points.standardDeviation(alongAxes: [0]).scalars
            for d in 0..<2 {
                #expect(abs(mean[d] - centers[k][d]) < 0.05)
                #expect(abs(sd[d] - 0.5) < 0.03)
            }
        }
        let random = try SyntheticData.blobs(count: 10, centerCount: 4, features: 3, seed: 1)
        #expect(random.x.shape == [10, 3])
        #expect(random.labels.sorted() == [0, 0, 0, 1, 1, 1, 2, 2, 3, 3])
    }
}

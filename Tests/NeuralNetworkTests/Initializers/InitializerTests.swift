import Foundation
import Tensors
import Testing

@testable import NeuralNetwork

/// Sample moments over 100,000 draws against the formulas, within five standard errors:
/// the mean's is σ/√n, the variance's σ²·√(2/n) (normal; smaller for uniform and truncated).
func expectMoments(
    _ t: Tensor, mean expectedMean: Double, variance expectedVariance: Double,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let values = t.scalars.map(Double.init)
    let n = Double(values.count)
    let mean = values.reduce(0, +) / n
    let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n
    let sd = expectedVariance.squareRoot()
    #expect(
        abs(mean - expectedMean) < 5 * sd / n.squareRoot(), "mean \(mean)",
        sourceLocation: sourceLocation)
    #expect(
        abs(variance - expectedVariance) < 5 * expectedVariance * (2 / n).squareRoot(),
        "variance \(variance) vs \(expectedVariance)", sourceLocation: sourceLocation)
}

@Suite struct InitializerTests {
    let draws = 100_000

    @Test func constantInitializers() throws {
        var g = RandomGenerator(seed: 0)
        #expect(try Zeros()([2, 3], using: &g) == Tensor.zeros([2, 3]))
        #expect(try Ones()([4], using: &g).scalars == [1, 1, 1, 1])
        #expect(try Constant(0.5)([2], using: &g).scalars == [0.5, 0.5])
        #expect(g == RandomGenerator(seed: 0))  // no randomness consumed
    }

    @Test func randomNormalMoments() throws {
        expectMoments(try RandomNormal()([draws], seed: 1), mean: 0, variance: 0.05 * 0.05)
        expectMoments(
            try RandomNormal(mean: 3, standardDeviation: 2)([draws], seed: 2), mean: 3, variance: 4)
    }

    @Test func randomUniformMomentsAndBounds() throws {
        let t = try RandomUniform(minimum: -1, maximum: 3)([draws], seed: 3)
        // U[a, b): mean (a + b)/2, variance (b − a)²/12.
        expectMoments(t, mean: 1, variance: 16.0 / 12)
        #expect(t.scalars.allSatisfy { $0 >= -1 && $0 < 3 })
        expectMoments(try RandomUniform()([draws], seed: 4), mean: 0, variance: 0.01 / 12)
    }

    @Test func truncatedNormalMomentsAndBounds() throws {
        let t = try TruncatedNormal(mean: 1, standardDeviation: 2)([draws], seed: 5)
        // A normal truncated at ±2σ has variance σ² · 0.87962566103423978².
        let c = VarianceScaling.truncationCorrection
        expectMoments(t, mean: 1, variance: 4 * c * c)
        #expect(t.scalars.allSatisfy { abs($0 - 1) <= 4 })
    }

    @Test func fansFollowKeras() {
        #expect(computeFans([]) == (1, 1))
        #expect(computeFans([7]) == (7, 7))
        #expect(computeFans([784, 300]) == (784, 300))
        #expect(computeFans([3, 3, 16, 32]) == (144, 288))
    }

    /// Every preset: variance scale/n, computed by hand for a 400 × 100 dense kernel
    /// (fan_in 400, fan_out 100, fan_avg 250).
    static let presetCases: [(String, Double, Bool)] = [
        ("glorot_normal", 1.0 / 250, false), ("glorot_uniform", 1.0 / 250, true),
        ("he_normal", 2.0 / 400, false), ("he_uniform", 2.0 / 400, true),
        ("lecun_normal", 1.0 / 400, false), ("lecun_uniform", 1.0 / 400, true),
    ]

    @Test(arguments: presetCases)
    func presetsHaveKerasVariance(name: String, variance: Double, isUniform: Bool) throws {
        let presets: [String: VarianceScaling] = [
            "glorot_normal": .glorotNormal(seed: 6), "glorot_uniform": .glorotUniform(seed: 6),
            "he_normal": .heNormal(seed: 6), "he_uniform": .heUniform(seed: 6),
            "lecun_normal": .lecunNormal(seed: 6), "lecun_uniform": .lecunUniform(seed: 6),
        ]
        let initializer = try #require(presets[name])
        #expect(initializer.name == name)
        #expect(initializer.variance(for: [400, 100]) == variance)
        #expect(initializer.distribution == (isUniform ? .uniform : .truncatedNormal))
        let w = try initializer([400, 250], seed: 7)  // 100,000 draws
        // Same fans as [400, 100] only for fan_in presets; recompute for this shape.
        let v = initializer.variance(for: [400, 250])
        expectMoments(w, mean: 0, variance: v)
        let bound =
            isUniform
            ? (3 * v).squareRoot() : 2 * v.squareRoot() / VarianceScaling.truncationCorrection
        #expect(w.scalars.allSatisfy { Double(abs($0)) <= bound * (1 + 1e-6) })
    }

    @Test func varianceScalingModesAndDistributions() throws {
        let shape = [200, 500]  // fan_in 200, fan_out 500, fan_avg 350
        for (mode, n) in [(VarianceScaling.Mode.fanIn, 200.0), (.fanOut, 500), (.fanAvg, 350)] {
            for distribution in [
                VarianceScaling.Distribution.truncatedNormal, .untruncatedNormal, .uniform,
            ] {
                let vs = try VarianceScaling(scale: 3, mode: mode, distribution: distribution)
                #expect(vs.variance(for: shape) == 3 / n)
                expectMoments(try vs(shape, seed: 8), mean: 0, variance: 3 / n)
            }
        }
        #expect(VarianceScaling.Distribution.normal == .truncatedNormal)
        #expect(throws: TensorError.self) { try VarianceScaling(scale: 0) }
        // A tiny fan is floored at 1.
        #expect(try VarianceScaling(scale: 2, mode: .fanIn).variance(for: [0, 3]) == 2)
    }

    @Test func seedsMakeInitializersReproducible() throws {
        var g1 = RandomGenerator(seed: 1)
        var g2 = RandomGenerator(seed: 1)
        let seeded = RandomNormal(seed: 42)
        // A seeded initializer returns the same values on every call, whatever the generator.
        #expect(try seeded([5], using: &g1) == seeded([5], using: &g2))
        #expect(try seeded([5], using: &g1) == seeded([5], seed: 42))
        #expect(g1 == RandomGenerator(seed: 1))
        // An unseeded one advances the caller's generator: two calls differ.
        let glorot: any Initializer = .glorotUniform
        let a = try glorot([3, 3], using: &g1)
        let b = try glorot([3, 3], using: &g1)
        #expect(a != b)
        var g3 = RandomGenerator(seed: 1)
        #expect(try glorot([3, 3], using: &g3) == a)
    }

    @Test func staticMembersReadLikeKeras() throws {
        func name(_ i: some Initializer) -> String { i.name }
        #expect(name(.heNormal) == "he_normal")
        #expect(name(.zeros) == "zeros")
        #expect(name(.constant(2)) == "constant")
        #expect(name(.truncatedNormal) == "truncated_normal")
        #expect(try VarianceScaling().name == "variance_scaling")
    }
}

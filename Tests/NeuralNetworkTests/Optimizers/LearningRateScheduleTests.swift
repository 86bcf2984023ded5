import Foundation
import Tensors
import Testing

@testable import NeuralNetwork

@Suite struct LearningRateScheduleTests {
    @Test func exponentialDecayByHand() throws {
        let smooth = try ExponentialDecay(initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.5)
        #expect(smooth(0) == 0.1)
        #expect(abs(smooth(10) - 0.05) < 1e-9)
        #expect(abs(smooth(5) - 0.1 * Float(0.5.squareRoot())) < 1e-8)
        let stairs = try ExponentialDecay(
            initialLearningRate: 0.1, decaySteps: 10, decayRate: 0.5, staircase: true)
        #expect(stairs(9) == 0.1)
        #expect(abs(stairs(10) - 0.05) < 1e-9 && abs(stairs(19) - 0.05) < 1e-9)
        #expect(abs(stairs(20) - 0.025) < 1e-9)
    }

    @Test func inverseTimeDecayByHand() throws {
        let s = try InverseTimeDecay(initialLearningRate: 0.1, decaySteps: 4, decayRate: 1)
        #expect(s(0) == 0.1)
        #expect(abs(s(4) - 0.05) < 1e-9)
        #expect(abs(s(2) - 0.1 / 1.5) < 1e-9)
        let stairs = try InverseTimeDecay(
            initialLearningRate: 0.1, decaySteps: 4, decayRate: 1, staircase: true)
        #expect(stairs(3) == 0.1 && abs(stairs(7) - 0.05) < 1e-9)
    }

    /// A boundary step belongs to the earlier segment.
    @Test func piecewiseConstantBoundaryRule() throws {
        let s = try PiecewiseConstantDecay(boundaries: [10, 20], values: [1, 0.5, 0.1])
        #expect([0, 10, 11, 20, 21, 1000].map { s($0) } == [1, 1, 0.5, 0.5, 0.1, 0.1])
        #expect(throws: TrainingError.self) {
            try PiecewiseConstantDecay(boundaries: [10], values: [1])
        }
        #expect(throws: TrainingError.self) {
            try PiecewiseConstantDecay(boundaries: [10, 5], values: [1, 0.5, 0.1])
        }
    }

    /// T = 100: L = 11, h = 44; up from η_max/10 to η_max at step 44, down to η₀ at 88, then
    /// to η₀/1000 at step 100.
    @Test func oneCycleShape() throws {
        let s = try OneCycle(maxLearningRate: 1, totalSteps: 100)
        #expect(s.lastSteps == 11 && s.halfCycle == 44)
        #expect(s(0) == 0.1)
        #expect(abs(s(22) - 0.55) < 1e-7)
        #expect(s(44) == 1)
        #expect(abs(s(66) - 0.55) < 1e-7)
        #expect(abs(s(88) - 0.1) < 1e-7)
        #expect(abs(s(100) - 0.0001) < 1e-9)
        #expect(abs(s(500) - 0.0001) < 1e-9)
        let rates = (0...100).map { s($0) }
        #expect(zip(rates[0..<44], rates[1...44]).allSatisfy { $0 < $1 })
        #expect(zip(rates[44..<100], rates[45...100]).allSatisfy { $0 > $1 })
        let custom = try OneCycle(
            maxLearningRate: 0.5, totalSteps: 10, startLearningRate: 0.1, lastSteps: 2,
            lastLearningRate: 0)
        #expect(custom.halfCycle == 4 && custom(4) == 0.5 && custom(10) == 0)
        #expect(throws: TrainingError.self) { try OneCycle(maxLearningRate: 1, totalSteps: 2) }
        #expect(throws: TrainingError.self) { try OneCycle(maxLearningRate: -1, totalSteps: 50) }
    }

    @Test func rejectsBadArguments() throws {
        #expect {
            try ExponentialDecay(initialLearningRate: 0.1, decaySteps: 0, decayRate: 0.5)
        } throws: { "\($0)".contains("Received: decaySteps=0") }
        #expect(throws: TrainingError.self) {
            try InverseTimeDecay(initialLearningRate: -0.1, decaySteps: 1, decayRate: 0.5)
        }
    }

    /// The k-th update (k from 0) uses schedule(k); `learningRate` shows the next one.
    @Test func optimizerUsesTheScheduledRateOfEachStep() throws {
        let schedule = try PiecewiseConstantDecay(boundaries: [1, 2], values: [1, 0.5, 0.25])
        let sgd = try SGD(learningRate: schedule)
        var w = [Tensor([0])]
        var seen: [Float] = []
        for _ in 0..<4 {
            seen.append(sgd.learningRate)
            try sgd.apply(gradients: [Tensor([1])], to: &w)
        }
        #expect(seen == [1, 1, 0.5, 0.25])
        #expect(w[0].scalars == [-2.75])
        // Setting a constant rate replaces the schedule.
        sgd.learningRate = 0.1
        #expect(sgd.schedule == nil && sgd.learningRate == 0.1)
    }
}

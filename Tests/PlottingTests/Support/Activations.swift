import Foundation

/// Activation functions and their derivatives, written from their definitions.
enum Activations {
    static func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
    static func sigmoidPrime(_ z: Double) -> Double { sigmoid(z) * (1 - sigmoid(z)) }
    static func tanhPrime(_ z: Double) -> Double { 1 - tanh(z) * tanh(z) }
    static func relu(_ z: Double) -> Double { max(0, z) }
    static func reluPrime(_ z: Double) -> Double { z > 0 ? 1 : 0 }
    static func leakyRelu(_ z: Double) -> Double { z > 0 ? z : 0.2 * z }
    static func leakyReluPrime(_ z: Double) -> Double { z > 0 ? 1 : 0.2 }
    static func elu(_ z: Double) -> Double { z > 0 ? z : exp(z) - 1 }
    static func eluPrime(_ z: Double) -> Double { z > 0 ? 1 : exp(z) }
    /// SELU constants of Klambauer et al. 2017.
    static let seluLambda = 1.0507009873554805
    static let seluAlpha = 1.6732632423543772
    static func selu(_ z: Double) -> Double { seluLambda * (z > 0 ? z : seluAlpha * (exp(z) - 1)) }
    static func seluPrime(_ z: Double) -> Double { seluLambda * (z > 0 ? 1 : seluAlpha * exp(z)) }
}

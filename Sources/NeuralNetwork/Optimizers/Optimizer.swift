import Tensors

/// TEMPORARY stand-in until the optimizers land.
public protocol Optimizer: AnyObject {
    var name: String { get }
    var learningRate: Float { get set }
    var iterations: Int { get set }
    var clipValue: Float? { get }
    var clipNorm: Float? { get }
    var globalClipNorm: Float? { get }
    func apply(gradients: [Tensor], to variables: inout [Tensor]) throws
    var config: JSONValue { get }
}

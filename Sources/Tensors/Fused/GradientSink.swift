/// Where ``FusedNetwork/computeGradients(inputs:rows:labels:targets:correct:sink:)`` hands each
/// parameter once its gradient is complete: an optimizer that updates parameters in place, a
/// block at a time while the block is still in cache. Parameters are numbered as in
/// ``FusedNetwork/trainableParameters``.
public struct GradientSink {
    /// Whether large weight matrices may be updated block by block (``block``); otherwise each
    /// parameter is handed over whole (``whole``), for updates that need the whole gradient
    /// first, such as clipping by its norm.
    public var updatesByBlock: Bool
    /// Called once per step, when the loss is finite, before any other call.
    public var begin: () -> Void
    /// Updates the whole parameter from its complete gradient.
    public var whole: (Int) -> Void
    /// Updates the elements `range` of a parameter from their gradient, `range.count` values
    /// at the pointer (scratch the callee may overwrite, e.g. with the clipped gradient);
    /// called for disjoint ranges of one parameter on two threads at once. A parameter
    /// updated by blocks never has its whole gradient written to its gradient buffer.
    public var block: (Int, Range<Int>, UnsafeMutablePointer<Float>) -> Void

    public init(
        updatesByBlock: Bool, begin: @escaping () -> Void, whole: @escaping (Int) -> Void,
        block: @escaping (Int, Range<Int>, UnsafeMutablePointer<Float>) -> Void
    ) {
        self.updatesByBlock = updatesByBlock
        self.begin = begin
        self.whole = whole
        self.block = block
    }
}

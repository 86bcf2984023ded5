/// The heap buffer behind a ``Tensor``: a contiguous, 64-byte aligned run of Float32 values.
///
/// Tensors share a storage until one of them is mutated (copy-on-write, see
/// ``Tensor/withUnsafeMutableBufferPointer(_:)``).
@usableFromInline
final class TensorStorage {
    /// The first element.
    @usableFromInline let base: UnsafeMutablePointer<Float>
    /// The number of elements.
    @usableFromInline let count: Int

    /// Allocates `count` uninitialized elements (callers overwrite every one).
    @usableFromInline
    init(uninitializedCount count: Int) {
        self.count = count
        let raw = UnsafeMutableRawPointer.allocate(
            byteCount: max(count, 1) * MemoryLayout<Float>.stride, alignment: 64)
        base = raw.bindMemory(to: Float.self, capacity: max(count, 1))
    }

    /// Allocates `count` elements set to `value`.
    @usableFromInline
    convenience init(count: Int, repeating value: Float) {
        self.init(uninitializedCount: count)
        base.initialize(repeating: value, count: count)
    }

    /// A fresh storage holding a copy of this one.
    @usableFromInline
    func copy() -> TensorStorage {
        let other = TensorStorage(uninitializedCount: count)
        other.base.update(from: base, count: count)
        return other
    }

    deinit {
        UnsafeMutableRawPointer(base).deallocate()
    }
}

/// The heap buffer behind a ``Tensor``: a contiguous, 64-byte aligned run of Float32 values.
///
/// Tensors share a storage until one of them is mutated (copy-on-write, see
/// ``Tensor/withUnsafeMutableBufferPointer(_:)``). A storage can also be a read-only window on
/// another one (``init(viewing:offset:count:)``, what `x.rows(a..<b)` returns, as NumPy's basic
/// slicing does): it keeps the other alive and is copied before any write.
@usableFromInline
final class TensorStorage {
    /// The first element.
    @usableFromInline let base: UnsafeMutablePointer<Float>
    /// The number of elements.
    @usableFromInline let count: Int
    /// The storage whose buffer this one is a window on; nil when it owns its buffer.
    @usableFromInline let owner: TensorStorage?

    /// Whether this storage is a window on another one's buffer (never written in place).
    @inlinable var isView: Bool { owner != nil }

    /// Allocates `count` uninitialized elements (callers overwrite every one).
    @usableFromInline
    init(uninitializedCount count: Int) {
        self.count = count
        owner = nil
        let raw = UnsafeMutableRawPointer.allocate(
            byteCount: max(count, 1) * MemoryLayout<Float>.stride, alignment: 64)
        base = raw.bindMemory(to: Float.self, capacity: max(count, 1))
    }

    /// A window on `count` elements of `parent` starting at `offset` (the caller checks the
    /// bounds); it shares `parent`'s buffer and keeps it alive.
    @usableFromInline
    init(viewing parent: TensorStorage, offset: Int, count: Int) {
        let root = parent.owner ?? parent
        self.owner = root
        self.base = parent.base + offset
        self.count = count
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
        if owner == nil { UnsafeMutableRawPointer(base).deallocate() }
    }
}

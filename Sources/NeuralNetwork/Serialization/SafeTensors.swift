import Foundation
import Tensors

/// The safetensors file format (Hugging Face, 2022): named tensors and string metadata in one
/// file that any tool can read without running code.
///
/// Layout: an unsigned 64-bit little-endian header length N; N bytes of UTF-8 JSON mapping each
/// tensor name to `{"dtype": "F32", "shape": […], "data_offsets": [begin, end]}` plus an optional
/// `"__metadata__"` object of strings, padded with spaces to a multiple of 8 bytes; then the
/// tensors' bytes, little-endian, row-major, each at its offsets relative to the end of the
/// header. Reading checks everything a damaged file could get wrong (sizes, offsets that
/// overlap, leave gaps or pass the end, shapes that disagree with the byte counts) and throws a
/// ``SerializationError`` instead of trusting it.
public struct SafeTensors {
    /// The tensors in file order (written in this order, read sorted by offset).
    public var tensors: [(name: String, tensor: Tensor)]
    /// Free-form string metadata (`__metadata__`).
    public var metadata: [String: String]

    /// The largest file this reader accepts (16 GiB).
    public static let maximumFileSize = 16 << 30

    /// The largest header this reader accepts (100 MB, as the reference implementation).
    static let maximumHeaderSize = 100_000_000

    public init(tensors: [(name: String, tensor: Tensor)] = [], metadata: [String: String] = [:]) {
        self.tensors = tensors
        self.metadata = metadata
    }

    /// The tensor named `name`, if present.
    public subscript(name: String) -> Tensor? {
        tensors.first { $0.name == name }?.tensor
    }

    /// The file's bytes; throws when two tensors share a name or a name is `__metadata__`.
    public func encoded() throws -> Data {
        var header: [String: Any] = [:]
        var offset = 0
        for (name, tensor) in tensors {
            guard header[name] == nil, name != "__metadata__", !name.isEmpty else {
                throw SerializationError.unsupported("cannot save two tensors named '\(name)'")
            }
            let size = tensor.count * MemoryLayout<Float>.size
            header[name] = [
                "dtype": "F32", "shape": tensor.shape, "data_offsets": [offset, offset + size],
            ]
            offset += size
        }
        if !metadata.isEmpty { header["__metadata__"] = metadata }
        var json = try JSONSerialization.data(withJSONObject: header, options: [.sortedKeys])
        while json.count % 8 != 0 { json.append(UInt8(ascii: " ")) }
        var data = Data(capacity: 8 + json.count + offset)
        withUnsafeBytes(of: UInt64(json.count).littleEndian) { data.append(contentsOf: $0) }
        data.append(json)
        for (_, tensor) in tensors {
            tensor.withUnsafeBufferPointer { buffer in
                for value in buffer {
                    withUnsafeBytes(of: value.bitPattern.littleEndian) {
                        data.append(contentsOf: $0)
                    }
                }
            }
        }
        return data
    }

    /// Writes the file atomically (a temporary file renamed over `path`).
    public func write(to path: String) throws {
        let data = try encoded()
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw SerializationError.io(
                path: path, reason: "cannot be written: \(error.localizedDescription)")
        }
    }

    /// Reads and validates the file at `path`.
    public static func read(from path: String) throws -> SafeTensors {
        switch FileReading.contents(of: path, limit: maximumFileSize) {
        case .success(let data): return try decode(data, path: path)
        case .failure(let failure):
            throw SerializationError.io(
                path: path, reason: FileReading.describe(failure, limit: maximumFileSize))
        }
    }

    /// Parses and validates safetensors bytes; `path` names them in errors.
    public static func decode(_ data: Data, path: String) throws -> SafeTensors {
        func bad(_ reason: String) -> SerializationError { .malformed(path: path, reason: reason) }
        let bytes = [UInt8](data)
        guard bytes.count >= 8 else {
            throw bad(
                "the file is \(bytes.count) bytes long, shorter than its 8-byte header length")
        }
        var length: UInt64 = 0
        for i in (0..<8).reversed() { length = length << 8 | UInt64(bytes[i]) }
        guard length <= UInt64(maximumHeaderSize) else {
            throw bad("the header length \(length) is too large")
        }
        let headerEnd = 8 + Int(length)
        guard headerEnd <= bytes.count else {
            throw bad("the header is \(length) bytes but the file ends after \(bytes.count - 8)")
        }
        if let offset = JSONNesting.offsetTooDeep(in: bytes[8..<headerEnd]) {
            throw bad("the header is " + JSONNesting.reason(offset: 8 + offset))
        }
        let headerObject: Any
        do {
            headerObject = try JSONSerialization.jsonObject(with: Data(bytes[8..<headerEnd]))
        } catch {
            throw bad("the header is not JSON")
        }
        guard let header = headerObject as? [String: Any] else {
            throw bad("the header is not a JSON object")
        }
        var metadata: [String: String] = [:]
        if let meta = header["__metadata__"] {
            guard let strings = meta as? [String: String] else {
                throw bad("__metadata__ must map strings to strings")
            }
            metadata = strings
        }
        let bufferSize = bytes.count - headerEnd
        var entries: [(name: String, shape: [Int], begin: Int, end: Int)] = []
        for (name, value) in header where name != "__metadata__" {
            guard let entry = value as? [String: Any], let dtype = entry["dtype"] as? String,
                let shapeValues = entry["shape"] as? [Any],
                let offsets = entry["data_offsets"] as? [Any],
                offsets.count == 2
            else { throw bad("the entry of '\(name)' needs dtype, shape and two data_offsets") }
            guard dtype == "F32" else {
                throw SerializationError.incompatible(
                    path: path, reason: "tensor '\(name)' has dtype \(dtype); only F32 is supported"
                )
            }
            let shape = try shapeValues.map { v -> Int in
                guard let n = (v as? NSNumber)?.intValue, n >= 0, n <= 1 << 31 else {
                    throw bad("the shape of '\(name)' is not a list of sizes")
                }
                return n
            }
            let bounds = try offsets.map { v -> Int in
                guard let n = (v as? NSNumber)?.intValue, n >= 0, n <= bufferSize else {
                    throw bad(
                        "the data of '\(name)' lies outside the file (\(bufferSize) data bytes)")
                }
                return n
            }
            var count = 1
            for n in shape {
                let (product, overflow) = count.multipliedReportingOverflow(by: n)
                guard !overflow else { throw bad("the shape of '\(name)' is too large") }
                count = product
            }
            guard bounds[1] >= bounds[0], bounds[1] - bounds[0] == count * 4 else {
                throw bad(
                    "'\(name)' has shape \(shape) (\(count * 4) bytes) but data_offsets \(bounds)")
            }
            entries.append((name, shape, bounds[0], bounds[1]))
        }
        entries.sort { ($0.begin, $0.end) < ($1.begin, $1.end) }
        var expected = 0
        for e in entries {
            guard e.begin == expected else {
                throw bad(
                    e.begin < expected
                        ? "the data of '\(e.name)' overlaps another tensor"
                        : "there is a gap before '\(e.name)'")
            }
            expected = e.end
        }
        guard expected == bufferSize else {
            throw bad("the tensors cover \(expected) of the \(bufferSize) data bytes")
        }
        var tensors: [(name: String, tensor: Tensor)] = []
        for e in entries {
            var scalars = [Float](repeating: 0, count: (e.end - e.begin) / 4)
            for i in scalars.indices {
                let p = headerEnd + e.begin + 4 * i
                let bits =
                    UInt32(bytes[p]) | UInt32(bytes[p + 1]) << 8 | UInt32(bytes[p + 2]) << 16
                    | UInt32(bytes[p + 3]) << 24
                scalars[i] = Float(bitPattern: bits)
            }
            tensors.append((e.name, try Tensor(shape: e.shape, scalars: scalars)))
        }
        return SafeTensors(tensors: tensors, metadata: metadata)
    }
}

import Foundation

/// Writes TensorBoard event files (`events.out.tfevents.<seconds>.<host>`): a sequence of
/// TFRecords, each `uint64 length · uint32 masked-CRC32C(length) · data · uint32
/// masked-CRC32C(data)` (little-endian), whose data is a serialized `tensorflow.Event` protocol
/// buffer. The first record carries `file_version: "brain.Event:2"`; each scalar is an Event
/// with `wall_time` (field 1, double), `step` (2, int64) and a `Summary` (5) holding one
/// `Summary.Value` with `tag` (1, string) and `simple_value` (2, float) — the fields
/// TensorBoard's reader takes from `tensorflow/core/util/event.proto` and `summary.proto`.
public final class EventFileWriter {
    /// The file being written.
    public let path: String
    private let handle: FileHandle

    /// Creates `directory` when needed and opens a new event file in it.
    public init(directory: String, wallTime: Double = Date().timeIntervalSince1970) throws {
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw SerializationError.io(
                path: directory,
                reason: "cannot create the log folder: \(error.localizedDescription)")
        }
        let host =
            ProcessInfo.processInfo.hostName.split(separator: ".").first.map(String.init)
            ?? "localhost"
        var name = "events.out.tfevents.\(Int(wallTime)).\(host)"
        var suffix = 1
        while FileManager.default.fileExists(atPath: directory + "/" + name) {
            name = "events.out.tfevents.\(Int(wallTime)).\(host).\(suffix)"
            suffix += 1
        }
        path = directory + "/" + name
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw SerializationError.io(path: path, reason: "cannot be created") }
        self.handle = handle
        var event = ProtobufWriter()
        event.double(1, wallTime)
        event.string(3, "brain.Event:2")
        try write(record: event.bytes)
    }

    deinit { try? handle.close() }

    /// Appends a scalar summary `tag` = `value` at `step`.
    public func scalar(
        _ tag: String, _ value: Double, step: Int, wallTime: Double = Date().timeIntervalSince1970
    ) throws {
        var summaryValue = ProtobufWriter()
        summaryValue.string(1, tag)
        summaryValue.float(2, Float(value))
        var summary = ProtobufWriter()
        summary.message(1, summaryValue.bytes)
        var event = ProtobufWriter()
        event.double(1, wallTime)
        event.int64(2, Int64(step))
        event.message(5, summary.bytes)
        try write(record: event.bytes)
    }

    /// Forces what was written to disk.
    public func flush() { try? handle.synchronize() }

    /// One TFRecord.
    func write(record data: [UInt8]) throws {
        var out: [UInt8] = []
        let length = withUnsafeBytes(of: UInt64(data.count).littleEndian) { Array($0) }
        out += length
        out += withUnsafeBytes(of: CRC32C.masked(length).littleEndian) { Array($0) }
        out += data
        out += withUnsafeBytes(of: CRC32C.masked(data).littleEndian) { Array($0) }
        do {
            try handle.write(contentsOf: Data(out))
        } catch {
            throw SerializationError.io(
                path: path, reason: "cannot be written: \(error.localizedDescription)")
        }
    }
}

/// The few protocol-buffer encodings an Event needs (varints, 64- and 32-bit fixed values,
/// length-delimited fields), per the protobuf wire format.
struct ProtobufWriter {
    private(set) var bytes: [UInt8] = []

    mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func key(_ field: Int, _ wireType: UInt64) { varint(UInt64(field) << 3 | wireType) }

    mutating func double(_ field: Int, _ value: Double) {
        key(field, 1)
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes += $0 }
    }

    mutating func float(_ field: Int, _ value: Float) {
        key(field, 5)
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes += $0 }
    }

    mutating func int64(_ field: Int, _ value: Int64) {
        key(field, 0)
        varint(UInt64(bitPattern: value))
    }

    mutating func string(_ field: Int, _ value: String) { message(field, Array(value.utf8)) }

    mutating func message(_ field: Int, _ value: [UInt8]) {
        key(field, 2)
        varint(UInt64(value.count))
        bytes += value
    }
}

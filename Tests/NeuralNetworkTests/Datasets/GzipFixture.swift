import Foundation

/// Builds gzip files by hand (stored deflate blocks, RFC 1951 §3.2.4, inside an RFC 1952
/// wrapper with its CRC-32), so the fixtures do not depend on the decoder under test.
enum GzipFixture {
    static func gzip(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]
        var offset = 0
        repeat {
            let n = min(65535, data.count - offset)
            let final: UInt8 = offset + n == data.count ? 1 : 0
            out.append(final)
            out += le16(n) + le16(~n & 0xffff)
            out += data[offset..<(offset + n)]
            offset += n
        } while offset < data.count
        return out + le32(crc32(data)) + le32(UInt32(truncatingIfNeeded: data.count))
    }

    static func idx(magic: UInt32, dimensions: [Int], values: [UInt8]) -> [UInt8] {
        be32(magic) + dimensions.flatMap { be32(UInt32($0)) } + values
    }

    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xffff_ffff
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    static func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xff), UInt8(v >> 8 & 0xff)] }
    static func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8(v >> (8 * $0) & 0xff) } }
    static func be32(_ v: UInt32) -> [UInt8] {
        (0..<4).reversed().map { UInt8(v >> (8 * $0) & 0xff) }
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "nn-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// A complete, valid tiny Fashion-MNIST folder: `n` 2 × 3 images per split.
    static func writeTinyDataSet(in dir: String, n: Int = 3) throws {
        let images = (0..<(n * 6)).map { UInt8($0 * 10 % 256) }
        let labels = (0..<n).map { UInt8($0 % 10) }
        for prefix in ["train", "t10k"] {
            try write(
                gzip(idx(magic: 2051, dimensions: [n, 2, 3], values: images)),
                to: "\(dir)/\(prefix)-images-idx3-ubyte.gz")
            try write(
                gzip(idx(magic: 2049, dimensions: [n], values: labels)),
                to: "\(dir)/\(prefix)-labels-idx1-ubyte.gz")
        }
    }
}

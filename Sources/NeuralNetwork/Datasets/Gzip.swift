import CZlib

/// Decompression of gzip files (RFC 1952) with the system zlib's `inflate`.
///
/// Concatenated gzip members are decoded one after another, as `gunzip` does. Every failure —
/// a bad header, a corrupt deflate stream (RFC 1951), a CRC-32 or length mismatch, or input that
/// ends before the stream does — is a thrown ``DatasetError/corruptFile(path:reason:)``.
enum Gzip {
    /// The decompressed bytes of the gzip data `bytes`, read from `path` (used in errors only).
    static func decompress(_ bytes: [UInt8], path: String) throws -> [UInt8] {
        guard bytes.count >= 18 else {
            throw DatasetError.corruptFile(
                path: path, reason: "truncated gzip file (\(bytes.count) bytes, at least 18 needed)"
            )
        }
        guard bytes[0] == 0x1f, bytes[1] == 0x8b else {
            throw DatasetError.corruptFile(
                path: path,
                reason: "not a gzip file (magic bytes 0x\(hex(bytes[0]))\(hex(bytes[1])), "
                    + "expected 0x1f8b)")
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 4)
        var consumed = 0
        while consumed < bytes.count {
            consumed += try inflateMember(bytes, from: consumed, into: &output, path: path)
            // Trailing zero padding after the last member is tolerated, as gunzip does.
            if bytes[consumed...].allSatisfy({ $0 == 0 }) { break }
        }
        return output
    }

    /// Inflates the gzip member starting at `start`, appending to `output`; returns the number of
    /// input bytes it used.
    private static func inflateMember(
        _ bytes: [UInt8], from start: Int, into output: inout [UInt8], path: String
    ) throws -> Int {
        var stream = z_stream()
        // 16 + 15: a gzip wrapper around a deflate stream with a 32 KB window.
        var status = inflateInit2_(
            &stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            throw DatasetError.corruptFile(path: path, reason: "zlib could not start (\(status))")
        }
        defer { inflateEnd(&stream) }
        let chunk = 1 << 18
        var buffer = [UInt8](repeating: 0, count: chunk)
        return try bytes.withUnsafeBufferPointer { input -> Int in
            let remaining = input.count - start
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + start)
            stream.avail_in = UInt32(remaining)
            repeat {
                let produced = buffer.withUnsafeMutableBufferPointer { out -> Int in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(chunk)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return chunk - Int(stream.avail_out)
                }
                output.append(contentsOf: buffer[0..<produced])
                switch status {
                case Z_OK, Z_STREAM_END:
                    break
                case Z_BUF_ERROR where stream.avail_in == 0:
                    throw DatasetError.corruptFile(
                        path: path,
                        reason: "truncated gzip file: the compressed data ends after "
                            + "\(input.count) bytes, before the end of the stream")
                default:
                    let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                    throw DatasetError.corruptFile(
                        path: path, reason: "corrupt gzip data (\(message))")
                }
                if status == Z_OK, stream.avail_in == 0, produced < chunk {
                    throw DatasetError.corruptFile(
                        path: path,
                        reason: "truncated gzip file: the compressed data ends after "
                            + "\(input.count) bytes, before the end of the stream")
                }
            } while status != Z_STREAM_END
            return remaining - Int(stream.avail_in)
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let s = String(byte, radix: 16)
        return s.count == 1 ? "0" + s : s
    }
}

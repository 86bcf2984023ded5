/// A minimal PNG encoder for 8-bit grayscale images (ISO/IEC 15948, W3C PNG 2003).
///
/// Pixel rows are stored with filter type 0 in a zlib stream of *stored* (uncompressed)
/// deflate blocks (RFC 1950/1951), checked with Adler-32 and CRC-32. Files are therefore
/// about `width × height` bytes plus 60: small for the 28 × 28 images it is meant for.
public enum PNGEncoder {
    /// PNG bytes of a `width × height` grayscale image; `pixels` are row-major, top row first,
    /// 0 = black, 255 = white. Missing pixels are written as white.
    public static func grayscale(width: Int, height: Int, pixels: [UInt8]) -> [UInt8] {
        let w = max(width, 1)
        let h = max(height, 1)
        var raw: [UInt8] = []
        raw.reserveCapacity((w + 1) * h)
        for row in 0..<h {
            raw.append(0)
            for column in 0..<w {
                let index = row * w + column
                raw.append(index < pixels.count ? pixels[index] : 255)
            }
        }
        var header: [UInt8] = []
        header += bigEndian(UInt32(w))
        header += bigEndian(UInt32(h))
        header += [8, 0, 0, 0, 0]
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png += chunk("IHDR", header)
        png += chunk("IDAT", zlibStored(raw))
        png += chunk("IEND", [])
        return png
    }

    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let length = min(65_535, data.count - offset)
            let final: UInt8 = offset + length >= data.count ? 1 : 0
            out.append(final)
            out.append(UInt8(length & 0xFF))
            out.append(UInt8(length >> 8))
            out.append(UInt8(~length & 0xFF))
            out.append(UInt8((~length >> 8) & 0xFF))
            out += data[offset..<(offset + length)]
            offset += length
        } while offset < data.count
        out += bigEndian(Checksums.adler32(data))
        return out
    }

    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        var out = bigEndian(UInt32(data.count))
        out += typeBytes
        out += data
        out += bigEndian(Checksums.crc32(typeBytes + data))
        return out
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [
            UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF),
            UInt8(value & 0xFF),
        ]
    }
}

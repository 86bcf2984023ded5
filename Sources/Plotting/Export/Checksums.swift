/// The checksums PNG needs: CRC-32 (ISO 3309, polynomial 0xEDB88320, reflected) over chunk
/// type and data, and Adler-32 (RFC 1950) over the uncompressed zlib payload.
enum Checksums {
    private static let table: [UInt32] = (0..<256).map { index in
        var c = UInt32(index)
        for _ in 0..<8 {
            c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1
        }
        return c
    }

    /// CRC-32 of `bytes`; `crc32("123456789".utf8) == 0xCBF43926`.
    static func crc32<S: Sequence>(_ bytes: S) -> UInt32 where S.Element == UInt8 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return crc ^ 0xFFFF_FFFF
    }

    /// Adler-32 of `bytes`; `adler32("Wikipedia".utf8) == 0x11E60398`.
    static func adler32<S: Sequence>(_ bytes: S) -> UInt32 where S.Element == UInt8 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return (b << 16) | a
    }
}

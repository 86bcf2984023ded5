/// A parsed IDX file, the format of the MNIST and Fashion-MNIST archives (LeCun et al. 1998).
///
/// Layout: two zero bytes, a type byte (`0x08` for unsigned bytes, the only type these data sets
/// use), a byte giving the number of dimensions, then each dimension as a big-endian `UInt32`,
/// then the values in row-major order. The magic number is the first four bytes read as a
/// big-endian integer: 2051 for images (3 dimensions), 2049 for labels (1 dimension).
struct IDXFile {
    /// The dimensions, outermost first (`[60000, 28, 28]` for the training images).
    let dimensions: [Int]
    /// The values, `dimensions.product` bytes.
    let values: ArraySlice<UInt8>

    /// Parses `bytes`, read from `path`, and checks the magic number against `expectedMagic`.
    init(_ bytes: [UInt8], path: String, expectedMagic: Int) throws {
        func corrupt(_ reason: String) -> DatasetError {
            .corruptFile(path: path, reason: reason)
        }
        guard bytes.count >= 4 else {
            throw corrupt(
                "truncated IDX data: \(bytes.count) bytes, shorter than the 4-byte header")
        }
        let magic = Self.bigEndian(bytes, at: 0)
        guard magic == expectedMagic else {
            throw corrupt("bad IDX magic number \(magic), expected \(expectedMagic)")
        }
        let rank = Int(bytes[3])
        let headerSize = 4 + 4 * rank
        guard bytes.count >= headerSize else {
            throw corrupt(
                "truncated IDX header: \(bytes.count) bytes, \(headerSize) needed for \(rank) "
                    + "dimensions")
        }
        let dimensions = (0..<rank).map { Self.bigEndian(bytes, at: 4 + 4 * $0) }
        let (count, overflow) = dimensions.reduce((1, false)) { acc, d in
            let (p, o) = acc.0.multipliedReportingOverflow(by: d)
            return (p, acc.1 || o)
        }
        let available = bytes.count - headerSize
        guard !overflow, count == available else {
            let what = count > available || overflow ? "truncated" : "oversized"
            throw corrupt(
                "\(what) IDX data: dimensions \(dimensions) need \(count) values but the file "
                    + "holds \(available)")
        }
        self.dimensions = dimensions
        self.values = bytes[headerSize...]
    }

    private static func bigEndian(_ bytes: [UInt8], at offset: Int) -> Int {
        (0..<4).reduce(0) { $0 << 8 | Int(bytes[offset + $1]) }
    }
}

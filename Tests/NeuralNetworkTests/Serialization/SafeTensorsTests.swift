import Foundation
import Tensors
import Testing

@testable import NeuralNetwork

@Suite struct SafeTensorsTests {
    static func temporaryPath(_ name: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "handson-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent(name).path
    }

    @Test func writesTheDocumentedLayout() throws {
        let file = SafeTensors(
            tensors: [("a", try Tensor(shape: [2], scalars: [1, -2])), ("b", Tensor(0.5))],
            metadata: ["k": "v"])
        let bytes = [UInt8](try file.encoded())
        let n = Int(bytes[0]) | Int(bytes[1]) << 8
        #expect(bytes[2..<8].allSatisfy { $0 == 0 })
        #expect(n % 8 == 0)
        let header = String(decoding: bytes[8..<(8 + n)], as: UTF8.self).trimmingCharacters(
            in: .whitespaces)
        #expect(
            header
                == #"{"__metadata__":{"k":"v"},"a":{"data_offsets":[0,8],"dtype":"F32","shape":[2]},"b":{"data_offsets":[8,12],"dtype":"F32","shape":[]}}"#
        )
        #expect(Array(bytes[(8 + n)...]) == [0, 0, 0x80, 0x3F, 0, 0, 0, 0xC0, 0, 0, 0, 0x3F])
        let back = try SafeTensors.decode(Data(bytes), path: "f")
        #expect(back.metadata == ["k": "v"])
        #expect(
            back["a"]?.scalars == [1, -2] && back["b"]?.shape == [] && back["b"]?.scalars == [0.5])
    }

    @Test func rejectsDamagedFiles() throws {
        let good = [UInt8](
            try SafeTensors(tensors: [("a", try Tensor(shape: [2, 2], scalars: [1, 2, 3, 4]))])
                .encoded())
        func fails(_ bytes: [UInt8], _ reason: String) {
            #expect {
                try SafeTensors.decode(Data(bytes), path: "x.safetensors")
            } throws: { error in
                "\(error)".contains(reason)
            }
        }
        fails([], "shorter than its 8-byte header length")
        fails(Array(good.dropLast(3)), "lies outside the file")
        fails(Array(good.prefix(20)), "the file ends")
        fails(good + [0, 0, 0, 0], "cover 16 of the 20 data bytes")
        var garbled = good
        garbled[9] = UInt8(ascii: "!")
        fails(garbled, "not JSON")
        var huge = good
        huge[7] = 0x7F
        fails(huge, "too large")
        func withHeader(_ json: String, data: Int) -> [UInt8] {
            var h = Array(json.utf8)
            while h.count % 8 != 0 { h.append(32) }
            return withUnsafeBytes(of: UInt64(h.count).littleEndian) { Array($0) } + h
                + [UInt8](repeating: 0, count: data)
        }
        fails(
            withHeader(#"{"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}"#, data: 8),
            "has shape [3]")
        fails(
            withHeader(
                #"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}"#,
                data: 8), "overlaps")
        fails(
            withHeader(#"{"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}"#, data: 8), "gap")
        fails(
            withHeader(#"{"a":{"dtype":"F64","shape":[1],"data_offsets":[0,8]}}"#, data: 8),
            "only F32")
        fails(
            withHeader(#"{"a":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}}"#, data: 4),
            "not a list of sizes")
        fails(withHeader(#"[1,2]"#, data: 0), "not a JSON object")
        fails(withHeader(#"{"__metadata__":{"a":1}}"#, data: 0), "map strings to strings")
        #expect(throws: SerializationError.self) {
            try SafeTensors.read(from: "/nonexistent/x.safetensors")
        }
        #expect(throws: SerializationError.io(path: "/dev/zero", reason: "is not a regular file")) {
            try SafeTensors.read(from: "/dev/zero")
        }
    }

    @Test func crc32cMatchesTheKnownCheckValue() {
        #expect(CRC32C.checksum("123456789") == 0xE306_9283)
        #expect(CRC32C.checksum([UInt8]()) == 0)
    }

    @Test func savedWeightsReloadIntoAnotherModelAndRejectOtherShapes() throws {
        let a = try Sequential([Input(shape: [3]), Dense(4, activation: .relu), Dense(2)])
        let b = try Sequential([Input(shape: [3]), Dense(4, activation: .relu), Dense(2)])
        let path = Self.temporaryPath("w.safetensors")
        try a.saveWeights(path)
        #expect(a.getWeights() != b.getWeights())
        try b.loadWeights(path)
        #expect(a.getWeights() == b.getWeights())
        let x = try Tensor(shape: [2, 3], scalars: [1, 2, 3, -1, 0, 1])
        #expect(try a(x) == b(x))
        let other = try Sequential([Input(shape: [3]), Dense(5), Dense(2)])
        let before = other.getWeights()
        #expect(throws: SerializationError.self) { try other.loadWeights(path) }
        #expect(other.getWeights() == before)
        let fewer = try Sequential([Input(shape: [3]), Dense(2)])
        #expect(throws: SerializationError.self) { try fewer.loadWeights(path) }
    }

    @Test(
        .enabled(
            if: PythonCheck.available(["safetensors", "numpy"]),
            PythonCheck.missing(["safetensors", "numpy"]))
    )
    func pythonSafetensorsReadsTheWeights() throws {
        let model = try Sequential([Input(shape: [3]), Dense(2, name: "out")])
        let path = Self.temporaryPath("py.safetensors")
        try model.saveWeights(path)
        let script = """
            from safetensors.numpy import load_file
            from safetensors import safe_open
            t = load_file('\(path)')
            print(sorted(t), t['out/0'].shape, t['out/0'].dtype, float(t['out/0'].sum()))
            with safe_open('\(path)', 'np') as f: print(f.metadata()['format'])
            """
        let (status, output) = try #require(
            PythonCheck.run(script, needing: ["safetensors", "numpy"]))
        #expect(status == 0, "\(output)")
        let sum = try model.getWeights()[0].sum().scalar ?? 0
        #expect(output.hasPrefix("['out/0', 'out/1'] (3, 2) float32 "))
        let printed =
            Double(output.split(separator: "\n")[0].split(separator: " ").last ?? "") ?? .nan
        #expect(abs(printed - Double(sum)) < 1e-5)
        #expect(output.contains("handson.weights"))
    }
}

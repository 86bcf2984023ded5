import Foundation
import Tensors
import Testing

@testable import NeuralNetwork

@Suite struct TensorBoardTests {
    @Test func recordsAreFramedWithMaskedChecksums() throws {
        let dir = SafeTensorsTests.temporaryPath("logs")
        let writer = try EventFileWriter(directory: dir, wallTime: 1_700_000_000)
        try writer.scalar("epoch_loss", 0.25, step: 3, wallTime: 1_700_000_001)
        writer.flush()
        let bytes = [UInt8](FileManager.default.contents(atPath: writer.path) ?? Data())
        #expect(writer.path.contains("/events.out.tfevents.1700000000."))
        // Walk the records: length, masked CRC of the length, data, masked CRC of the data.
        var offset = 0
        var records: [[UInt8]] = []
        while offset < bytes.count {
            let lengthBytes = Array(bytes[offset..<offset + 8])
            let length = lengthBytes.reversed().reduce(0) { $0 << 8 | Int($1) }
            let crc = bytes[offset + 8..<offset + 12].reversed().reduce(UInt32(0)) {
                $0 << 8 | UInt32($1)
            }
            #expect(crc == CRC32C.masked(lengthBytes))
            let data = Array(bytes[offset + 12..<offset + 12 + length])
            let dataCRC = bytes[offset + 12 + length..<offset + 16 + length].reversed().reduce(
                UInt32(0)
            ) { $0 << 8 | UInt32($1) }
            #expect(dataCRC == CRC32C.masked(data))
            records.append(data)
            offset += 16 + length
        }
        #expect(records.count == 2)
        // Event { wall_time: 1.7e9 (field 1, fixed64), file_version: "brain.Event:2" (field 3) }
        #expect(records[0].first == 0x09 && records[0][9] == 0x1A)
        #expect(String(decoding: records[0][11...], as: UTF8.self) == "brain.Event:2")
        // Event { wall_time, step: 3 (field 2 varint), summary (field 5) { value { tag, simple_value 0.25 } } }
        #expect(Array(records[1][9...10]) == [0x10, 0x03] && records[1][11] == 0x2A)
        #expect(Array(records[1].suffix(4)) == [0, 0, 0x80, 0x3E])
    }

    @Test(
        .enabled(if: PythonCheck.available(["tensorboard"]), PythonCheck.missing(["tensorboard"]))
    )
    func tensorBoardReadsTheTrainingCurves() throws {
        let dir = SafeTensorsTests.temporaryPath("tb")
        let model = try Sequential([Input(shape: [1]), Dense(1)])
        try model.compile(loss: "mse", optimizer: SGD(learningRate: 0.1))
        let x = try Tensor(shape: [8, 1], scalars: (0..<8).map(Float.init))
        let callback = TensorBoard(logDir: dir)
        let history = try model.fit(
            x, x * 2, epochs: 3, batchSize: 4, validationSplit: 0.25, callbacks: [callback],
            verbose: 0)
        #expect(callback.eventFiles.count == 2)
        let script = """
            from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
            for run in ['train', 'validation']:
                acc = EventAccumulator('\(dir)/' + run); acc.Reload()
                for tag in sorted(acc.Tags()['scalars']):
                    print(run, tag, ' '.join('%d:%.6g' % (e.step, e.value) for e in acc.Scalars(tag)))
            """
        let (status, output) = try #require(PythonCheck.run(script, needing: ["tensorboard"]))
        #expect(status == 0, "\(output)")
        // TensorBoard keeps float32 values: the history's losses as the event file stores them.
        let losses = (history.history["loss"] ?? []).map { Double(Float($0)) }
        let expected =
            "train epoch_loss "
            + losses.enumerated().map { String(format: "%d:%.6g", $0, $1) }.joined(separator: " ")
        #expect(output.contains(expected), "\(output)")
        #expect(output.contains("validation epoch_loss 0:"))
        #expect(output.contains("train epoch_learning_rate 0:0.1 1:0.1 2:0.1"))
    }
}

// features: throws, error-struct, error-enum, try-optional, try-force, rethrows, higher-order, defer
enum SensorError: Error {
    case disconnected(id: Int)
    case outOfRange(Double)
}

struct CalibrationError: Error {
    let reason: String
}

struct Sensor {
    let id: Int
    let raw: Double?
    let offset: Double

    func read() throws -> Double {
        guard let raw = raw else { throw SensorError.disconnected(id: id) }
        let value = raw + offset
        guard (-50...150).contains(value) else { throw SensorError.outOfRange(value) }
        return value
    }
}

func calibrated(_ offset: Double) throws -> Double {
    guard abs(offset) < 5 else { throw CalibrationError(reason: "offset \(offset) too large") }
    return offset
}

func readAll(_ sensors: [Sensor], using reader: (Sensor) throws -> Double) rethrows -> [Double] {
    try sensors.map(reader)
}

var audit: [String] = []
func safeRead(_ sensor: Sensor) -> Double? {
    defer { audit.append("read \(sensor.id)") }
    return try? sensor.read()
}

let sensors = [
    Sensor(id: 1, raw: 21.5, offset: 0.5),
    Sensor(id: 2, raw: nil, offset: 0),
    Sensor(id: 3, raw: 149, offset: 3),
    Sensor(id: 4, raw: 18, offset: -1),
]
let readings = sensors.map(safeRead)
print(readings)
print(audit)
print(readings.compactMap { $0 }.reduce(0, +))
do {
    let all = try readAll(sensors) { try $0.read() }
    print(all)
} catch SensorError.disconnected(let id) {
    print("sensor \(id) disconnected")
} catch {
    print(error)
}
let defaults = readAll(sensors) { $0.raw ?? 0 }
print(defaults)
print(try! calibrated(1.5))
do {
    _ = try calibrated(7)
} catch let e as CalibrationError {
    print(e.reason)
}
if let v = try? sensors[2].read() { print(v) } else { print("sensor 3 out of range") }

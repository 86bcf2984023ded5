// features: classes, enum-associated, throws, dictionaries, optionals, switch-patterns, formatting
import Foundation

enum Vehicle {
    case car(plate: String)
    case motorbike(plate: String)
    case truck(plate: String, axles: Int)

    var plate: String {
        switch self {
        case .car(let p), .motorbike(let p), .truck(let p, _): return p
        }
    }

    var spacesNeeded: Int {
        switch self {
        case .motorbike: return 1
        case .car: return 2
        case .truck(_, let axles): return axles * 2
        }
    }
}

enum GarageError: Error {
    case full(free: Int)
    case unknownPlate(String)
}

final class Garage {
    let capacity: Int
    private var parked: [String: (vehicle: Vehicle, arrivedAt: Int)] = [:]

    init(capacity: Int) { self.capacity = capacity }

    var used: Int { parked.values.reduce(0) { $0 + $1.vehicle.spacesNeeded } }

    func enter(_ vehicle: Vehicle, at time: Int) throws {
        let free = capacity - used
        guard vehicle.spacesNeeded <= free else { throw GarageError.full(free: free) }
        parked[vehicle.plate] = (vehicle, time)
    }

    func leave(_ plate: String, at time: Int) throws -> Double {
        guard let entry = parked.removeValue(forKey: plate) else {
            throw GarageError.unknownPlate(plate)
        }
        let hours = max(1, (time - entry.arrivedAt + 59) / 60)
        return Double(hours) * 1.5 * Double(entry.vehicle.spacesNeeded)
    }
}

let garage = Garage(capacity: 10)
let arrivals: [(Vehicle, Int)] = [
    (.car(plate: "AB-1"), 0), (.motorbike(plate: "MB-7"), 10),
    (.truck(plate: "TR-9", axles: 3), 15), (.truck(plate: "TR-2", axles: 2), 20),
]
for (vehicle, time) in arrivals {
    do {
        try garage.enter(vehicle, at: time)
        print("\(vehicle.plate) in, used \(garage.used)/\(garage.capacity)")
    } catch GarageError.full(let free) {
        print("\(vehicle.plate) turned away, only \(free) free")
    } catch {
        print(error)
    }
}
for (plate, time) in [("AB-1", 150), ("ZZ-0", 160), ("TR-9", 61)] {
    do {
        let fee = try garage.leave(plate, at: time)
        print(String(format: "%@ pays %.2f", plate, fee))
    } catch GarageError.unknownPlate(let p) {
        print("no vehicle \(p)")
    }
}
print("still used:", garage.used)

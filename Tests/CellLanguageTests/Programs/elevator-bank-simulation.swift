// features: classes, arrays, while, tuples, optionals, higher-order, min-by, structs, enumerated
struct Request {
    let time: Int
    let from: Int
    let to: Int
}

final class Car {
    let name: String
    var floor: Int
    var busyUntil = 0
    var served: [Int] = []

    init(name: String, floor: Int) {
        self.name = name
        self.floor = floor
    }

    func cost(for request: Request) -> Int {
        max(busyUntil, request.time) + abs(floor - request.from)
    }

    func serve(_ request: Request, id: Int) -> Int {
        let start = max(busyUntil, request.time)
        let pickup = start + abs(floor - request.from)
        let dropoff = pickup + abs(request.from - request.to)
        busyUntil = dropoff
        floor = request.to
        served.append(id)
        return pickup - request.time
    }
}

let cars = [Car(name: "A", floor: 0), Car(name: "B", floor: 10)]
let requests = [
    Request(time: 0, from: 2, to: 8), Request(time: 1, from: 9, to: 0),
    Request(time: 3, from: 5, to: 6), Request(time: 4, from: 0, to: 10),
    Request(time: 10, from: 7, to: 1), Request(time: 12, from: 3, to: 4),
]
var waits: [Int] = []
for (id, request) in requests.enumerated() {
    let best = cars.min { ($0.cost(for: request), $0.name) < ($1.cost(for: request), $1.name) }!
    let wait = best.serve(request, id: id)
    waits.append(wait)
    print("request \(id) \(request.from)->\(request.to) at t=\(request.time): car \(best.name), wait \(wait)")
}
for car in cars {
    print(car.name, "served", car.served, "ends at floor", car.floor, "t=\(car.busyUntil)")
}
print("average wait", Double(waits.reduce(0, +)) / Double(waits.count), "max", waits.max()!)

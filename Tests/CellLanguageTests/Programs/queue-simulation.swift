// features: generics, structs, while, classes, tuples, optionals, interpolation
struct Queue<T> {
    private var input: [T] = []
    private var output: [T] = []

    var isEmpty: Bool { input.isEmpty && output.isEmpty }
    var count: Int { input.count + output.count }

    mutating func enqueue(_ value: T) {
        input.append(value)
    }

    mutating func dequeue() -> T? {
        if output.isEmpty {
            output = input.reversed()
            input.removeAll()
        }
        return output.popLast()
    }
}

struct Customer {
    let id: Int
    let arrival: Int
    let serviceTime: Int
}

// Deterministic arrivals: a customer every 2 ticks, service times cycle.
let serviceTimes = [3, 1, 4, 1, 5, 2]
var arrivals: [Customer] = []
for i in 0..<8 {
    arrivals.append(Customer(id: i + 1, arrival: i * 2, serviceTime: serviceTimes[i % serviceTimes.count]))
}

var line = Queue<Customer>()
var clock = 0
var busyUntil = 0
var waits: [Int] = []
var next = 0
var served = 0

while served < arrivals.count {
    while next < arrivals.count && arrivals[next].arrival == clock {
        line.enqueue(arrivals[next])
        next += 1
    }
    if clock >= busyUntil, let customer = line.dequeue() {
        let wait = clock - customer.arrival
        waits.append(wait)
        busyUntil = clock + customer.serviceTime
        served += 1
        print("t=\(clock): serving #\(customer.id) (waited \(wait), queue \(line.count))")
    }
    clock += 1
}

let totalWait = waits.reduce(0, +)
let average = Double(totalWait) / Double(waits.count)
print("Average wait: \(average)")
print("Longest wait: \(waits.max() ?? 0)")

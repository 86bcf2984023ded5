// features: rethrows, throws, closures, do-catch, try-force, try-optional, generics, defer
enum NetworkError: Error {
    case timeout(attempt: Int)
    case notFound
}

func measure<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
    print("start \(label)")
    defer { print("end \(label)") }
    return try body()
}

func retry<T>(times: Int, _ operation: (Int) throws -> T) rethrows -> T? {
    for attempt in 1..<times {
        if let value = try? operation(attempt) {
            return value
        }
    }
    return try operation(times)
}

var calls = 0
func flakyFetch(_ attempt: Int) throws -> String {
    calls += 1
    if attempt < 3 { throw NetworkError.timeout(attempt: attempt) }
    return "data after \(attempt) attempts"
}

let result = try! retry(times: 5, flakyFetch)
print(result ?? "nothing", "calls:", calls)

let squared = measure("pure") { (1...4).map { $0 * $0 } }
print(squared)

do {
    _ = try measure("failing") { () throws -> Int in
        throw NetworkError.notFound
    }
} catch {
    print("caught \(error)")
}

do {
    _ = try retry(times: 2) { attempt -> Int in
        throw NetworkError.timeout(attempt: attempt)
    }
} catch NetworkError.timeout(let attempt) {
    print("gave up at attempt \(attempt)")
} catch {
    print("other")
}

let numbers = ["4", "x", "15"]
let parsed = try? numbers.map { s -> Int in
    guard let n = Int(s) else { throw NetworkError.notFound }
    return n
}
print(parsed as Any)
let safe = numbers.compactMap { Int($0) }
print(safe, safe.reduce(0, +))

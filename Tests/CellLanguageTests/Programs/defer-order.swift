// features: defer, throws, do-catch, classes, closures, inout
var events: [String] = []

func step(_ name: String) {
    events.append(name)
}

func process(_ items: [Int]) -> Int {
    step("open")
    defer { step("close") }
    var total = 0
    for item in items {
        defer { step("after \(item)") }
        if item < 0 { continue }
        if item > 100 { break }
        total += item
    }
    defer { step("last defer runs first") }
    return total
}

print(process([1, -2, 3, 500, 4]))
print(events.joined(separator: ", "))
events.removeAll()

enum FileError: Error { case locked }

class Resource {
    let name: String
    init(_ name: String) {
        self.name = name
        events.append("acquire \(name)")
    }
    func release() { events.append("release \(name)") }
}

func useResources(fail: Bool) throws {
    let a = Resource("a")
    defer { a.release() }
    let b = Resource("b")
    defer { b.release() }
    if fail { throw FileError.locked }
    events.append("work")
}

try? useResources(fail: false)
print(events)
events.removeAll()
do {
    try useResources(fail: true)
} catch {
    events.append("caught \(error)")
}
print(events)

func counter(_ value: inout Int) -> Int {
    defer { value += 1 }
    return value
}
var n = 5
print(counter(&n), n)
do {
    defer { print("leaving do block") }
    print("inside do block")
}

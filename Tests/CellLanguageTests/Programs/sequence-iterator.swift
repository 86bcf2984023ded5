// features: protocols, sequence, iterator, structs, generics, higher-order, mutating
struct Countdown: Sequence, IteratorProtocol {
    var current: Int

    mutating func next() -> Int? {
        guard current > 0 else { return nil }
        defer { current -= 1 }
        return current
    }
}

struct FibonacciSequence: Sequence {
    let limit: Int

    func makeIterator() -> AnyIterator<Int> {
        var (a, b) = (0, 1)
        return AnyIterator {
            guard a <= limit else { return nil }
            defer { (a, b) = (b, a + b) }
            return a
        }
    }
}

struct Cycle<T>: Sequence, IteratorProtocol {
    let items: [T]
    var index = 0
    var remaining: Int

    init(_ items: [T], count: Int) {
        self.items = items
        remaining = count
    }

    mutating func next() -> T? {
        guard remaining > 0, !items.isEmpty else { return nil }
        remaining -= 1
        defer { index = (index + 1) % items.count }
        return items[index]
    }
}

for n in Countdown(current: 5) {
    print(n, terminator: " ")
}
print("liftoff")
print(Array(Countdown(current: 3)))
print(Countdown(current: 10).filter { $0 % 3 == 0 })
print(Array(FibonacciSequence(limit: 100)))
print(FibonacciSequence(limit: 1000).reduce(0, +))
print(Array(Cycle(["red", "green", "blue"], count: 7)))
let zipped = zip(Countdown(current: 3), Cycle(["a", "b"], count: 10)).map { "\($1)\($0)" }
print(zipped)
var it = Countdown(current: 2)
print(it.next() ?? 0, it.next() ?? 0, it.next() as Any)
print(Countdown(current: 4).contains(2), Countdown(current: 6).max() ?? 0)

// features: generics, generic-constraints, classes, dictionaries, optionals, subscripts, observers
final class LRUCache<Key: Hashable, Value> {
    private var storage: [Key: Value] = [:]
    private var order: [Key] = []
    let capacity: Int
    private(set) var hits = 0
    private(set) var misses = 0
    var evicted: [Key] = []

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    subscript(key: Key) -> Value? {
        get {
            guard let value = storage[key] else {
                misses += 1
                return nil
            }
            hits += 1
            touch(key)
            return value
        }
        set {
            if let value = newValue {
                storage[key] = value
                touch(key)
                if order.count > capacity {
                    let oldest = order.removeFirst()
                    storage[oldest] = nil
                    evicted.append(oldest)
                }
            } else {
                storage[key] = nil
                order.removeAll { $0 == key }
            }
        }
    }

    private func touch(_ key: Key) {
        order.removeAll { $0 == key }
        order.append(key)
    }

    var keys: [Key] { order }
}

let cache = LRUCache<String, Int>(capacity: 3)
cache["a"] = 1
cache["b"] = 2
cache["c"] = 3
print(cache["a"] ?? -1)
cache["d"] = 4
print(cache.keys, cache.evicted)
print(cache["b"] ?? -1, cache["c"] ?? -1)
cache["e"] = 5
cache["c"] = nil
print(cache.keys, cache.evicted)
print("hits \(cache.hits), misses \(cache.misses)")

func slowSquare(_ n: Int) -> Int { (0..<n).reduce(0) { acc, _ in acc + n } }
let memo = LRUCache<Int, Int>(capacity: 2)
for n in [4, 5, 4, 6, 4, 5] {
    if let v = memo[n] {
        print("cached", n, v)
    } else {
        let v = slowSquare(n)
        memo[n] = v
        print("computed", n, v)
    }
}

// features: generics, generic-constraints, where-clause, extensions, optionals, closures
func binarySearch<T: Comparable>(_ items: [T], for target: T) -> Int? {
    var low = 0
    var high = items.count - 1
    while low <= high {
        let mid = (low + high) / 2
        if items[mid] == target {
            return mid
        } else if items[mid] < target {
            low = mid + 1
        } else {
            high = mid - 1
        }
    }
    return nil
}

extension Array where Element: Comparable {
    func isSorted() -> Bool {
        for i in 1..<count where self[i - 1] > self[i] {
            return false
        }
        return true
    }

    func insertionIndex(of value: Element) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

func countMatches<C: Collection>(_ items: C, where predicate: (C.Element) -> Bool) -> Int {
    var n = 0
    for item in items where predicate(item) {
        n += 1
    }
    return n
}

func largest<T>(_ items: [T], by isLess: (T, T) -> Bool) -> T? where T: Equatable {
    guard var best = items.first else { return nil }
    for item in items.dropFirst() where isLess(best, item) {
        best = item
    }
    return best
}

let primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
print(binarySearch(primes, for: 13) ?? -1)
print(binarySearch(primes, for: 4) ?? -1)
let names = ["ada", "bob", "cy", "dee", "eve"]
print(binarySearch(names, for: "dee") ?? -1)
print(primes.isSorted(), [3, 1, 2].isSorted())
print(primes.insertionIndex(of: 12), names.insertionIndex(of: "carl"))
var sortedList = [10, 20, 30]
sortedList.insert(25, at: sortedList.insertionIndex(of: 25))
print(sortedList)
print(countMatches(primes) { $0 % 10 == 3 })
print(countMatches("mississippi") { $0 == "s" })
print(largest(names) { $0.count < $1.count } ?? "")
print(largest([Double]()) { $0 < $1 } as Any)

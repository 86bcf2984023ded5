// features: generics, where-clause, generic-constraints, extensions, protocols, equatable, sequences
func allEqual<T: Equatable>(_ items: [T]) -> Bool {
    guard let first = items.first else { return true }
    return items.allSatisfy { $0 == first }
}

func findDuplicates<T>(in items: [T]) -> [T] where T: Hashable & Comparable {
    var seen = Set<T>()
    var duplicates = Set<T>()
    for item in items {
        if !seen.insert(item).inserted { duplicates.insert(item) }
    }
    return duplicates.sorted()
}

func commonElements<S1: Sequence, S2: Sequence>(_ a: S1, _ b: S2) -> [S1.Element]
where S1.Element == S2.Element, S1.Element: Hashable {
    let other = Set(b)
    var seen = Set<S1.Element>()
    return a.filter { other.contains($0) && seen.insert($0).inserted }
}

func clamp<T: Comparable>(_ value: T, to range: ClosedRange<T>) -> T {
    min(max(value, range.lowerBound), range.upperBound)
}

extension Sequence where Element: Numeric {
    func total() -> Element { reduce(0, +) }
}

extension Sequence where Element: StringProtocol {
    func joinedLines() -> String { map { String($0) }.joined(separator: "\n") }
}

print(allEqual([3, 3, 3]), allEqual(["a", "b"]), allEqual([Double]()))
print(findDuplicates(in: [4, 1, 4, 2, 1, 9, 4]))
print(findDuplicates(in: Array("mississippi")))
print(commonElements([1, 2, 3, 4, 2], [2, 4, 6]))
print(commonElements("swift", "shift"))
print(clamp(15, to: 0...10), clamp(-2.5, to: -1.0...1.0), clamp("m", to: "a"..."k"))
print([1, 2, 3].total(), [0.5, 0.25].total(), (1...100).total())
print(["one", "two"].joinedLines())
print("a b c".split(separator: " ").joinedLines())

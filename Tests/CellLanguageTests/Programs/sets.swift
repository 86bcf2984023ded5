// features: sets
var seen = Set<Int>()
for x in [3, 1, 3, 2, 1] { seen.insert(x) }
print(seen.count, seen.contains(2), seen.contains(5), seen.sorted())
let (inserted, member) = seen.insert(3)
print(inserted, member)
let letters: Set<String> = ["a", "b", "c"]
let vowels: Set = ["a", "e", "i"]
print(letters.union(vowels).sorted(), letters.intersection(vowels).sorted())
print(letters.subtracting(vowels).sorted(), letters.symmetricDifference(vowels).sorted())
print(Set(["a"]).isSubset(of: letters), letters.isSuperset(of: ["a", "b"]), letters.isDisjoint(with: ["x"]))
var copy = letters
copy.remove("a")
print(letters.count, copy.count, copy.remove("zz") == nil)
copy.formUnion(["q", "r"])
print(copy.sorted(), copy.isEmpty)
var total = 0
for n in seen { total += n }
print(total, seen.map { $0 * 10 }.sorted(), seen.filter { $0 > 1 }.count)
print(Set([1, 2]) == Set([2, 1]), Array(Set([5, 5, 5])))
let words = "the cat and the hat and the bat".split(separator: " ").map { String($0) }
let unique = Set(words)
print(unique.count, unique.sorted().joined(separator: ","))
func hasDuplicates(_ xs: [Int]) -> Bool { Set(xs).count != xs.count }
print(hasDuplicates([1, 2, 3]), hasDuplicates([1, 2, 1]))

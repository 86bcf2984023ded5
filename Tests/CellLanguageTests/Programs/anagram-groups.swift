// features: dictionaries, grouping, sorting, characters, higher-order, sets
let words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "inlets"]

var groups: [String: [String]] = [:]
for word in words {
    let key = String(word.sorted())
    groups[key, default: []].append(word)
}

let anagramSets = groups.values
    .filter { $0.count > 1 }
    .map { $0.sorted() }
    .sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
for set in anagramSets {
    print(set.joined(separator: " "))
}

func isAnagram(_ a: String, _ b: String) -> Bool {
    let clean = { (s: String) in s.lowercased().filter { $0.isLetter }.sorted() }
    return clean(a) == clean(b)
}
print(isAnagram("Dormitory", "Dirty room"), isAnagram("hello", "world"))

let byLength = Dictionary(grouping: words, by: { $0.count })
for length in byLength.keys.sorted() {
    print(length, byLength[length]!.count)
}

let firstLetters = Set(words.compactMap { $0.first })
print(firstLetters.sorted())
let letterCounts = words.reduce(into: [Character: Int]()) { counts, word in
    for ch in Set(word) { counts[ch, default: 0] += 1 }
}
let common = letterCounts.filter { $0.value >= 6 }.keys.sorted()
print(common)

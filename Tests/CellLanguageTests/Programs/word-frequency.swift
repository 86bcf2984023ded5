// features: characters, dictionaries, higher-order, sorting, tuples, closures, string-methods
let text = """
The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! Quick, quick, the fox is gone.
"""

func words(in text: String) -> [String] {
    var result: [String] = []
    var current = ""
    for ch in text.lowercased() {
        if ch.isLetter {
            current.append(ch)
        } else if !current.isEmpty {
            result.append(current)
            current = ""
        }
    }
    if !current.isEmpty { result.append(current) }
    return result
}

let all = words(in: text)
print("Word count:", all.count)

var frequency: [String: Int] = [:]
for word in all {
    frequency[word, default: 0] += 1
}

let ranked = frequency.sorted { lhs, rhs in
    lhs.value != rhs.value ? lhs.value > rhs.value : lhs.key < rhs.key
}
for (word, count) in ranked.prefix(5) {
    print("\(word): \(count)")
}

let unique = Set(all)
print("Unique words:", unique.count)
let longest = all.max { $0.count < $1.count } ?? ""
print("Longest word:", longest)

var letters: [Character: Int] = [:]
for ch in text.lowercased() where ch.isLetter {
    letters[ch, default: 0] += 1
}
let topLetters = letters.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
print(topLetters.prefix(3).map { "\($0.key)=\($0.value)" }.joined(separator: " "))
let sentenceCount = text.filter { ".!?".contains($0) }.count
print("Sentences:", sentenceCount)

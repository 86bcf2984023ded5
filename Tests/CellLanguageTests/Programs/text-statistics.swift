// features: characters, string-methods, dictionaries, tuples, sets, higher-order, formatting
import Foundation

let passage = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity.
"""

let lines = passage.split(separator: "\n")
let words = passage.lowercased()
    .components(separatedBy: CharacterSet.letters.inverted)
    .filter { !$0.isEmpty }
print("lines:", lines.count, "words:", words.count, "characters:", passage.count)

let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
var vowelCount = 0, consonantCount = 0
for ch in passage.lowercased() where ch.isLetter {
    if vowels.contains(ch) { vowelCount += 1 } else { consonantCount += 1 }
}
print("vowels:", vowelCount, "consonants:", consonantCount)

let averageLength = Double(words.map(\.count).reduce(0, +)) / Double(words.count)
print(String(format: "average word length: %.2f", averageLength))

var bigrams: [String: Int] = [:]
for (a, b) in zip(words, words.dropFirst()) {
    bigrams["\(a) \(b)", default: 0] += 1
}
let topBigrams = bigrams.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(3)
for (pair, count) in topBigrams {
    print(pair, count)
}
let capitalized = words.prefix(6).map { $0.prefix(1).uppercased() + $0.dropFirst() }
print(capitalized.joined(separator: " "))
let uniqueWords = Set(words)
print("unique:", uniqueWords.count, "ratio:", String(format: "%.3f", Double(uniqueWords.count) / Double(words.count)))
let longest = uniqueWords.sorted { ($0.count, $1) > ($1.count, $0) }.prefix(2)
print(Array(longest))
print(passage.replacingOccurrences(of: "it was", with: "IT WAS").prefix(40))
